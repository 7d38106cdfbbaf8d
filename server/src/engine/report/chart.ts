import type { ClaimStatus, SourcingReport } from './model';

/** The chart's colours, one per status, readable on light and dark backgrounds. */
const STATUS_COLOURS: Record<ClaimStatus, string> = { sourced: '#2e7d32', undated: '#b26a00', inconsistent: '#c62828', unsourced: '#757575' };
/** A claim is drawn once, in the colour of the check it fails that matters most. */
const PRECEDENCE: ClaimStatus[] = ['inconsistent', 'unsourced', 'undated', 'sourced'];
const ROW = 22;
const LABEL_WIDTH = 190;
const BAR_WIDTH = 300;
const LABEL_CHARS = 28;
const LEGEND_STEP = 90;

/**
 * A bar per source (and one for figures with none), split by status: where the story's
 * figures come from at a glance. Plain SVG attributes only, so a strict CSP allows it.
 */
export function claimsChart(report: SourcingReport, escape: (s: string) => string): string {
  const rows: { label: string; counts: Record<ClaimStatus, number> }[] = report.sources.map((s) => ({ label: s.name, counts: tally(s.claims.map((i) => report.claims[i]!.status)) }));
  const unsourced = report.claims.filter((c) => !c.source).map((c) => c.status);
  if (unsourced.length) rows.push({ label: 'No source', counts: tally(unsourced) });
  if (!rows.length) return '';
  const max = Math.max(...rows.map((r) => PRECEDENCE.reduce((n, s) => n + r.counts[s], 0)));
  const unit = BAR_WIDTH / max;
  const height = rows.length * ROW + ROW;
  const width = Math.max(LABEL_WIDTH + BAR_WIDTH + 40, LABEL_WIDTH + LEGEND_STEP * PRECEDENCE.length);
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Claims per source and status" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="12" font-family="sans-serif">`];
  rows.forEach((row, i) => {
    const y = i * ROW;
    const label = row.label.length > LABEL_CHARS ? `${row.label.slice(0, LABEL_CHARS - 1)}…` : row.label;
    parts.push(`<text x="${LABEL_WIDTH - 6}" y="${y + 15}" text-anchor="end" fill="currentColor">${escape(label)}</text>`);
    let x = LABEL_WIDTH;
    let total = 0;
    for (const status of [...PRECEDENCE].reverse()) {
      const n = row.counts[status];
      if (!n) continue;
      parts.push(`<rect x="${x}" y="${y + 4}" width="${n * unit}" height="${ROW - 8}" fill="${STATUS_COLOURS[status]}"><title>${status}: ${n}</title></rect>`);
      x += n * unit;
      total += n;
    }
    parts.push(`<text x="${x + 4}" y="${y + 15}" fill="currentColor">${total}</text>`);
  });
  let x = LABEL_WIDTH;
  for (const status of [...PRECEDENCE].reverse()) {
    const y = rows.length * ROW + 4;
    parts.push(`<rect x="${x}" y="${y}" width="10" height="10" fill="${STATUS_COLOURS[status]}"/><text x="${x + 14}" y="${y + 9}" fill="currentColor">${status}</text>`);
    x += LEGEND_STEP;
  }
  parts.push('</svg>');
  return parts.join('');
}

function tally(statuses: ClaimStatus[][]): Record<ClaimStatus, number> {
  const counts: Record<ClaimStatus, number> = { sourced: 0, unsourced: 0, inconsistent: 0, undated: 0 };
  for (const s of statuses) counts[PRECEDENCE.find((p) => s.includes(p))!]++;
  return counts;
}
