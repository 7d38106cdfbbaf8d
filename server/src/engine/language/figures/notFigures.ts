import { CLOCK_WORDS, LABELS, MONTHS, PENALTY_CUES, PENALTY_PLACES, SCALES, TIME_UNITS, UNITS } from './lexicon';
import type { NumberPhrase } from './numbers';
import { isNameLike, type Word } from './words';

/**
 * Why a number is not a figure (RULES.md, "Figures"): dates and times, years, time spans,
 * numbers inside names and identifiers, phone numbers, list numbering, ages and match scores.
 * Each judge reads only the words around the number, so the rule stays explainable.
 */
export type NotFigure = 'year' | 'date' | 'time' | 'time span' | 'identifier' | 'phone number' | 'list numbering' | 'age' | 'score' | 'pronoun';

/** What the judges need besides the words: where the number sits and what qualifies it. */
export interface Place {
  /** The sentence starts its block (list numbering sits there). */
  blockStart: boolean;
  /** A qualifier ("more than") was read before the number. */
  qualified: boolean;
}

export function notAFigure(words: readonly Word[], p: NumberPhrase, place: Place): NotFigure | null {
  const first = words[p.first]!;
  const prev = words[p.first - 1];
  const next = words[p.last]!.after === '' ? words[p.last + 1] : undefined;
  if (p.form === 'digits') {
    const reason = digitsJudge(words, p, place, first, prev, next);
    if (reason) return reason;
  }
  // "the second half of 2025", "scored in the first half": a half of a year or a match is a time, not a share.
  if (p.form === 'fraction' && first.lower === 'half' && /^(first|second)$/.test(prev?.lower ?? '') && prev!.after === '') return 'time';
  if (p.form === 'words' && p.value === 1 && !p.scale && (!p.unit || (p.unit === 'point' && prev?.lower === 'at'))) return 'pronoun';
  // "the two companies", "between the two parties": entities named before, counted again.
  if (p.form === 'words' && p.value <= 3 && !p.unit && prev?.lower === 'the' && prev.after === '') return 'pronoun';
  // "none of the previous three", "the other two": the same, past a word that points back.
  if (p.form === 'words' && p.value <= 3 && !p.unit && BACK_POINTING.has(prev?.lower ?? '') && prev!.after === '' && words[p.first - 2]?.lower === 'the') return 'pronoun';
  // "a two-state solution", "a three-way race": a small number word in a compound describes, it does not count.
  if (p.form === 'words' && p.compound !== undefined && p.value <= 3 && !p.unit) return 'identifier';
  // "Channel Four", "the Group of Seven": a capitalised number word inside a sentence is a name.
  if (p.form === 'words' && /^\p{Lu}/u.test(first.text) && p.first > 0 && !/[.!?:]$/.test(prev?.after ?? '') && prev?.text !== '') return 'identifier';
  // "the top 10", "her third top 10 single": a bracket of a ranking names a place in a list; after
  // a noun, "top" is a verb ("Deaths top 1,000").
  if (prev?.lower === 'top' && prev.after === '' && !p.unit && !p.scale && p.form !== 'vague' && !/^(NOUN|PROPN|PRON)$/.test(words[p.first - 2]?.pos ?? '')) return 'identifier';
  if (isAge(words, p, prev, next)) return 'age';
  if (isTimeSpan(words, p, next)) return 'time span';
  if (!place.qualified && !p.unit && !p.scale && p.form !== 'vague' && prev && ((prev.after === '' && isNameLike(words, p.first - 1) && !MONTHS.has(prev.lower)) || (/^\.?$/.test(prev.after) && LABELS.has(prev.lower)))) return 'identifier';
  return null;
}

