import type { Block } from '../document/block';
import { firstIndex } from '../collections';
import type { Span } from '../types';
import { countedNoun } from './figures/counts';
import { notAFigure } from './figures/notFigures';
import { readNumber, type NumberPhrase } from './figures/numbers';
import { qualify } from './figures/qualifiers';
import { readWords, type Word } from './figures/words';
import { type SentenceInfo, sentenceProse } from './sentences';

/** A number that makes a factual claim (RULES.md, "Figures"). */
export interface Figure extends Span {
  text: string;
  /** Index of its sentence in `Analysis.sentences`. */
  sentence: number;
  /** The value as an interval: "more than 300" → [300, ∞); "about 1,200" → [1140, 1260]. */
  low: number;
  high: number;
  /** The stated number itself, scaled ("300" in "more than 300", 1.13e9 for "$1.13bn"); a range's lower end. */
  value: number;
  /** Unit or currency ("percent", "dollar", "kilometre", "per 100,000"), if any. */
  unit?: string;
  /** What it counts, as a lemma ("employee", "village"), if known. */
  counts?: string;
  /** True for vague magnitudes: "thousands", "dozens of". */
  vague: boolean;
  /** The qualifier as written in lower case ("more than", "at least", "nearly", "up to"), if any. */
  qualifier?: string;
  /** The scale word, normalised ("million" for "m", "billion" for "bn"), if any. */
  scale?: string;
  /** The number without its qualifier: "300" in "more than 300". */
  number: Span;
}

/** Units that measure a change or a share, not an amount a later number could share. */
const RELATIVE_UNITS = new Set(['percent', 'percentage point', 'point', 'basis point', 'share']);

/** Finds the figures of one sentence, reading the prose view of its block. */
export function findFigures(sentence: SentenceInfo, block: Block): Figure[] {
  const prose = sentenceProse(sentence, block);
  const words = readWords(prose, sentence.start, sentence.tokens);
  // Only blanked syntax before it: a heading's "## " or a quote's "> " ("## 1. Income tax").
  const blockStart = sentence.start - block.start <= block.text.search(/\S/);
  const figures: Figure[] = [];
  for (let i = 0; i < words.length; ) {
    const read = readNumber(words, i);
    if (!read) {
      i++;
      continue;
    }
    const phrase = joinRangeOrRate(words, read);
    i = phrase.last + 1;
    const q = qualify(words, phrase.first, phrase.last, phrase.value);
    if (notAFigure(words, phrase, { blockStart, qualified: q.qualifier !== undefined })) continue;
    const start = q.first < phrase.first ? words[q.first]!.start : phrase.start;
    const end = q.last > phrase.last ? words[q.last]!.end : phrase.end;
    const counted = countedNoun(words, phrase, q.last);
    const figure: Figure = {
      start,
      end,
      text: prose.slice(start - sentence.start, end - sentence.start),
      sentence: sentence.index,
      value: phrase.value,
      // A vague magnitude or a range keeps its own interval; a qualifier sets a point's.
      low: phrase.vague || phrase.low !== phrase.high ? phrase.low : q.low,
      high: phrase.vague || phrase.low !== phrase.high ? phrase.high : q.high,
      vague: phrase.vague,
      number: { start: phrase.start, end: phrase.end },
    };
    if (phrase.unit) figure.unit = phrase.unit;
    if (counted) figure.counts = counted.lemma;
    if (q.qualifier) figure.qualifier = q.qualifier;
    if (phrase.scale) figure.scale = phrase.scale;
    inheritFromPrevious(figure, figures.at(-1), words);
    lendToPrevious(figure, figures.at(-1), words);
    figures.push(figure);
    i = q.last + 1;
  }
  return figures;
}

/**
 * Joins "between 800 and 1,000 metres", "two or three specks" and a hyphenated "10-15 percent"
 * into one ranged figure, and "177 out of every 100,000" or "one in five" into one rate.
 */
function joinRangeOrRate(words: readonly Word[], p: NumberPhrase): NumberPhrase {
  const link = words[p.last]!.after === '' ? words[p.last + 1] : undefined;
  if (!link || link.after !== '') return p;
  const between = words[p.first - 1]?.lower === 'between' && link.lower === 'and';
  if (between || (link.lower === 'or' && !p.unit && !p.scale)) {
    const second = readNumber(words, p.last + 2);
    if (second && second.value > p.value && second.form === p.form) {
      return { ...second, first: p.first, start: p.start, value: p.value, low: p.value, high: second.value, vague: p.vague || second.vague };
    }
    return p;
  }
  if (link.lower === 'in' || (link.lower === 'out' && words[p.last + 2]?.lower === 'of')) {
    let j = link.lower === 'in' ? p.last + 2 : p.last + 3;
    if (words[j]?.lower === 'every' || words[j]?.lower === 'each') j++;
    const base = words[j - 1]!.after === '' ? readNumber(words, j) : null;
    // "another two in 2012" is a date, not a rate: the base is never year-like.
    const yearLike = base?.form === 'digits' && /^\d{4}$/.test(words[j]!.text);
    if (base && !yearLike && base.form !== 'vague' && base.value > p.value && !base.unit && !p.unit && base.last === j) {
      const unit = `per ${words[j]!.text}`;
      return { ...p, last: j, end: base.end, unit };
    }
  }
  return p;
}

/**
 * "from 100 to 120 dollars": the bare number that opens the pair measures what the second one
 * does, written once at the end. ("between 10 and 12 percent" is one ranged figure already.)
 */
function lendToPrevious(figure: Figure, previous: Figure | undefined, words: readonly Word[]): void {
  if (!previous || previous.unit || previous.counts || previous.vague || (!figure.unit && !figure.counts)) return;
  const at = firstIndex(words, (w) => w.start >= previous.end);
  const link = words[at];
  const opener = words[firstIndex(words, (w) => w.start >= previous.start) - 1]?.lower;
  if (opener !== 'from' || link?.lower !== 'to' || words[at + 1]?.start !== figure.start || words[at - 1]?.after !== '' || link.after !== '') return;
  if (figure.unit) previous.unit = figure.unit;
  if (figure.counts) previous.counts = figure.counts;
}

/**
 * "180,000 crowns on gambling and 95,000 on a car", "by 31 votes to 17": a bare number right
 * after another figure shares its unit and what it counts.
 */
function inheritFromPrevious(figure: Figure, previous: Figure | undefined, words: readonly Word[]): void {
  if (!previous || figure.unit || figure.counts || figure.vague || (!previous.unit && !previous.counts)) return;
  // The words from the previous figure to this one, found by binary search: a sentence can be a
  // pasted page with thousands of figures, and a scan of all its words per figure is quadratic.
  const from = firstIndex(words, (w) => w.start >= previous.start);
  let to = from;
  while (to < words.length && words[to]!.end <= figure.start) to++;
  const between = to - firstIndex(words, (w) => w.start >= previous.end);
  if (between > 5 || words.slice(from, to).some((w) => /[,;:]/.test(w.after))) return;
  // "up 30 percent from 24,500": a share or a points move does not carry to the bare number.
  if (previous.unit && RELATIVE_UNITS.has(previous.unit)) return;
  if (previous.unit) figure.unit = previous.unit;
  if (previous.counts) figure.counts = previous.counts;
}

