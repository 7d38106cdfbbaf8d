import { quote } from './describe';
import type { Inconsistency } from './inconsistency';
import type { Mention } from './mentions';
import { claimOf, convert, formatNumber, precisionOf, unitScale } from './values';

/** "12 km (4.5 miles)", "41C (106F)", "5 miles, or 8 km": a figure restated in another unit. */
export const RESTATED = /^\s*(?:\(\s*|(?:,\s*)?or\s+)$/i;
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
    if (a.sentence !== b.sentence || !a.figure.unit || !b.figure.unit || a.figure.unit === b.figure.unit) continue;
    if (!RESTATED.test(text.slice(a.figure.end, b.figure.start))) continue;
    const dimension = unitScale(a.figure.unit).dimension;
    if (!CONVERTIBLE.has(dimension) || unitScale(b.figure.unit).dimension !== dimension) continue;
    const expected = expectedValues(a.figure.value, a.figure.unit, b.figure.unit);
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
      message: `${quote(text, a.figure)} is about ${formatNumber(expected[0]!)} in ${b.figure.unit}s, not ${quote(text, b.figure)}.`,
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
