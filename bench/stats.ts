/** Summary of repeated timings, in milliseconds. */
export interface Summary {
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/** Median and 95th percentile (nearest rank) of a series of samples. */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { runs: sorted.length, median: round(median), p95: round(rank(0.95)), min: round(sorted[0]!), max: round(sorted.at(-1)!) };
}

export const round = (x: number, digits = 2): number => Number(x.toFixed(digits));

/** Times `fn` `runs` times after `warmup` untimed calls. */
export async function time(runs: number, warmup: number, fn: () => unknown): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** A plain-text table for stdout. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** How a series of resident-memory samples, taken at even steps, moves. */
export interface Trend {
  /** Medians of the first and the last tenth of the samples. */
  firstTenth: number;
  lastTenth: number;
  /** Least-squares slope over all samples, per 100 steps. */
  slopePer100: number;
}

/**
 * Medians of the ends rather than single samples, because the collector's sawtooth makes any
 * one sample of resident memory noise; the slope shows a climb that a plateau in the middle
 * would hide from the ends alone. Resident memory also keeps pages a collection freed, so this
 * describes; `growth` judges.
 */
export function trend(samples: readonly number[]): Trend {
  if (samples.length < 10) throw new Error('a trend needs at least 10 samples');
  const tenth = Math.floor(samples.length / 10);
  const median = (xs: readonly number[]) => summarize(xs).median;
  const n = samples.length;
  const meanX = (n - 1) / 2;
  const meanY = samples.reduce((a, b) => a + b, 0) / n;
  let covariance = 0;
  let variance = 0;
  samples.forEach((y, x) => {
    covariance += (x - meanX) * (y - meanY);
    variance += (x - meanX) ** 2;
  });
  return { firstTenth: median(samples.slice(0, tenth)), lastTenth: median(samples.slice(-tenth)), slopePer100: round((covariance / variance) * 100) };
}

/** Whether the live heap grew over a run of edits. */
export interface Growth {
  /** Live heap after the first tenth of the edits and after the last edit, MB. */
  settledMb: number;
  lastMb: number;
  percent: number;
  /** More than `GROWTH_LIMIT` percent more held at the end. */
  grows: boolean;
}

/**
 * 2% of a 100k-word draft's heap is about 1.5 MB over 1,000 edits, 1.5 KB an edit: more than
 * a full collection's measurement noise (a few hundred KB), less than any leak of an edit's
 * text or analysis.
 */
const GROWTH_LIMIT = 2;

/**
 * A leak holds something per edit, so the live heap after a full collection climbs with the
 * edits; without one it stays level whatever resident memory does. `liveHeapMb` is sampled
 * after opening and after each tenth of the edits. The first tenth is where the heap settles
 * (on the 100k-word draft 0.5–0.8 MB more after the first tenth than after opening, then
 * level), so the end is compared with its close; a leak climbs through the other nine.
 */
export function growth(liveHeapMb: readonly number[]): Growth {
  if (liveHeapMb.length < 3) throw new Error('growth needs the live heap after opening, after the first tenth and at the end');
  const settledMb = liveHeapMb[1]!;
  const lastMb = liveHeapMb.at(-1)!;
  const percent = round(((lastMb - settledMb) / settledMb) * 100, 1);
  return { settledMb, lastMb, percent, grows: percent > GROWTH_LIMIT };
}
