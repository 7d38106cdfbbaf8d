import type { PartOfDay, Season } from './meaning';

/**
 * The words time expressions are made of, as regex sources and lookups. Every source here is a
 * plain alternation of fixed words, so the patterns built from them stay linear.
 */

const cap = (w: string) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1)}`;
/** A word that may open a sentence: "Last year", "last year". */
export const word = (...ws: string[]) => `(?:${ws.map(cap).join('|')})`;

export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
export const WEEKDAY_INDEX: Record<string, number> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };

/** Full month names, then abbreviations ("Oct." or "Oct"); a name must not run on into a word. */
export const MONTH_FULL = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
export const MONTH_ANY = `(?:${MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![A-Za-z])`;

export function monthIndex(name: string): number {
  const key = name.slice(0, 3).toLowerCase();
  return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(key) + 1;
}

export const PART_OF_DAY = '(?:morning|afternoon|evening|night)';
export const PART_CODE: Record<string, PartOfDay> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };

export const SEASON = '(?:spring|summer|autumn|winter)';
export const SEASON_CODE: Record<string, Season> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

/** Prepositions a reader selects with the expression: "on Thursday", "since Monday". */
export const PREP = `(?:${word('on', 'in', 'since', 'until', 'till', 'by', 'from', 'during', 'through', 'throughout', 'over', 'before', 'after', 'as of')}(?:\\s+at\\s+least)?\\s+)`;

export const COUNT = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})';
const COUNT_VALUE: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
export const countValue = (w: string): number => COUNT_VALUE[w.toLowerCase()] ?? Number(w);

export const ORDINAL_QUARTER: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };
