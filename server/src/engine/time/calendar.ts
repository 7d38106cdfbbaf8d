import type { CalendarDate } from '../document/publicationDate';

/**
 * Calendar arithmetic on plain dates (no time zones: a news date is a calendar day). Days are
 * counted through `Date.UTC`, which handles month lengths and leap years.
 */

const DAY_MS = 86_400_000;

export function epochDay(d: CalendarDate): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / DAY_MS);
}

export function fromEpochDay(n: number): CalendarDate {
  const t = new Date(n * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: CalendarDate, n: number): CalendarDate {
  return fromEpochDay(epochDay(d) + n);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(d: CalendarDate): number {
  return ((((epochDay(d) + 3) % 7) + 7) % 7) + 1;
}

/** The ISO 8601 week (TimeML's `2016-W14`): weeks start on Monday, week 1 holds 4 January. */
export function isoWeek(d: CalendarDate): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = epochDay({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((epochDay(thursday) - jan1) / 7) + 1 };
}

/** The Monday that starts the ISO week of `d`. */
export function weekMonday(d: CalendarDate): CalendarDate {
  return addDays(d, 1 - isoWeekday(d));
}

/** Year and month `n` months after (or before) the given month. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function dateExists(year: number, month: number, day: number): boolean {
  const t = new Date(Date.UTC(year, month - 1, day));
  return t.getUTCFullYear() === year && t.getUTCMonth() === month - 1 && t.getUTCDate() === day;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export const timemlDay = (d: CalendarDate) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export const timemlMonth = (year: number, month: number) => `${pad(year, 4)}-${pad(month)}`;
export const timemlWeek = (d: CalendarDate) => {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
};

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** "7 April 2016": the form a sub-editor writes, and the quick fix inserts. */
export const humanDay = (d: CalendarDate) => `${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}`;
/** "Thursday 7 April 2016". */
export const humanWeekdayDay = (d: CalendarDate) => `${WEEKDAY_NAMES[isoWeekday(d) - 1]} ${humanDay(d)}`;
export const humanMonth = (year: number, month: number) => `${MONTH_NAMES[month - 1]} ${year}`;
