import { quote } from './describe';
import type { Inconsistency } from './inconsistency';
import { gridOf, type Mention } from './mentions';
import { coordination, NOT_PARTS } from './partsTotal';
import { claimOf, formatNumber, roundingSlack } from './values';

/** Fewer items than this are not a breakdown of a whole. */
const MIN_ITEMS = 3;
/**
 * Shares of one whole add up to about 100. Percentages in a list that add up to far more are
 * probably not shares of one whole (rates, changes), so only a modest excess is flagged.
 */
const MAX_PLAUSIBLE_SUM = 115;

/**
 * Shares of a whole that add up to more than 100 per cent: the percentages of a bullet list, of
 * a table column or of an enumeration in one sentence, one per item ("Halvard: 51.3%", "Reyes: 31.8%", ...), allowing for the
 * rounding of each.
 */
export function findSharesOver100(mentions: readonly Mention[], text: string): Inconsistency[] {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = gridOf(m);
    if (key) groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  for (const run of sentenceShares(mentions, text)) groups.set(`sentence:${run[0]!.figure.start}`, run);
  const out: Inconsistency[] = [];
  for (const group of groups.values()) {
    const shares = group.filter((m) => m.figure.unit === 'percent');
    const oneEach = new Set(shares.map((m) => m.block)).size === shares.length || shares.every((m) => m.sentence === shares[0]!.sentence);
    if (shares.length < MIN_ITEMS || shares.length !== group.length || !oneEach) continue;
    if (shares.some((m) => claimOf(m.figure, text).kind !== 'point' || m.figure.value < 0)) continue;
    const sum = shares.reduce((s, m) => s + m.figure.value, 0);
    const slack = shares.reduce((s, m) => s + roundingSlack(m.figure, text), 0);
    if (sum - slack <= 100 || sum > MAX_PLAUSIBLE_SUM) continue;
    const last = shares.at(-1)!;
    out.push({
      kind: 'shares-over-100',
      severity: 'warning',
      span: gridOf(last) ? { start: last.block.start + last.block.text.search(/\S/), end: last.figure.end } : { start: last.figure.start, end: last.figure.end },
      message: `These shares add up to ${formatNumber(sum)} percent, more than the whole: ${shares.map((m) => quote(text, m.figure)).join(' + ')}.`,
      related: shares.slice(0, -1).map((m) => ({ span: { start: m.figure.start, end: m.figure.end }, message: `Share: ${quote(text, m.figure)}` })),
    });
  }
  return out;
}

/**
 * "Labour won 45 percent, the Conservatives 38 percent and the Liberals 22 percent": three or
 * more percentages enumerated in one sentence, none of them a change ("rose 3 percent").
 */
function sentenceShares(mentions: readonly Mention[], text: string): Mention[][] {
  const runs: Mention[][] = [];
  let run: Mention[] = [];
  for (const m of mentions) {
    const last = run.at(-1);
    const between = last ? text.slice(last.figure.end, m.figure.start) : '';
    const linked = last && last.sentence === m.sentence && coordination(between) && !NOT_PARTS.test(between) && between.trim().split(/\s+/).length <= 6;
    if (!linked) {
      if (run.length >= MIN_ITEMS) runs.push(run);
      run = [];
    }
    if (m.figure.unit === 'percent' && !gridOf(m) && !m.events.some((e) => e === 'rose' || e === 'fell')) run.push(m);
    else {
      if (run.length >= MIN_ITEMS) runs.push(run);
      run = [];
    }
  }
  if (run.length >= MIN_ITEMS) runs.push(run);
  return runs;
}
