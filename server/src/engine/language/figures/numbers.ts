import { AMBIGUOUS_SCALES, ATTACHED_ONLY_UNITS, CURRENCY_PREFIXES, FRACTIONS, NUMBER_WORDS, SCALES, UNITS, VAGUE } from './lexicon';
import type { Word } from './words';

/** A number as written, before its context is judged: "$1.13bn", "nine", "thousands", "2.99 percent". */
export interface NumberPhrase {
  /** Word indices of the first and last word of the phrase (inclusive). */
  first: number;
  last: number;
  /** Offsets inside the first and last word where the phrase starts and ends ("1,200" in "1,200-hectare"). */
  start: number;
  end: number;
  value: number;
  low: number;
  high: number;
  vague: boolean;
  unit?: string;
  /** The scale word as written, normalised ("million", "billion"). */
  scale?: string;
  /** Digits, a number word, a vague magnitude or a fraction: the judges of context differ. */
  form: 'digits' | 'words' | 'vague' | 'fraction';
  /** The word after a hyphen, when the number is the first part of a compound ("hectare", "year-old"). */
  compound?: string;
  /** Two numbers joined by a dash, low to high ("200-250 seats", "5–6 million"). */
  range?: true;
}

const DIGITS = /^(US\$|A\$|C\$|NZ\$|HK\$|R\$|[$£€¥₹₦₽₩₺])?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)([a-z%°]+)?$/i;
const SCALE_NAMES: Record<string, string> = { k: 'thousand', m: 'million', mn: 'million', mln: 'million', b: 'billion', bn: 'billion', tn: 'trillion', trn: 'trillion' };

/** The parts of a word split at its first hyphen or dash ("1,200-hectare", "COVID-19"). */
export function hyphenParts(text: string): [string, string] | null {
  // Most words have no dash: they are told apart without running the expression.
  if (!text.includes('-') && !text.includes('–')) return null;
  const m = /^([^-–]+)[-–](.+)$/.exec(text);
  return m ? [m[1]!, m[2]!] : null;
}

/** Reads the number that starts at word `i`, with its scale and unit, or null. */
export function readNumber(words: readonly Word[], i: number): NumberPhrase | null {
  const w = words[i];
  if (!w) return null;
  return readDigits(words, i) ?? readVague(words, i) ?? readFraction(words, i) ?? readNumberWords(words, i) ?? (w.lower === 'a' || w.lower === 'an' ? readScaleAfterArticle(words, i) : null);
}

function readDigits(words: readonly Word[], i: number): NumberPhrase | null {
  const w = words[i]!;
  const parts = hyphenParts(w.text);
  const head = parts && /\d$/.test(parts[0]) ? parts[0] : w.text;
  if (!hasDigit(head)) return null;
  const m = DIGITS.exec(head);
  if (!m) return null;
  const value = Number(m[2]!.replace(/,/g, ''));
  const phrase: NumberPhrase = { first: i, last: i, start: w.start, end: w.start + head.length, value, low: value, high: value, vague: false, form: 'digits' };
  const high = head !== w.text && !m[3] ? rangeEnd(head, value, w.text.slice(head.length + 1)) : undefined;
  if (high !== undefined) Object.assign(phrase, { end: w.start + w.text.length, high, range: true });
  else if (head !== w.text) phrase.compound = w.text.slice(head.length + 1).toLowerCase();
  // "a 1,200-hectare blaze": the unit is the compound's noun.
  const compoundUnit = phrase.compound !== undefined ? UNITS.get(phrase.compound) : undefined;
  if (compoundUnit && !ATTACHED_ONLY_UNITS.has(phrase.compound!)) phrase.unit = compoundUnit;
  let currency = m[1] ? CURRENCY_PREFIXES.get(m[1].toLowerCase()) : prefixCurrency(words, i);
  const written = m[3];
  const suffix = written?.toLowerCase();
  if (suffix !== undefined) {
    const scale = SCALES.get(suffix);
    // A one-letter unit reads only in its own case: "41C", "5g", "10m"; "4G" is a name.
    const unit = suffix.length === 1 && written !== (/^[cf]$/.test(suffix) ? suffix.toUpperCase() : suffix) ? undefined : UNITS.get(suffix);
    // "£4.8m" is millions, "4.8m" alone is metres; "41C" is a temperature.
    if (scale !== undefined && (!AMBIGUOUS_SCALES.has(suffix) || currency || !unit) && written !== 'G') scaleBy(phrase, scale, SCALE_NAMES[suffix] ?? suffix);
    else if (unit !== undefined) phrase.unit = unit;
    else return null;
  }
  if (suffix === undefined && phrase.compound === undefined && !phrase.range) readMixedFraction(words, phrase);
  readScaleAndUnit(words, phrase);
  if (currency && !phrase.unit) phrase.unit = currency;
  return phrase;
}

