import { addDays, humanDay, humanMonth, humanWeekdayDay, MONTH_NAMES, weekMonday } from './calendar';
import type { CalendarDate } from '../document/publicationDate';
import { remembered } from '../collections';
import type { DateStyle } from '../settings';

/**
 * TimeML values written the way a sub-editor writes dates, for messages and for the quick fix
 * that adds the absolute date: `2016-04-07` → "7 April 2016", `2016-03` → "March 2016",
 * `2016-W15` → "the week of 11 April 2016", `2025-W03-WE` → "the weekend of 18–19 January 2025",
 * `2016-SU` → "summer 2016", `2023-WI` → "winter 2023–24", `2024-Q1` → "the first quarter of
 * 2024". Parts of the day and clock times keep only their date: the fix adds the date.
 * The house style `month-day-year` writes days as "April 7, 2016" and "the weekend of January
 * 18–19, 2025" (setting `dateStyle`).
 */

const ORDINALS = ['first', 'second', 'third', 'fourth'];
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };

/** The date of a day-level value (`2016-04-07`, `2016-04-07TNI`), or null. */
export function dayOf(value: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

function weekStart(year: number, week: number): CalendarDate {
  return addDays(weekMonday({ year, month: 1, day: 4 }), 7 * (week - 1));
}

/** The absolute form of a value; `withWeekday` names the day too ("Thursday 7 April 2016"). */
export function humanize(value: string, withWeekday = false, style: DateStyle = 'day-month-year'): string {
  // Remembered: every keystroke writes out the same values again for a long draft's findings.
  return remembered(WRITTEN[style][withWeekday ? 1 : 0], value, MAX_WRITTEN, () => writeOut(value, withWeekday, style));
}

/** Written-out values by style, then without and with the weekday. */
const WRITTEN: Record<DateStyle, [Map<string, string>, Map<string, string>]> = {
  'day-month-year': [new Map(), new Map()],
  'month-day-year': [new Map(), new Map()],
};
/** More values than any draft holds: past it, a map starts again rather than grow. */
const MAX_WRITTEN = 10_000;

function writeOut(value: string, withWeekday: boolean, style: DateStyle): string {
  const us = style === 'month-day-year';
  const day = dayOf(value);
  if (day) {
    if (!us) return withWeekday ? humanWeekdayDay(day) : humanDay(day);
    return withWeekday ? `${humanWeekdayDay(day).split(' ')[0]}, ${usDay(day)}` : usDay(day);
  }
  let m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    const monday = weekStart(Number(m[1]), Number(m[2]));
    if (!m[3]) return `the week of ${us ? usDay(monday) : humanDay(monday)}`;
    const [sat, sun] = [addDays(monday, 5), addDays(monday, 6)];
    if (us) {
      const start = sat.year === sun.year ? `${MONTH_NAMES[sat.month - 1]} ${sat.day}` : usDay(sat);
      const end = sat.year !== sun.year ? usDay(sun) : sat.month !== sun.month ? usDay(sun) : `${sun.day}, ${sun.year}`;
      return `the weekend of ${start}–${end}`;
    }
    const first = sat.month === sun.month ? String(sat.day) : sat.year === sun.year ? `${sat.day} ${MONTH_NAMES[sat.month - 1]}` : humanDay(sat);
    return `the weekend of ${first}–${humanDay(sun)}`;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return humanMonth(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const year = Number(m[1]);
    return m[2] === 'WI' ? `winter ${year}–${String(year + 1).slice(-2)}` : `${SEASONS[m[2]!]} ${year}`;
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return `the ${ORDINALS[Number(m[2]) - 1]} quarter of ${m[1]}`;
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return `the ${ORDINALS[Number(m[2]) - 1]} half of ${m[1]}`;
  return value;
}

/** "April 7, 2016". */
function usDay(d: CalendarDate): string {
  return `${MONTH_NAMES[d.month - 1]} ${d.day}, ${d.year}`;
}
