import type { Block } from '../document/block';
import { type CalendarDate, formatIsoDate } from '../document/publicationDate';
import { type SentenceInfo, sentenceProse } from '../language/sentences';
import type { SentenceMemo } from '../sentenceMemo';
import type { Span } from '../types';
import type { Candidate } from './detect';
import { dayOf } from './humanize';
import type { Meaning } from './meaning';
import { type Direction, type Reference, resolve } from './resolve';
import { presentOrPast, verbAround } from './tense';

/** A time expression in the draft and what it means against the publication date. */
export interface TimeExpression extends Span {
  text: string;
  /** Index of its sentence in `Analysis.sentences`. */
  sentence: number;
  /**
   * absolute: names its year ("7 April 2016"), or hangs on a date that does; relative: depends
   * on the day of writing or leaves out the year ("on Thursday", "in March"); vague: relative
   * with no single date ("recently").
   */
  kind: 'absolute' | 'relative' | 'vague';
  /** TimeML value ("2016-04-07", "2016-W15", "2016-03", "2024-03-10TNI"), when it can be resolved. */
  value?: string;
  /**
   * What a relative expression was read against: the publication date, or an earlier date in
   * the draft ("the day before", "the same month a year ago").
   */
  basis?: 'publication' | 'earlier-date';
  /** True when it only leaves out the year ("in March", "February 27", "the first quarter"). */
  yearless?: boolean;
  /** For an absolute date that states its weekday ("Friday 7 April 2016"): the stated weekday (1 = Monday). */
  weekday?: number;
  /** For an absolute day ("7 April 2016"): the date it names. */
  date?: CalendarDate;
}

const YEARLESS = new Set<Meaning['type']>(['dayMonth', 'month', 'season', 'quarter', 'half']);
const DAY_TYPES = new Set<Meaning['type']>(['weekday', 'dayOffset', 'dayMonth', 'dayOfMonth', 'ago', 'anaphoric', 'absolute', 'time']);
const FORWARD_PREPS = new Set(['until', 'till']);
const BACKWARD_PREPS = new Set(['since', 'as of']);

/** What resolving reads from the sentences before: the last dates, and whether they were absolute. */
export interface Carried {
  lastDay: CalendarDate | null;
  lastValue: string | null;
  /** Whether the last day, and the last value of any kind, came from an absolute date. */
  dayAbsolute: boolean;
  valueAbsolute: boolean;
}

/**
 * Every time expression in the prose, in document order, classified and resolved against the
 * publication date (and, for "the day before" and its kind, against the date before it).
 * `byBlock` holds each block's sentences, `found` each sentence's detected expressions by
 * sentence index (`BlockAnalysis.times`), and `timed` whether a block holds any: a block with
 * none is passed over without reading its sentences, as most paragraphs of a long draft are
 * on every keystroke (looking each sentence up was most of this pass).
 * `memo`, the document's cache, keeps each sentence's resolved expressions for as long as its
 * words and what the sentences before it carry stay the same.
 */
export function findTimeExpressions(
  byBlock: readonly (readonly SentenceInfo[])[],
  blocks: readonly Block[],
  found: readonly (readonly Candidate[])[],
  timed: readonly boolean[],
  publication: CalendarDate | null,
  memo?: SentenceMemo<ResolvedSentence>,
): TimeExpression[] {
  const out: TimeExpression[] = [];
  let carried: Carried = { lastDay: null, lastValue: null, dayAbsolute: false, valueAbsolute: false };
  const published = publication ? formatIsoDate(publication) : '';
  for (let b = 0; b < blocks.length; b++) {
    if (!timed[b]) continue;
    const block = blocks[b]!;
    for (const s of byBlock[b]!) {
      const candidates = found[s.index]!;
      if (candidates.length === 0) continue;
      const context = memo ? contextKey(published, carried) : '';
      let result = memo?.get(s, context);
      if (!result) {
        result = sentenceTimes(s, sentenceProse(s, block), candidates, publication, carried);
        memo?.set(s, context, result);
      }
      for (const t of result.times) out.push(t);
      carried = result.after;
    }
  }
  return out;
}

/**
 * The publication date and what the sentences before carry, as a string: the context of
 * `SentenceMemo`. Made once per carried state: a state comes from the memo too, so on a
 * keystroke the same objects come back and no string is built for them again.
 */
function contextKey(published: string, c: Carried): string {
  const known = contextKeys.get(c);
  if (known?.published === published) return known.key;
  const key = `${published}|${c.lastDay ? formatIsoDate(c.lastDay) : ''}|${c.lastValue ?? ''}|${c.dayAbsolute}|${c.valueAbsolute}`;
  contextKeys.set(c, { published, key });
  return key;
}

const contextKeys = new WeakMap<Carried, { published: string; key: string }>();

/** One sentence's time expressions, resolved, and what they carry to the sentences after. */
export interface ResolvedSentence {
  times: TimeExpression[];
  after: Carried;
}