function digitsJudge(words: readonly Word[], p: NumberPhrase, place: Place, first: Word, prev: Word | undefined, next: Word | undefined): NotFigure | null {
  const digits = first.text.slice(p.start - first.start, p.end - first.start);
  const bare = !p.unit && !p.scale;
  if (first.text.includes('/')) return 'identifier';
  if (p.range) return rangeJudge(words, p, next);
  if (p.compound !== undefined && /^\d/.test(p.compound)) return isVoteTally(words, p) ? null : numericCompound(digits, p.compound, next);
  // "7-Eleven": a number joined to a capitalised word is a name; "5-Year", "10-Point"
  // in a title-case headline still measure something.
  if (p.compound !== undefined && bare && /^\p{Lu}/u.test(first.text.slice(p.end - first.start + 1)) && !TIME_UNITS.has(p.compound) && !SCALES.has(p.compound)) return 'identifier';
  if (/^0\d/.test(digits.replace(/^\D+/, '')) && !digits.includes('.')) return 'phone number';
  // "0300 555 0178" is one number in groups; "In district 1, 40 people" is two, a comma apart.
  if (bare && ((prev?.after === '' && isBareDigits(prev)) || isBareDigits(next))) return 'phone number';
  if (place.blockStart && p.first === 0 && bare && /^\d{1,2}$/.test(digits) && /^[.)]/.test(first.after)) return 'list numbering';
  // "February 27" is a date; "In March, 40 people" is a month and then a count.
  if (bare && Number.isInteger(p.value) && /^\d{1,2}$/.test(digits) && ((prev && /^\.?$/.test(prev.after) && MONTHS.has(prev.lower) && /^\p{Lu}/u.test(prev.text)) || (next && MONTHS.has(next.lower) && /^\p{Lu}/u.test(next.text)))) return 'date';
  // News copy writes counts of a thousand and more with a comma ("2,000 troops"): four bare
  // digits are a year, even before a plural ("the 1967 borders").
  // Past 2099 a year needs a word of time before it: "by 2100", "until 2150".
  if (bare && /^\d{4}$/.test(digits) && p.value >= 1000 && (p.value < 2100 || YEAR_PREPOSITIONS.has(prev?.lower ?? ''))) return 'year';
  if (bare && isAddress(words, p)) return 'identifier';
  if (bare && next && (CLOCK_WORDS.has(next.lower) || CLOCK_WORDS.has(next.lower.replace(/\.$/, '')))) return 'time';
  if (bare && isModelNumber(digits, p, words)) return 'identifier';
  return null;
}

/** Prepositions that put a far year in time: "sea levels could rise 1 metre by 2100". */
const YEAR_PREPOSITIONS = new Set(['by', 'in', 'until', 'till', 'before', 'after', 'since']);

/** The most ages one list gives ("aged 18, 19 and 20"). */
const MAX_AGES = 12;

/** Groups of people an age can bound ("those over 80", "adults under 30"), as written (wink takes "Children" opening a sentence for a name). */
const AGE_GROUPS = new Set(['people', 'those', 'anyone', 'everyone', 'children', 'adults', 'men', 'women', 'boys', 'girls', 'patients', 'pupils', 'students', 'drivers', 'workers', 'voters', 'residents', 'pensioners']);

/** Pronouns for a person, whose age "is" or "turns" a number ("before he is 40"); "it is 40" is no age. */
const PERSONS = new Set(['he', 'she', 'i', 'you']);
/** Verbs that state or reach a person's age after `PERSONS`. */
const AGE_VERBS = /^(is|was|turns|turned|turning|turn|reaches|reached)$/;

/** Words between "the" and a small number that point back to things already named. */
const BACK_POINTING = new Set(['previous', 'other', 'remaining', 'former', 'same', 'earlier', 'aforementioned']);

/** Words between a number and its unit of time that keep it a time span. */
const SPAN_MODIFIERS = new Set(['straight', 'consecutive', 'successive', 'trading', 'working', 'business', 'full', 'more', 'further', 'calendar', 'school', 'fiscal', 'financial', 'long']);

/** Nouns whose plural is the singular: "24 aircraft" is a count, not a model. */
const INVARIANT = new Set(['aircraft', 'people', 'police', 'staff', 'personnel', 'fish', 'sheep', 'cattle', 'livestock', 'deer', 'crew', 'spacecraft', 'offspring']);

/**
 * A number that names a model or a programme: "the 717 program", "the 2.0 update", "shrink the
 * 787 and". A count above one is followed by a plural ("155 planes"); a bare number with a
 * singular noun after it, or a round integer after "the" with no noun at all, is a name.
 */
