import type { Analysis } from '../analysis';
import { formatIsoDate } from '../document/publicationDate';
import { humanize } from '../time/humanize';
import { sourceOf } from '../notes/claims';
import { LineIndex } from '../positions';
import type { Finding, Span } from '../types';

/** What an editor checks a figure for; a figure can fail several checks at once. */
export type ClaimStatus = 'sourced' | 'unsourced' | 'inconsistent' | 'undated';

export interface ReportClaim {
  text: string;
  span: Span;
  /** 1-based, as editors number lines. */
  line: number;
  /** `sourced` alone, or every check it fails: `unsourced`, `inconsistent`, `undated`. */
  status: ClaimStatus[];
  /** The source as the draft names it, or null. */
  source: string | null;
}

export interface ReportSource {
  name: string;
  /** Indices into `claims` of the figures it supports. */
  claims: number[];
}

export interface ReportDate {
  text: string;
  span: Span;
  line: number;
  /** TimeML value, or null for vague expressions and drafts with no publication date. */
  resolved: string | null;
  /** The value as a reader writes it ("7 April 2016"). */
  readable: string | null;
}

export interface ReportCounts {
  figures: number;
  attributed: number;
  sources: number;
  unattributed: number;
  undated: number;
  relativeDates: number;
  resolved: number;
  inconsistencies: number;
}

/** The sourcing report of one draft: plain data that the Markdown, JSON and HTML views share. */
export interface SourcingReport {
  name: string;
  publicationDate: string | null;
  summary: string;
  counts: ReportCounts;
  claims: ReportClaim[];
  sources: ReportSource[];
  dates: ReportDate[];
  /** Things the desk should know about the sourcing as a whole. */
  warnings: string[];
}

/**
 * Builds the sourcing report from an analysis: every figure with its status and source, the
 * sources with the figures each supports, the relative dates with what they resolve to.
 */
export function buildReport(analysis: Analysis, name: string): SourcingReport {
  const lines = new LineIndex(analysis.text);
  const lineOf = (offset: number): number => lines.positionAt(offset).line + 1;
  const byRule = (rule: Finding['rule']): Finding[] => analysis.findings.filter((f) => f.rule === rule);
  const unattributed = byRule('unattributed-figure');
  const inconsistent = byRule('inconsistent-figure');
  const undated = byRule('undated-claim');
  const inconsistentSpans = inconsistent.flatMap((f) => [f.span, ...(f.related ?? []).map((r) => r.span)]);

  const claims: ReportClaim[] = analysis.figures.map((figure) => {
    const status: ClaimStatus[] = [];
    if (overlapsAny(figure, unattributed.map((f) => f.span))) status.push('unsourced');
    if (overlapsAny(figure, inconsistentSpans)) status.push('inconsistent');
    if (overlapsAny(figure, undated.map((f) => f.span))) status.push('undated');
    if (!status.includes('unsourced')) status.unshift('sourced');
    const source = status.includes('unsourced') ? null : (sourceOf(analysis, figure)?.source ?? null);
    return { text: figure.text, span: { start: figure.start, end: figure.end }, line: lineOf(figure.start), status, source };
  });

  const sources = groupBySource(claims);
  const dates: ReportDate[] = byRule('relative-date').map((f) => {
    const resolved = typeof f.data['resolved'] === 'string' ? (f.data['resolved'] as string) : null;
    return { text: analysis.text.slice(f.span.start, f.span.end), span: f.span, line: lineOf(f.span.start), resolved, readable: resolved ? humanize(resolved) : null };
  });

  const attributed = claims.filter((c) => !c.status.includes('unsourced')).length;
  const counts: ReportCounts = {
    figures: claims.length,
    attributed,
    sources: sources.length,
    unattributed: claims.length - attributed,
    undated: undated.length,
    relativeDates: dates.length,
    resolved: dates.filter((d) => d.resolved).length,
    inconsistencies: inconsistent.length,
  };
  const publicationDate = analysis.publicationDate ? formatIsoDate(analysis.publicationDate.date) : null;
  return { name, publicationDate, summary: summarise(counts), counts, claims, sources, dates, warnings: warnings(claims, sources, publicationDate) };
}

/** "14 figures, 11 attributed to 5 sources, 3 unattributed; 11 relative dates, 9 resolved; 1 inconsistency" */
function summarise(c: ReportCounts): string {
  const figures = `${plural(c.figures, 'figure')}, ${c.attributed} attributed to ${plural(c.sources, 'source')}, ${c.unattributed} unattributed`;
  const undated = c.undated ? `, ${c.undated} undated` : '';
  const dates = `${plural(c.relativeDates, 'relative date')}, ${c.resolved} resolved`;
  return `${figures}${undated}; ${dates}; ${plural(c.inconsistencies, 'inconsistency', 'inconsistencies')}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function groupBySource(claims: readonly ReportClaim[]): ReportSource[] {
  const byKey = new Map<string, ReportSource>();
  claims.forEach((claim, i) => {
    if (!claim.source) return;
    const key = claim.source.toLowerCase();
    const entry = byKey.get(key) ?? { name: claim.source, claims: [] };
    entry.claims.push(i);
    byKey.set(key, entry);
  });
  return [...byKey.values()].sort((a, b) => b.claims.length - a.claims.length || a.name.localeCompare(b.name));
}

/** A single source behind most figures is a story that rests on one voice. */
function warnings(claims: readonly ReportClaim[], sources: readonly ReportSource[], publicationDate: string | null): string[] {
  const out: string[] = [];
  const top = sources[0];
  if (top && top.claims.length >= 2 && top.claims.length * 2 > claims.length) {
    out.push(`Most figures rest on one source: ${top.name} supports ${top.claims.length} of ${claims.length}.`);
  }
  if (!publicationDate) out.push('The draft has no publication date: relative dates cannot be resolved.');
  return out;
}

function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start < span.end && span.start < s.end);
}