function sentenceTimes(s: SentenceInfo, prose: string, found: readonly Candidate[], publication: CalendarDate | null, before: Carried): ResolvedSentence {
  const times: TimeExpression[] = [];
  const ref: Reference = { publication, lastDay: before.lastDay, lastValue: before.lastValue };
  let { dayAbsolute, valueAbsolute } = before;
  // A clock time with no day of its own is on the day the sentence names.
  const sentenceDay = found.find((c) => c.meaning.type !== 'time' && DAY_TYPES.has(c.meaning.type));
  for (const c of found) {
    const span = { start: s.start + c.start, end: s.start + c.end };
    const direction = directionOf(c, prose, s, span);
    const meaning: Meaning = c.meaning.type === 'time' && !c.meaning.day && sentenceDay ? { ...c.meaning, day: sentenceDay.meaning } : c.meaning;
    const value = resolve(meaning, direction, ref) ?? undefined;
    const onDay = (meaning.type === 'anaphoric' && meaning.unit === 'day') || (meaning.type === 'time' && !meaning.day);
    const dependsOnEarlier = onDay || meaning.type === 'anaphoric' || meaning.type === 'samePeriod';
    const anchored = onDay ? ref.lastDay !== null : ref.lastValue !== null;
    // An expression that hangs on an absolute date is as good as absolute.
    const absolute: boolean = meaning.type === 'absolute' || (meaning.type === 'time' && meaning.day?.type === 'absolute') || (dependsOnEarlier && anchored && (onDay ? dayAbsolute : valueAbsolute));
    const kind: TimeExpression['kind'] = absolute ? 'absolute' : meaning.type === 'vague' ? 'vague' : 'relative';
    const t: TimeExpression = { start: span.start, end: span.end, text: prose.slice(c.start, c.end), sentence: s.index, kind };
    if (value !== undefined) t.value = value;
    if (kind === 'relative') t.basis = dependsOnEarlier && anchored ? 'earlier-date' : 'publication';
    if (YEARLESS.has(meaning.type) && !('shift' in meaning && meaning.shift !== undefined) && !('years' in meaning && meaning.years !== undefined)) t.yearless = true;
    if (meaning.type === 'absolute') {
      if (meaning.weekday) t.weekday = meaning.weekday;
      if (meaning.date) t.date = meaning.date;
    }
    times.push(t);
    // "the same period last year" compares with the period in focus without moving there: a
    // second one names the same year-earlier period, not a year before that.
    if (value !== undefined && meaning.type !== 'samePeriod') {
      ref.lastValue = value;
      valueAbsolute = kind === 'absolute';
      const day = dayOf(value);
      if (day) {
        ref.lastDay = day;
        // The publication date written out (a dateline) is what relative dates hang on anyway.
        dayAbsolute = valueAbsolute && !(publication && sameDay(day, publication));
        valueAbsolute = dayAbsolute;
      }
    }
  }
  return { times, after: { lastDay: ref.lastDay, lastValue: ref.lastValue, dayAbsolute, valueAbsolute } };
}

const sameDay = (a: CalendarDate, b: CalendarDate) => a.year === b.year && a.month === b.month && a.day === b.day;

/**
 * Which way a weekday or a year-less date points. Prepositions say it outright ("since", "until");
 * "for April" and "from January" name a period that need not share the verb's tense, so they take
 * the nearest; otherwise the clause's tense decides, and present tense ("meets on Tuesday",
 * "opens on 5 February") speaks of what is scheduled.
 */
function directionOf(c: Candidate, prose: string, s: SentenceInfo, span: Span): Direction {
  if (c.prep && BACKWARD_PREPS.has(c.prep)) return 'past';
  if (c.prep && FORWARD_PREPS.has(c.prep)) return 'future';
  const wordBefore = lastWord(prose.slice(0, c.start).trimEnd()).toLowerCase();
  // "a dividend payable on June 17", "a report due in March": owed or awaited, ahead as "is due on" is.
  if (wordBefore === 'payable' || wordBefore === 'due') return 'future';
  // Not "for Saturday's attack": a day named as an event's is read by the tense.
  const possessive = /^['’]s\b/.test(prose.slice(c.end, c.end + 3));
  const verb = verbAround(s.tokens, span);
  const tense = verb?.tense ?? null;
  // "will rise from April": a future verb still points ahead.
  if (!possessive && tense !== 'future' && (c.prep === 'from' || wordBefore === 'for' || wordBefore === 'from')) return 'nearest';
  // A weekend is a pair of days: "the fair is at the weekend" is scheduled, as "on Saturday" is.
  const dayLevel = c.meaning.type === 'weekday' || c.meaning.type === 'dayMonth' || c.meaning.type === 'dayOfMonth' || c.meaning.type === 'time' || (c.meaning.type === 'unit' && c.meaning.unit === 'weekend');
  switch (tense) {
    case 'past':
      return 'past';
    case 'future':
      return 'future';
    case 'present':
      // "Temperatures hit 49.6C on Tuesday" may be past: the nearer Tuesday, not the next.
      return dayLevel && !presentOrPast(s.tokens, verb!) ? 'future' : 'nearest';
    default:
      return c.meaning.type === 'weekday' ? 'past' : 'nearest';
  }
}

/** The word that ends `text` (`/(\w+)$/` without its quadratic scan over long words). */
function lastWord(text: string): string {
  let i = text.length;
  while (i > 0 && /\w/.test(text[i - 1]!)) i--;
  return text.slice(i);
}