function isModelNumber(digits: string, p: NumberPhrase, words: readonly Word[]): boolean {
  // "A crowd of 42,000 saw": names are not written with thousands separators; wink takes "saw" for a noun.
  if (p.value === 1 || p.compound !== undefined || digits.includes(',')) return false;
  const prev = words[p.first - 1];
  let j = p.last + 1;
  // Past adjectives: "their 737 narrowbody airliner".
  while (words[j - 1]!.after === '' && words[j]?.pos === 'ADJ' && /^\p{Ll}/u.test(words[j]!.text)) j++;
  const head = words[j - 1]!.after === '' ? words[j] : undefined;
  const then = head?.after === '' ? words[j + 1] : undefined;
  const singular = head && !TIME_UNITS.has(head.lower) && /^\p{Ll}+$/u.test(head.text) && head.pos === 'NOUN' && head.lemma === head.lower && !/s$/.test(head.lower) && !INVARIANT.has(head.lower);
  // "19 league goals": a singular noun before another noun only modifies it.
  if (singular && !(then && (then.pos === 'NOUN' || INVARIANT.has(then.lower)))) return true;
  // "the new 787 Dreamliner": names after the number and no plural noun to count.
  if (j === p.last + 1 && head && /^\p{Lu}/u.test(head.text) && /^\d{3,}$/.test(digits)) {
    let k = j;
    while (words[k] && /^\p{Lu}/u.test(words[k]!.text) && words[k - 1]!.after === '') k++;
    const counted = words[k - 1]!.after === '' ? words[k] : undefined;
    if (!counted || !/^\p{Ll}/u.test(counted.text) || counted.pos !== 'NOUN') return true;
  }
  const next = words[p.last]!.after === '' ? words[p.last + 1] : undefined;
  const determiner = prev && /^(the|its|their|his|her)$/.test(prev.lower) && prev.after === '';
  return !!determiner && /^\d{3,}$/.test(digits) && (!next || !['NOUN', 'ADJ', 'NUM', 'PROPN', 'X'].includes(next.pos));
}

const STREETS = /^(street|st|road|rd|avenue|ave|lane|drive|boulevard|blvd|square|place|way|terrace|crescent|grove|close|gardens|mews|row)$/;

/** "10 Downing Street", "221 Baker St": a house number. */
function isAddress(words: readonly Word[], p: NumberPhrase): boolean {
  const name = words[p.last + 1];
  if (!name || !/^\p{Lu}/u.test(name.text) || words[p.last]!.after !== '') return false;
  for (let k = p.last + 1; k < Math.min(words.length, p.last + 4); k++) {
    if (STREETS.test(words[k]!.lower) && /^\p{Lu}/u.test(words[k]!.text)) return true;
    if (words[k]!.after !== '') break;
  }
  return false;
}

/** "The Senate voted 69-30": a tally of votes is a figure, though it is written like a score. */
function isVoteTally(words: readonly Word[], p: NumberPhrase): boolean {
  for (let k = Math.max(0, p.first - 3); k <= Math.min(words.length - 1, p.last + 2); k++) if (/^(vote[sd]?|voting|ballots?|ruling|decision|verdict|majority)$/.test(words[k]!.lower)) return true;
  return false;
}

/** "3-1", "2025-26", "555-0178", "800-1,000": a number joined to another by a hyphen. */
function numericCompound(head: string, tail: string, next: Word | undefined): NotFigure | null {
  if (/^\d{4}$/.test(head) && /^\d{2}(\d{2})?$/.test(tail)) return 'year';
  if (/^\d{1,2}$/.test(head) && /^\d{1,2}$/.test(tail)) return 'score';
  if (/^0/.test(tail) || /[-–]/.test(tail) || !/^[\d,.]+$/.test(tail)) return 'identifier';
  // A range ("800-1,000 metres") is a figure only with what it measures after it.
  return next && (UNITS.has(next.lower) || SCALES.has(next.lower) || countsPlural(next)) ? null : 'identifier';
}

/**
 * "200-250 seats", "5-6 million", "800-1,000 metres": a range is a figure with what it
 * measures or counts after it. Otherwise two small numbers are a score ("drew 2-3") and
 * others a code or a page range.
 */
function rangeJudge(words: readonly Word[], p: NumberPhrase, next: Word | undefined): NotFigure | null {
  if (p.unit || p.scale || isVoteTally(words, p) || (next && (UNITS.has(next.lower) || countsPlural(next) || INVARIANT.has(next.lower)))) return null;
  return p.high < 100 ? 'score' : 'identifier';
}

function isBareDigits(w: Word | undefined): boolean {
  return !!w && /^\d+$/.test(w.text) && w.before === '';
}

/** A plural noun after a number range makes it a count ("10-15 people"). */
function countsPlural(w: Word | undefined): boolean {
  return !!w && /^\p{Ll}/u.test(w.text) && (w.pos === 'NOUN' || w.pos === 'X') && (w.lemma !== w.lower || /s$/.test(w.lower));
}

