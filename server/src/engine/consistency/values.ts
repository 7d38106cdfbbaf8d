import { remembered } from '../collections';
import type { Figure } from '../language/figures';

/**
 * What a figure claims about its value, read from the figure detector's interval and qualifier:
 * a point ("312,000"), an approximation ("about 1,200", "nearly 350"), a bound ("more than 300",
 * "up to 80"), a range ("between 800 and 1,000") or a vague magnitude ("thousands").
 */
export type ClaimKind = 'point' | 'approx' | 'lower' | 'upper' | 'range' | 'vague';

export interface Claim {
  kind: ClaimKind;
  value: number;
  /** The interval the claim allows, widened by the rounding its written digits imply. */
  low: number;
  high: number;
}

/** How two claims about one quantity relate. */
export type Relation = 'same' | 'compatible' | 'conflict' | 'scale-slip';

/** Units by dimension and their factor to a base unit, so that "12 km" and "7.5 miles" compare. */
const UNIT_FACTORS: ReadonlyMap<string, readonly [string, number]> = new Map([
  ['kilometre', ['length', 1000]], ['metre', ['length', 1]], ['centimetre', ['length', 0.01]], ['millimetre', ['length', 0.001]],
  ['mile', ['length', 1609.344]], ['nautical mile', ['length', 1852]], ['foot', ['length', 0.3048]], ['inch', ['length', 0.0254]],
  ['kilogram', ['mass', 1]], ['gram', ['mass', 0.001]], ['tonne', ['mass', 1000]], ['pound (weight)', ['mass', 0.45359237]],
  ['litre', ['volume', 1]], ['gallon', ['volume', 3.785411784]],
  ['hectare', ['area', 10_000]], ['acre', ['area', 4046.8564224]], ['square kilometre', ['area', 1e6]], ['square mile', ['area', 2_589_988.110336]],
  ['km/h', ['speed', 1 / 3.6]], ['mph', ['speed', 0.44704]],
  ['percent', ['ratio', 0.01]], ['share', ['ratio', 1]],
] as [string, readonly [string, number]][]);

/** Imperial gallons, nautical miles (aviation and shipping): a second factor a conversion may have used. */
const ALTERNATIVE_FACTORS: ReadonlyMap<string, number> = new Map([['gallon', 4.54609], ['mile', 1852]]);

/** The dimension of a unit and its factors to the base unit (one per accepted definition). */
export function unitScale(unit: string | undefined): { dimension: string; factors: number[] } {
  if (!unit) return { dimension: 'count', factors: [1] };
  if (unit === '°C' || unit === '°F') return { dimension: 'temperature', factors: [1] };
  const known = UNIT_FACTORS.get(unit);
  if (!known) return { dimension: unit, factors: [1] };
  const alt = ALTERNATIVE_FACTORS.get(unit);
  return { dimension: known[0], factors: alt ? [known[1], alt] : [known[1]] };
}

/** Converts a value between two units of one dimension (the first definition of each). */
export function convert(value: number, from: string | undefined, to: string | undefined): number | null {
  if (from === to) return value;
  if (from === '°C' && to === '°F') return (value * 9) / 5 + 32;
  if (from === '°F' && to === '°C') return ((value - 32) * 5) / 9;
  const a = unitScale(from);
  const b = unitScale(to);
  return a.dimension === b.dimension ? (value * a.factors[0]!) / b.factors[0]! : null;
}

/**
 * The unit of the last digit written: 1 for "312,000" and "340", 0.01 for "344.65", 100,000 for
 * "1.2 million". A whole number ending in two or more zeros ("1,200", "3,500") is taken as
 * rounded to its last non-zero digit, the way copy rounds counts; one zero ("340", "40") is not.
 */
export function precisionOf(figure: Figure, text: string, implicitRounding = true): number {
  const written = text.slice(figure.number.start, figure.number.end);
  const digits = /\d[\d,]*(?:\.(\d+))?/.exec(written);
  if (!digits) return 1;
  const scale = figure.scale ? figure.value / Number(digits[0].replace(/,/g, '')) : 1;
  if (digits[1]) return 10 ** -digits[1].length * scale;
  const zeros = trailingZeros(digits[0].replace(/,/g, ''));
  return (implicitRounding && zeros >= 2 && !figure.scale ? 10 ** zeros : 1) * scale;
}

/**
 * Half the rounding a figure's written form implies, for sums of parts: nothing for a whole
 * count written exactly ("23", "340"), half the last digit for rounded ones ("1.2 million", "51.3%").
 */
