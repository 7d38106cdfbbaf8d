import { quote } from './describe';
import type { Inconsistency } from './inconsistency';
import type { Figure } from '../language/figures';
import { CURRENCY_PREFIXES } from '../language/figures/lexicon';
import type { Mention } from './mentions';
import { claimOf, convert, formatNumber, precisionOf, unitScale } from './values';

/** "12 km (4.5 miles)", "41C (106F)", "5 miles, or 8 km": a figure restated in another unit. */
export const RESTATED = /^\s*(?:\(\s*|(?:,\s*)?or\s+)$/i;
/**
 * Whether `b` restates `a` in another unit: "12 km (7.5 miles)", "$40bn (£20.1bn)", "5 miles,
 * or 8 km". One claim written twice: whoever checks the first checks the second with it.
 */
export function restates(a: Figure, b: Figure, text: string): boolean {
  if (a.sentence !== b.sentence || !a.unit || !b.unit || a.unit === b.unit) return false;
  if (!RESTATED.test(text.slice(a.end, b.start))) return false;
  return unitScale(a.unit).dimension === unitScale(b.unit).dimension || (MONEY.has(a.unit) && MONEY.has(b.unit));
}

const MONEY: ReadonlySet<string> = new Set(CURRENCY_PREFIXES.values());

/** Conversions in copy are rounded: this much off is still the same figure. */
const RELATIVE_TOLERANCE = 0.06;
/** Dimensions where a conversion is a matter of arithmetic, not of exchange rates. */
const CONVERTIBLE = new Set(['length', 'mass', 'volume', 'area', 'speed', 'temperature']);

/**
 * A unit conversion that is wrong: a figure followed by the same quantity in another unit, in
 * brackets or after "or", that does not match it ("12 km (4.5 miles)" is 7.5 miles).
 */
export function findWrongConversions(mentions: readonly Mention[], text: string): Inconsistency[] {
  const out: Inconsistency[] = [];
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    if (!restates(a.figure, b.figure, text)) continue;
    // `restates` read both units: they are there, and of one dimension.
    const [from, to] = [a.figure.unit!, b.figure.unit!];
    const dimension = unitScale(from).dimension;
    if (!CONVERTIBLE.has(dimension)) continue;
    const expected = expectedValues(a.figure.value, from, to);
    const claim = claimOf(b.figure, text);
    const width = (claimOf(a.figure, text).high - claimOf(a.figure, text).low) / 2;
    const ok = expected.some((e) => {
      const tolerance = Math.max(precisionOf(b.figure, text) / 2, Math.abs(e) * RELATIVE_TOLERANCE, dimension === 'temperature' ? 1 : 0) + (Number.isFinite(width) ? width : 0);
      return claim.high + tolerance >= e && claim.low - tolerance <= e;
    });
    if (ok) continue;
    out.push({
      kind: 'conversion',
      severity: 'warning',
      span: { start: b.figure.start, end: b.figure.end },
      message: `${quote(text, a.figure)} is about ${formatNumber(expected[0]!)} in ${to}s, not ${quote(text, b.figure)}.`,
      related: [{ span: { start: a.figure.start, end: a.figure.end }, message: `The figure converted: ${quote(text, a.figure)}` }],
    });
  }
  return out;
}

/** The value in the other unit under each accepted definition (US and imperial gallons). */
function expectedValues(value: number, from: string, to: string): number[] {
  const direct = convert(value, from, to);
  if (direct === null) return [];
  const a = unitScale(from).factors;
  const b = unitScale(to).factors;
  if (a.length === 1 && b.length === 1) return [direct];
  return a.flatMap((fa) => b.map((fb) => (value * fa) / fb));
}
