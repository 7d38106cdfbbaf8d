import type { CalendarDate } from '../document/publicationDate';
import { addDays, addMonths, dateExists, epochDay, isoWeekday, timemlDay, timemlMonth, timemlWeek, weekMonday } from './calendar';
import type { Meaning, Season } from './meaning';

/**
 * Turns what an expression says into a TimeML value against a reference date, the way a
 * sub-editor reads it: past tense looks back from the publication date, future tense forward.
 */

/** Which way a year-less or weekday expression points: from tense and prepositions. */
export type Direction = 'past' | 'future' | 'nearest';

/** The dates an expression can be resolved against. */
export interface Reference {
  publication: CalendarDate | null;
  /** The last day-level date before the expression in the draft ("the day before"). */
  lastDay: CalendarDate | null;
  /** The last resolved value of any kind ("the same month a year ago", "the previous year"). */
  lastValue: string | null;
}

/** The TimeML value, or null where the reference it needs is missing. */
export function resolve(meaning: Meaning, direction: Direction, ref: Reference): string | null {
  if (meaning.type === 'absolute') return meaning.value;
  if (meaning.type === 'vague') return null;
  if (meaning.type === 'anaphoric') {
    if (meaning.unit === 'day') {
      const anchor = ref.lastDay ?? ref.publication;
      return anchor ? timemlDay(addDays(anchor, meaning.offset)) + (meaning.part ? `T${meaning.part}` : '') : null;
    }
    const year = ref.lastValue ? Number(ref.lastValue.slice(0, 4)) : ref.publication?.year;
    return year === undefined ? null : String(year + meaning.offset);
  }
  if (meaning.type === 'samePeriod') return samePeriod(meaning.unit, meaning.years, ref.lastValue);
  if (meaning.type === 'time') {
    const day = meaning.day ? resolve(meaning.day, direction, ref) : ref.lastDay ? timemlDay(ref.lastDay) : ref.publication ? timemlDay(ref.publication) : null;
    return day ? `${day.slice(0, 10)}T${two(meaning.hour)}:${two(meaning.minute)}` : null;
  }
  const pub = ref.publication;
  if (!pub) return null;
  switch (meaning.type) {
    case 'weekday': {
      const day = weekdayFrom(pub, meaning.weekday, meaning.shift, direction);
      return timemlDay(day) + (meaning.part ? `T${meaning.part}` : '');
    }
    case 'dayOffset':
      return timemlDay(addDays(pub, meaning.days)) + (meaning.part ? `T${meaning.part}` : '');
    case 'dayMonth': {
      const day = dayMonthFrom(pub, meaning.month, meaning.day, direction);
      return day ? timemlDay(day) : null;
    }
    case 'dayOfMonth': {
      const day = dayOfMonthFrom(pub, meaning.day, direction);
      return day ? timemlDay(day) : null;
    }
    case 'month': {
      const year = meaning.years !== undefined ? pub.year + meaning.years : monthYear(pub, meaning.month, meaning.shift, direction);
      return timemlMonth(year, meaning.month);
    }
    case 'unit':
      return unitValue(pub, meaning.unit, meaning.shift, direction);
    case 'season':
      return seasonValue(pub, meaning.season, meaning.shift, direction);
    case 'quarter': {
      const q = quarterOf(pub, meaning.quarter, meaning.shift, meaning.years, direction);
      return `${q.year}-Q${q.quarter}`;
    }
    case 'half':
      return `${meaning.years !== undefined ? pub.year + meaning.years : yearOfPart(pub.year, meaning.half, Math.ceil(pub.month / 6), 2, direction)}-H${meaning.half}`;
    case 'ago':
      if (meaning.unit === 'day' || meaning.unit === 'week') return timemlDay(addDays(pub, -meaning.count * (meaning.unit === 'week' ? 7 : 1)));
      if (meaning.unit === 'month') {
        const m = addMonths(pub.year, pub.month, -meaning.count);
        return timemlMonth(m.year, m.month);
      }
      return String(pub.year - meaning.count);
  }
}

const two = (n: number) => String(n).padStart(2, '0');

function weekdayFrom(pub: CalendarDate, weekday: number, shift: -1 | 0 | 1 | undefined, direction: Direction): CalendarDate {
  const today = isoWeekday(pub);
  if (shift === 0) return addDays(weekMonday(pub), weekday - 1);
  if (shift === -1) return addDays(pub, -((today - weekday + 7) % 7 || 7));
  const ahead = (weekday - today + 7) % 7;
  const back = (today - weekday + 7) % 7;
  if (shift === 1 || direction === 'future') return addDays(pub, ahead || (shift === 1 ? 7 : 0));
  // "a warning for Saturday" in Friday's paper: the Saturday closer to publication, the one before on a tie.
  if (direction === 'nearest' && ahead < back) return addDays(pub, ahead);
  return addDays(pub, -back);
}

/** The year of a year-less "February 27": the one the direction points to, within a year. */
function dayMonthFrom(pub: CalendarDate, month: number, day: number, direction: Direction): CalendarDate | null {
  // Four years either way, so that 29 February finds a leap year.
  const options = [-4, -3, -2, -1, 0, 1, 2, 3, 4].map((n) => pub.year + n).filter((y) => dateExists(y, month, day)).map((year) => ({ year, month, day }));
  return pickDay(pub, options, direction);
}

