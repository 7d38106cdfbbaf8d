import type { TimeExpression } from '../time/timeExpression';
import { quote } from './describe';
import type { Inconsistency } from './inconsistency';

const NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A weekday that contradicts its date ("Friday 27 February 2025" is a Thursday), in the body and
 * in datelines alike. The time layer records, for an absolute date that states its weekday, the
 * weekday as written and the date; the calendar says which is right.
 */
export function findWeekdayMismatches(times: readonly TimeExpression[], text: string): Inconsistency[] {
  const out: Inconsistency[] = [];
  for (const t of times) {
    if (!t.weekday || !t.date) continue;
    const actual = isoWeekday(t.date.year, t.date.month, t.date.day);
    if (actual === t.weekday) continue;
    const date = `${t.date.day} ${MONTHS[t.date.month - 1]} ${t.date.year}`;
    out.push({
      kind: 'weekday',
      severity: 'warning',
      span: { start: t.start, end: t.end },
      message: `${quote(text, t)}: ${date} is a ${NAMES[actual - 1]}, not a ${NAMES[t.weekday - 1]}. Check the weekday and the date.`,
      related: [],
    });
  }
  return out;
}

/** The ISO weekday (1 = Monday ... 7 = Sunday) of a calendar date. */
function isoWeekday(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  return ((d.getUTCDay() + 6) % 7) + 1;
}
