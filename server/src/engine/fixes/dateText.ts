import type { DateStyle } from '../settings';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const ORDINALS = ['first', 'second', 'third', 'fourth'];

interface Day {
  year: number;
  month: number;
  day: number;
}

/**
 * Writes a TimeML value ("2016-04-07", "2016-W15", "2016-03", "2016-SU", "2025-W03-WE",
 * "2024-03-10TNI") as a reader would read it, or null for values that name no calendar period
 * ("PAST_REF"). A part of the day is left out: "on Sunday night (10 March 2024)" reads right.
 */
export function formatTimeValue(value: string, style: DateStyle = 'day-month-year'): string | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T[A-Z0-9:]+)?$/.exec(value);
  if (m) return formatDay({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, style);
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    const monday = isoWeekMonday(Number(m[1]), Number(m[2]));
    if (!m[3]) return `the week of ${formatDay(monday, style)}`;
    return `the weekend of ${formatRange(addDays(monday, 5), addDays(monday, 6), style)}`;
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return `${MONTHS[month - 1]} ${m[1]}`;
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return m[1]!;
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return `${SEASONS[m[2]!]} ${m[1]}`;
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return `the ${ORDINALS[Number(m[2]) - 1]} quarter of ${m[1]}`;
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return `the ${ORDINALS[Number(m[2]) - 1]} half of ${m[1]}`;
  return null;
}

/** A day in the house style (setting `dateStyle`): "7 April 2016" or "April 7, 2016". */
export function formatDay(d: Day, style: DateStyle = 'day-month-year'): string {
  const month = MONTHS[d.month - 1] ?? String(d.month);
  if (style === 'month-day-year') return `${month} ${d.day}, ${d.year}`;
  return `${d.day} ${month} ${d.year}`;
}

function formatRange(a: Day, b: Day, style: DateStyle): string {
  if (a.month !== b.month || a.year !== b.year) return `${formatDay(a, style)} – ${formatDay(b, style)}`;
  const month = MONTHS[a.month - 1]!;
  return style === 'month-day-year' ? `${month} ${a.day}–${b.day}, ${a.year}` : `${a.day}–${b.day} ${month} ${a.year}`;
}

/** The Monday of ISO week `week`: week 1 is the week that holds 4 January. */
function isoWeekMonday(year: number, week: number): Day {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = Date.UTC(year, 0, 4 - ((jan4.getUTCDay() + 6) % 7) + (week - 1) * 7);
  const d = new Date(monday);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function addDays(d: Day, n: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}