export function roundingSlack(figure: Figure, text: string): number {
  const p = precisionOf(figure, text);
  return p === 1 && Number.isInteger(figure.value) && !figure.unit ? 0 : p / 2;
}

/**
 * Reads a figure's claim; `text` is the draft, for the digits as written. Arithmetic the draft
 * states itself ("That is 18,000 new members") reads whole numbers as exact: `implicitRounding`
 * off.
 */
export function claimOf(figure: Figure, text: string, implicitRounding = true): Claim {
  const half = precisionOf(figure, text, implicitRounding) / 2;
  const ratio = figure.unit === 'share' ? 100 : 1;
  const scaled = (v: number): number => v * ratio;
  let kind: ClaimKind = 'point';
  if (figure.vague) kind = 'vague';
  else if (figure.low === figure.value && figure.high === Infinity) kind = 'lower';
  else if (figure.low === 0 && figure.high === figure.value) kind = 'upper';
  else if (figure.low !== figure.high && figure.qualifier === undefined) kind = 'range';
  else if (figure.qualifier !== undefined && figure.low !== figure.high) kind = 'approx';
  const low = kind === 'point' || kind === 'lower' ? figure.low - half : figure.low;
  const high = kind === 'point' || kind === 'upper' ? figure.high + half : figure.high;
  return { kind, value: scaled(figure.value), low: scaled(low), high: scaled(high) };
}

/** The unit a claim is compared in: shares ("half") are compared as percentages. */
export function comparableUnit(figure: Figure): string | undefined {
  return figure.unit === 'share' ? 'percent' : figure.unit;
}

/**
 * How claim `b` (in `b`'s unit) relates to claim `a`. Disjoint intervals conflict; a conflict
 * whose values differ by a power of ten with the same digits is a scale slip ("1.2 million"
 * against "12 million"). Overlapping claims are the same figure rounded or bounded, except two
 * that the rule calls compatible but different: a range and a point inside it, and two bounds of
 * the same direction with different numbers ("more than 300" against "at least 250").
 */
export function relate(a: Claim, b: Claim): Relation {
  if (a.high < b.low || b.high < a.low) return isScaleSlip(a.value, b.value) && a.kind !== 'vague' && b.kind !== 'vague' ? 'scale-slip' : 'conflict';
  if ((a.kind === 'range' && b.kind !== 'range' && b.kind !== 'vague') || (b.kind === 'range' && a.kind !== 'range' && a.kind !== 'vague')) return 'compatible';
  if (a.kind === b.kind && (a.kind === 'lower' || a.kind === 'upper') && a.value !== b.value) return 'compatible';
  return 'same';
}

/** Two values whose ratio is 10, 100 or 1,000 exactly: one digit string, two scales. */
export function isScaleSlip(x: number, y: number): boolean {
  if (x <= 0 || y <= 0) return false;
  const r = Math.log10(Math.max(x, y) / Math.min(x, y));
  return r > 0.5 && Math.abs(r - Math.round(r)) < 1e-9 && Math.round(r) <= 3;
}

/** The significant digits of a value: 128,400 → "1284", 1.2 million → "12". */
export function significantDigits(v: number): string {
  // Asked for every pair of figures in a draft: remembered, and forgotten past a bound.
  return remembered(DIGITS, v, 10_000, digitsOf);
}

function digitsOf(v: number): string {
  const digits = String(Number(v.toPrecision(12))).replace('.', '').replace(/^0+/, '');
  return digits.slice(0, digits.length - trailingZeros(digits));
}

const DIGITS = new Map<number, string>();

/** "128,400" and "182,400", "42" and "24": the same digits in another order (a transposition). */
export function isTransposition(x: number, y: number): boolean {
  const a = significantDigits(x);
  const b = significantDigits(y);
  if (a === b || a.length < 2 || a.length !== b.length || Math.abs(Math.log10(x / y)) >= 1) return false;
  return [...a].sort().join('') === [...b].sort().join('');
}

/** How a value reads in a message: "1,200", "2.5", "about 0.3". */
export function formatNumber(v: number): string {
  return Number(v.toPrecision(4)).toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

/** How many zeros end `digits` (a hand scan: `/0*$/` is quadratic on a long run of zeros). */
function trailingZeros(digits: string): number {
  let n = 0;
  while (n < digits.length && digits[digits.length - 1 - n] === '0') n++;
  return n;
}
