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

/** Whether a series of memory samples, taken at even steps, trends upward. */
export interface Trend {
  /** Medians of the first and the last tenth of the samples. */
  firstTenth: number;
  lastTenth: number;
  /** Least-squares slope over all samples, per 100 steps. */
  slopePer100: number;
  /** The last tenth's median more than 5% above the first's, with a rising slope. */
  grows: boolean;
}

/**
 * Medians of the ends rather than single samples, because the collector's sawtooth makes any
 * one sample of resident memory noise; the slope shows a steady leak that a plateau in the
 * middle would hide from the ends alone.
 */
export function trend(samples: readonly number[]): Trend {
  if (samples.length < 10) throw new Error('a trend needs at least 10 samples');
  const tenth = Math.floor(samples.length / 10);
  const median = (xs: readonly number[]) => summarize(xs).median;
  const firstTenth = median(samples.slice(0, tenth));
  const lastTenth = median(samples.slice(-tenth));
  const n = samples.length;
  const meanX = (n - 1) / 2;
  const meanY = samples.reduce((a, b) => a + b, 0) / n;
  let covariance = 0;
  let variance = 0;
  samples.forEach((y, x) => {
    covariance += (x - meanX) * (y - meanY);
    variance += (x - meanX) ** 2;
  });
  const slopePer100 = round((covariance / variance) * 100);
  return { firstTenth, lastTenth, slopePer100, grows: lastTenth > firstTenth * 1.05 && slopePer100 > 0 };
}
