import type { CalendarDate } from '../document/publicationDate';

/**
 * What a time expression says, before it is resolved against a date: the detector produces
 * one of these, the resolver turns it into a TimeML value.
 */

/** TimeML parts of the day: morning, afternoon, evening, night (`2024-03-10TNI`). */
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';
/** TimeML seasons; winter is the one that starts in December of its year. */
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
/** "last" / "this" / "next" as written before a unit or a name. */
export type Shift = -1 | 0 | 1;
export type Unit = 'week' | 'weekend' | 'month' | 'year';

export type Meaning =
  /** "on Thursday", "last Monday", "Friday morning". */
  | { type: 'weekday'; weekday: number; shift?: Shift; part?: PartOfDay }
  /** "yesterday", "today", "tomorrow", "tonight", "last night". */
  | { type: 'dayOffset'; days: number; part?: PartOfDay }
  /** "February 27", "on 3 January" (no year), with the weekday if one is stated. */
  | { type: 'dayMonth'; month: number; day: number; weekday?: number }
  /** "on the 14th": a day of a month left unsaid. */
  | { type: 'dayOfMonth'; day: number }
  /** "in March", "last August", "October last year" (`years` is the stated year shift). */
  | { type: 'month'; month: number; shift?: Shift; years?: number }
  /** "next week", "this month", "last year", "the weekend" (no shift: by tense). */
  | { type: 'unit'; unit: Unit; shift?: Shift }
  | { type: 'season'; season: Season; shift?: Shift }
  /** "the first quarter", "Q2", "the last quarter" (`shift` for last/next/this quarter). */
  | { type: 'quarter'; quarter?: number; shift?: Shift; years?: number }
  /** "the first half of this year", "the second half of the year" (no `years`: by tense). */
  | { type: 'half'; half: number; years?: number }
  /** "four years ago", "two months ago", "a week ago". */
  | { type: 'ago'; unit: 'day' | 'week' | 'month' | 'year'; count: number }
  /** A clock time, with the day it is attached to if any ("12:00 UTC Monday"). */
  | { type: 'time'; hour: number; minute: number; day?: Meaning }
  /** Relative to the date before it: "the day before" (-1), "the same day" (0), "the previous year". */
  | { type: 'anaphoric'; unit: 'day' | 'year'; offset: number; part?: PartOfDay }
  /** "the same month a year ago": the period before it, `years` earlier ("by that time": 0). */
  | { type: 'samePeriod'; years: number; unit: 'quarter' | 'month' | 'period' }
  /** "recently", "in recent months": relative, with no single date. */
  | { type: 'vague' }
  /** A date with its year: never flagged; the stated weekday is kept for the consistency rule. */
  | { type: 'absolute'; value: string; date?: CalendarDate; weekday?: number };
