import { quote } from './describe';
import type { Inconsistency } from './inconsistency';
import { gridOf, type Mention } from './mentions';
import { claimOf, formatNumber, roundingSlack } from './values';

/** Fewer items than this are not a breakdown of a whole. */
const MIN_ITEMS = 3;
/**
 * Shares of one whole add up to about 100. Percentages in a list that add up to far more are
 * probably not shares of one whole (rates, changes), so only a modest excess is flagged.
 */
const MAX_PLAUSIBLE_SUM = 115;

/**
 * Shares of a whole that add up to more than 100 per cent: the percentages of a bullet list or
 * of a table column, one per item ("Halvard: 51.3%", "Reyes: 31.8%", ...), allowing for the
 * rounding of each.
 */
export function findSharesOver100(mentions: readonly Mention[], text: string): Inconsistency[] {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = gridOf(m);
    if (key) groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const out: Inconsistency[] = [];
  for (const group of groups.values()) {
    const shares = group.filter((m) => m.figure.unit === 'percent');
    if (shares.length < MIN_ITEMS || shares.length !== group.length || new Set(shares.map((m) => m.block)).size !== shares.length) continue;
    if (shares.some((m) => claimOf(m.figure, text).kind !== 'point' || m.figure.value < 0)) continue;
    const sum = shares.reduce((s, m) => s + m.figure.value, 0);
    const slack = shares.reduce((s, m) => s + roundingSlack(m.figure, text), 0);
    if (sum - slack <= 100 || sum > MAX_PLAUSIBLE_SUM) continue;
    const last = shares.at(-1)!;
    out.push({
      kind: 'shares-over-100',
      severity: 'warning',
      span: { start: last.block.start + last.block.text.search(/\S/), end: last.figure.end },
      message: `These shares add up to ${formatNumber(sum)} percent, more than the whole: ${shares.map((m) => quote(text, m.figure)).join(' + ')}.`,
      related: shares.slice(0, -1).map((m) => ({ span: { start: m.figure.start, end: m.figure.end }, message: `Share: ${quote(text, m.figure)}` })),
    });
  }
  return out;
}