/** The month of a month-less "the 14th": the one the direction points to, within two months (a 31st may skip one). */
function dayOfMonthFrom(pub: CalendarDate, day: number, direction: Direction): CalendarDate | null {
  const options = [-2, -1, 0, 1, 2].map((n) => addMonths(pub.year, pub.month, n)).filter((m) => dateExists(m.year, m.month, day)).map((m) => ({ ...m, day }));
  return pickDay(pub, options, direction);
}

/** Of dates in order, the last on or before publication, the first on or after, or the nearer of the two. */
function pickDay(pub: CalendarDate, options: CalendarDate[], direction: Direction): CalendarDate | null {
  const at = epochDay(pub);
  const past = options.filter((d) => epochDay(d) <= at).pop();
  const future = options.find((d) => epochDay(d) >= at);
  if (direction === 'past') return past ?? null;
  if (direction === 'future') return future ?? null;
  if (!past || !future) return past ?? future ?? null;
  return at - epochDay(past) <= epochDay(future) - at ? past : future;
}

function monthYear(pub: CalendarDate, month: number, shift: -1 | 0 | 1 | undefined, direction: Direction): number {
  if (shift === 0) return pub.year;
  if (shift === -1) return month < pub.month ? pub.year : pub.year - 1;
  if (shift === 1) return month > pub.month ? pub.year : pub.year + 1;
  if (direction === 'past') return month <= pub.month ? pub.year : pub.year - 1;
  if (direction === 'future') return month >= pub.month ? pub.year : pub.year + 1;
  const back = (pub.month - month + 12) % 12;
  const ahead = (month - pub.month + 12) % 12;
  return back <= ahead ? (month <= pub.month ? pub.year : pub.year - 1) : month >= pub.month ? pub.year : pub.year + 1;
}

function unitValue(pub: CalendarDate, unit: 'week' | 'weekend' | 'month' | 'year', shift: -1 | 0 | 1 | undefined, direction: Direction): string {
  const n = shift ?? 0;
  if (unit === 'year') return String(pub.year + n);
  if (unit === 'month') {
    const m = addMonths(pub.year, pub.month, n);
    return timemlMonth(m.year, m.month);
  }
  if (unit === 'week') return timemlWeek(addDays(pub, 7 * n));
  // A weekend is its Saturday's week: "this weekend" is the one of this week; "the weekend" in
  // past tense is the last one begun, in future tense the next one.
  let saturday: CalendarDate;
  if (shift !== undefined) saturday = addDays(weekMonday(pub), 5 + 7 * shift);
  else if (direction === 'future') saturday = addDays(pub, (6 - isoWeekday(pub) + 7) % 7);
  else saturday = addDays(pub, -((isoWeekday(pub) - 6 + 7) % 7));
  return `${timemlWeek(saturday)}-WE`;
}

const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Seasons as meteorological quarters; a winter belongs to the year of its December. */
function seasonValue(pub: CalendarDate, season: Season, shift: -1 | 0 | 1 | undefined, direction: Direction): string {
  const now = pub.year * 12 + pub.month - 1;
  const spans = [pub.year - 2, pub.year - 1, pub.year, pub.year + 1].map((year) => {
    const start = year * 12 + SEASON_START[season] - 1;
    return { year, start, end: start + 2 };
  });
  const current = spans.find((s) => s.start <= now && now <= s.end);
  const before = spans.filter((s) => s.end < now).pop()!;
  const after = spans.find((s) => s.start > now)!;
  let pick;
  if (shift === -1) pick = before;
  else if (shift === 1) pick = after;
  else if (current) pick = current;
  else if (direction === 'past') pick = before;
  else if (direction === 'future') pick = after;
  else pick = now - before.end <= after.start - now ? before : after;
  return `${pick.year}-${season}`;
}

function quarterOf(pub: CalendarDate, quarter: number | undefined, shift: -1 | 0 | 1 | undefined, years: number | undefined, direction: Direction): { year: number; quarter: number } {
  const nowQ = Math.ceil(pub.month / 3);
  if (quarter === undefined) {
    const index = pub.year * 4 + nowQ - 1 + (shift ?? 0);
    return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
  }
  if (years !== undefined) return { year: pub.year + years, quarter };
  return { year: yearOfPart(pub.year, quarter, nowQ, 4, direction), quarter };
}

/**
 * The year of a part of a year named without one ("the first quarter", "the second half of the
 * year"), of `parts` in a year, with `now` the part the publication date is in: the last such
 * part for the past, the next for the future, else the nearer.
 */
function yearOfPart(year: number, part: number, now: number, parts: number, direction: Direction): number {
  const past = part <= now ? year : year - 1;
  const future = part >= now ? year : year + 1;
  if (direction === 'past') return past;
  if (direction === 'future') return future;
  return (now - part + parts) % parts <= (part - now + parts) % parts ? past : future;
}

/**
 * "the same quarter last year": the quarter of the period named before it, a year earlier
 * ("since January" in 2024 → 2023-Q1). A unit the period is too coarse to give ("the same
 * month" after "2024") has no value: the finding then asks for one.
 */
function samePeriod(unit: 'quarter' | 'month' | 'period', years: number, v: string | null | undefined): string | null {
  const m = v ? /^(\d{4})(?:-(\d{2})|-(Q[1-4]))?/.exec(v) : null;
  if (!m) return null;
  const year = String(Number(m[1]) - years).padStart(4, '0');
  if (unit === 'quarter') return m[3] ? `${year}-${m[3]}` : m[2] ? `${year}-Q${Math.ceil(Number(m[2]) / 3)}` : null;
  if (unit === 'month') return m[2] ? `${year}-${m[2]}` : null;
  return year + v!.slice(4);
}