/**
 * The high end of a range written as one word ("200-250", "5–6"), or undefined: the second
 * number must be plain digits and larger, and two years ("2009-10", "1990-1995") are a period.
 * Whether a range is a figure is judged with the words after it (`notAFigure`).
 */
function rangeEnd(head: string, low: number, tail: string): number | undefined {
  if (!/^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(tail) || /^0\d/.test(tail)) return undefined;
  if (/^\d{4}$/.test(head) && /^\d{2}(?:\d{2})?$/.test(tail)) return undefined;
  const high = Number(tail.replace(/,/g, ''));
  return high > low ? high : undefined;
}

/** "2 1/2 times", "1 3/4 miles": a whole number and the fraction written after it are one figure. */
function readMixedFraction(words: readonly Word[], phrase: NumberPhrase): void {
  const next = words[phrase.last + 1];
  if (!Number.isInteger(phrase.value) || words[phrase.last]!.after !== '' || !follows(next)) return;
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(next.text);
  if (!m || Number(m[1]) === 0 || Number(m[1]) >= Number(m[2])) return;
  phrase.value = phrase.low = phrase.high = phrase.value + Number(m[1]) / Number(m[2]);
  extendTo(phrase, words, phrase.last + 1);
}

/** A quick test that spares DIGITS the words it cannot match (it needs a digit). */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** A currency written as its own word before the number ("US$ 5", "EUR 40", "Rs 500"). */
function prefixCurrency(words: readonly Word[], i: number): string | undefined {
  const prev = words[i - 1];
  return prev && prev.after === '' ? CURRENCY_PREFIXES.get(prev.lower) : undefined;
}

function scaleBy(phrase: NumberPhrase, factor: number, name: string): void {
  phrase.value *= factor;
  phrase.low *= factor;
  phrase.high *= factor;
  phrase.scale = name;
}

/** Extends a phrase over the scale and unit words that follow it ("1.2 million", "2.99 percent"). */
function readScaleAndUnit(words: readonly Word[], phrase: NumberPhrase): void {
  if (phrase.compound !== undefined || words[phrase.last]!.after !== '') return;
  let j = phrase.last + 1;
  const next = words[j];
  if (follows(next) && !phrase.scale && SCALES.has(next.lower) && !AMBIGUOUS_SCALES.has(next.lower) && next.lower !== 'dozen') {
    scaleBy(phrase, SCALES.get(next.lower)!, next.lower);
    extendTo(phrase, words, j++);
    if (next.after !== '') return;
  }
  if (phrase.unit) return;
  const two = follows(words[j]) && follows(words[j + 1]) && words[j]!.after === '' ? `${words[j]!.lower} ${words[j + 1]!.lower}` : '';
  const unitTwo = UNITS.get(two);
  if (unitTwo) {
    phrase.unit = unitTwo;
    extendTo(phrase, words, j + 1);
    return;
  }
  const one = words[j];
  if (follows(one) && UNITS.has(one.lower) && !ATTACHED_ONLY_UNITS.has(one.lower)) {
    phrase.unit = UNITS.get(one.lower)!;
    extendTo(phrase, words, j);
  }
}

/**
 * Whether `w` can carry on the phrase before it. A word that opens a bracket or a quotation
 * starts a phrase of its own: in "US$ 40 billion (GB£ 20 billion)", "GB" is not gigabytes.
 */
function follows(w: Word | undefined): w is Word {
  return w !== undefined && w.before === '';
}

function extendTo(phrase: NumberPhrase, words: readonly Word[], j: number): void {
  phrase.last = j;
  phrase.end = words[j]!.end;
}

/** "thousands", "dozens of", "tens of thousands", "hundreds of millions". */
function readVague(words: readonly Word[], i: number): NumberPhrase | null {
  const w = words[i]!;
  const of = words[i + 1];
  const big = words[i + 2];
  // "tens of thousands" and "hundreds of thousands" multiply; "thousands of people" does not.
  const multiplier = w.lower === 'tens' ? 10 : w.lower === 'hundreds' ? 100 : 0;
  if (multiplier && of?.lower === 'of' && big && (big.lower === 'thousands' || big.lower === 'millions') && w.after === '' && of.after === '') {
    const base = SCALES.get(big.lower.slice(0, -1))! * multiplier;
    return { first: i, last: i + 2, start: w.start, end: big.end, value: base, low: base, high: base * 10 - 1, vague: true, form: 'vague' };
  }
  const range = VAGUE.get(w.lower);
  if (!range) return null;
  return { first: i, last: i, start: w.start, end: w.end, value: range[0], low: range[0], high: range[1], vague: true, form: 'vague' };
}

