import type { Analysis } from '../engine/analysis';
import { LineIndex, type Position } from '../engine/positions';
import type { Finding, Span } from '../engine/types';

/** One finding in the CLI's JSON contract (shared/guide/CASES.md). */
export interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  range: { start: Position; end: Position };
  offset: Span;
  text: string;
  data: Record<string, unknown>;
}

export interface JsonFile {
  path: string;
  publicationDate: string | null;
  findings: JsonFinding[];
}

/** Converts a finding to JSON; related mentions go into `data.related` with offsets and text. */
export function toJsonFinding(f: Finding, text: string, lines: LineIndex): JsonFinding {
  const data = { ...f.data };
  if (f.related?.length) {
    data['related'] = f.related.map((r) => ({ offset: r.span, text: text.slice(r.span.start, r.span.end), message: r.message }));
  }
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    range: { start: lines.positionAt(f.span.start), end: lines.positionAt(f.span.end) },
    offset: f.span,
    text: text.slice(f.span.start, f.span.end),
    data,
  };
}

export function toJsonFile(path: string, analysis: Analysis, publicationDate: string | null): JsonFile {
  const lines = new LineIndex(analysis.text);
  return { path, publicationDate, findings: analysis.findings.map((f) => toJsonFinding(f, analysis.text, lines)) };
}