/** "Lind, 58, faces", "aged 44", "a 23-year-old", "52 years old". */
function isAge(words: readonly Word[], p: NumberPhrase, prev: Word | undefined, next: Word | undefined): boolean {
  if (p.unit || p.scale) return false;
  if (p.compound && /^years?-old/.test(p.compound)) return true;
  if (prev?.lower === 'aged' || prev?.lower === 'age' || (prev?.lower === 'of' && words[p.first - 2]?.lower === 'age')) return true;
  // "aged 32 and 41", "aged 18, 19 and 20": the ages after the first. A list of ages is short:
  // the walk back stops after a few, or a run of thousands of numbers would make it quadratic.
  let j = /^(and|or)$/.test(prev?.lower ?? '') ? p.first - 2 : p.first - 1;
  if (j < p.first - 1 || prev?.after === ',') {
    const stop = j - MAX_AGES;
    while (j >= 0 && j > stop && /^\d{1,3}$/.test(words[j]!.text)) j--;
    if (j < p.first - 1 && /^(aged|ages)$/.test(words[j]?.lower ?? '')) return true;
  }
  // "people 65 and older", "those aged 18 or over".
  if (words[p.last]!.after === '' && /^(and|or)$/.test(next?.lower ?? '') && /^(older|over|above|up|younger|under)$/.test(words[p.last + 2]?.lower ?? '')) return true;
  if (next && /^years?$/.test(next.lower) && words[p.last + 2]?.lower === 'old') return true;
  // "died at 91", "people over 65", "children under five": the age of a death, or the age that
  // bounds a group of people; a bound on anything else ("homes under 300") is a figure.
  const before = words[p.first - 2];
  if (prev?.lower === 'at' && /^(die[sd]?|dying)$/.test(before?.lower ?? '')) return true;
  // "before he is 40", "by the time she turns 18", "when I was 12": a person's age after the verb
  // that states it; a count or a measure has its noun after it ("he was 12 points behind").
  const counted = next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'NUM' || UNITS.has(next.lower));
  if (!counted && Number.isInteger(p.value) && p.value < 120 && PERSONS.has(before?.lower ?? '') && before!.after === '' && prev!.after === '' && AGE_VERBS.test(prev!.lower)) return true;
  if (/^(over|under|above|below)$/.test(prev?.lower ?? '') && AGE_GROUPS.has(before?.lower ?? '') && Number.isInteger(p.value) && p.value < 120 && !countsPlural(next)) return true;
  // "Jane Doe, 44, said", "The prime minister, 44, has": an age set off by commas after a name
  // or a person; or by a comma and the full stop that ends the sentence ("police arrested Adel
  // Karim, 52.").
  const person = !!prev && (/^\p{Lu}/u.test(prev.text) || (prev.pos === 'NOUN' && prev.lemma === prev.lower && Number.isInteger(p.value) && p.value < 120));
  const closed = words[p.last]!.after === ',' || (words[p.last]!.after === '.' && p.last === words.length - 1 && Number.isInteger(p.value) && p.value < 120);
  return person && prev!.after === ',' && closed && p.first === p.last;
}

/**
 * "two days of clashes", "12 months to April", "a four-year term": a number of time units is a
 * time span, which the date rules read. Two kinds stay figures: a penalty ("jailed for four and
 * a half years", "up to five years in prison") and a large amount of time ("1.2 million hours").
 */
function isTimeSpan(words: readonly Word[], p: NumberPhrase, next: Word | undefined): boolean {
  let unitAt = p.last + 1;
  // "six straight days", "two consecutive quarters", "the past five trading days".
  while (next && unitAt < p.last + 3 && SPAN_MODIFIERS.has(words[unitAt]?.lower ?? '') && words[unitAt]!.after === '') unitAt++;
  const unit = p.compound !== undefined ? p.compound.split(/[-–]/)[0]! : next ? words[unitAt]?.lower : undefined;
  if (p.unit || !unit || !TIME_UNITS.has(unit)) return false;
  if (p.scale && p.value >= 1e6) return false;
  for (let k = Math.max(0, p.first - 5); k < p.first; k++) if (PENALTY_CUES.has(words[k]!.lower)) return false;
  const afterUnit = p.compound !== undefined ? p.last + 1 : unitAt + 1;
  for (let k = afterUnit; k < Math.min(words.length, afterUnit + 3); k++) if (PENALTY_PLACES.has(words[k]!.lower)) return false;
  return true;
}