/** "a quarter of", "two-thirds", "half of": a share, written as a fraction between 0 and 1. */
function readFraction(words: readonly Word[], i: number): NumberPhrase | null {
  const w = words[i]!;
  const parts = hyphenParts(w.lower);
  let value: number | undefined;
  let first = i;
  if (parts && NUMBER_WORDS.has(parts[0]) && FRACTIONS.has(parts[1]) && parts[1] !== 'half') {
    value = NUMBER_WORDS.get(parts[0])! * FRACTIONS.get(parts[1])!;
  } else if (FRACTIONS.has(w.lower) && isShareOf(words, i)) {
    const prev = words[i - 1];
    const count = prev?.lower === 'a' || prev?.lower === 'an' ? 1 : prev ? NUMBER_WORDS.get(prev.lower) : undefined;
    if (count !== undefined && prev!.after === '') first = i - 1;
    else if (w.lower !== 'half') return null;
    value = (count ?? 1) * FRACTIONS.get(w.lower)!;
  }
  if (value === undefined) return null;
  const start = words[first]!;
  return { first, last: i, start: start.start, end: w.end, value, low: value, high: value, vague: false, form: 'fraction', unit: 'share' };
}

/** A fraction word is a share when "of" or a determiner follows, or it ends a "by" phrase. */
function isShareOf(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  if (w.after === '' && next && /^(of|the|its|their|his|her|a)$/.test(next.lower)) return w.lower !== 'half' || next.lower !== 'a';
  return words[i - 1]?.lower === 'by' || words[i - 2]?.lower === 'by';
}

/** "nine", "twenty-five", "two hundred", "four and a half", "five million", "four-year". */
function readNumberWords(words: readonly Word[], i: number): NumberPhrase | null {
  const compound = readCompoundWord(words[i]!, i);
  if (compound) return compound;
  let total = 0;
  let current = 0;
  let last = -1;
  for (let j = i; j < words.length; j++) {
    const w = words[j]!;
    const v = wordValue(w.lower);
    if (v !== undefined && (last < 0 || (current % 100 !== 0 && current % 10 === 0 && v < 10) || current % 100 === 0)) current += v;
    else if (last >= 0 && (w.lower === 'hundred' || w.lower === 'thousand' || w.lower === 'million' || w.lower === 'billion' || w.lower === 'trillion')) {
      const scale = SCALES.get(w.lower)!;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else if (last >= 0 && w.lower === 'and' && words[j + 1]?.lower === 'a' && words[j + 2]?.lower === 'half') {
      current += 0.5;
      last = j + 2;
      break;
    } else break;
    last = j;
    if (w.after !== '') break;
  }
  if (last < 0) return null;
  const value = total + current;
  const phrase: NumberPhrase = { first: i, last, start: words[i]!.start, end: words[last]!.end, value, low: value, high: value, vague: false, form: 'words' };
  if (words[last]!.lower !== 'half') readScaleAndUnit(words, phrase);
  return phrase;
}

/** A number word's value: "nine" → 9, "twenty-five" → 25. */
function wordValue(lower: string): number | undefined {
  const parts = hyphenParts(lower);
  if (parts && NUMBER_WORDS.has(parts[0]) && NUMBER_WORDS.has(parts[1])) return NUMBER_WORDS.get(parts[0])! + NUMBER_WORDS.get(parts[1])!;
  return NUMBER_WORDS.get(lower);
}

/** "four-year", "two-day", "ten-point": a number word as the first part of a compound. */
function readCompoundWord(w: Word, i: number): NumberPhrase | null {
  const parts = hyphenParts(w.lower);
  if (!parts || !NUMBER_WORDS.has(parts[0]) || wordValue(w.lower) !== undefined || FRACTIONS.has(parts[1])) return null;
  const value = NUMBER_WORDS.get(parts[0])!;
  return { first: i, last: i, start: w.start, end: w.start + parts[0].length, value, low: value, high: value, vague: false, form: 'words', compound: parts[1] };
}

/** "a million", "a dozen", "a hundred": the article stands for one. */
function readScaleAfterArticle(words: readonly Word[], i: number): NumberPhrase | null {
  const a = words[i]!;
  const next = words[i + 1];
  if (!next || a.after !== '' || !SCALES.has(next.lower) || AMBIGUOUS_SCALES.has(next.lower) || next.lower.length < 4) return null;
  const value = SCALES.get(next.lower)!;
  const phrase: NumberPhrase = { first: i, last: i + 1, start: a.start, end: next.end, value, low: value, high: value, vague: false, form: 'words', scale: next.lower };
  if (next.after === '') {
    const unit = words[i + 2] && UNITS.get(words[i + 2]!.lower);
    if (unit && !ATTACHED_ONLY_UNITS.has(words[i + 2]!.lower)) {
      phrase.unit = unit;
      extendTo(phrase, words, i + 2);
    }
  }
  return phrase;
}
