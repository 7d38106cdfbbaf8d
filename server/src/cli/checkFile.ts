import { analyze } from '../engine/analyze';
import { formatIsoDate } from '../engine/document/publicationDate';
import { formatOfPath } from '../engine/format';
import { LineIndex, type Position } from '../engine/positions';
import type { EngineSettings } from '../engine/settings';
import { sizeLimitMessage } from '../engine/sizeLimit';
import { toJsonFile, type JsonFile } from './findingJson';
import { readDraft } from './readDraft';

/** One draft to check: its path as the user gave or found it, and its settings. */
export interface CheckJob {
  path: string;
  settings: EngineSettings;
}

export interface Range {
  start: Position;
  end: Position;
}

/**
 * What checking one draft gives: the JSON contract's file entry plus, for SARIF, the line
 * ranges of each finding's related mentions, and problems of its own (a bad ignore comment).
 * Plain data, so a worker thread can send it.
 */
export type FileReport = { ok: true; file: JsonFile; related: Range[][]; problems: string[]; notice?: string } | { ok: false; error: string };

/** Reads and analyses one draft. */
export function checkFile(job: CheckJob): FileReport {
  const read = readDraft(job.path);
  if (!read.ok) return { ok: false, error: read.error };
  const format = formatOfPath(job.path);
  const analysis = analyze(read.text, format, job.settings);
  const date = analysis.publicationDate ? formatIsoDate(analysis.publicationDate.date) : null;
  const lines = new LineIndex(read.text);
  const related = analysis.findings.map((f) => (f.related ?? []).map((r) => ({ start: lines.positionAt(r.span.start), end: lines.positionAt(r.span.end) })));
  // Ignore comments that name no rule: `path:line:col: error ...` lines for stderr.
  const problems = analysis.ignoreProblems.map((p) => {
    const at = lines.positionAt(p.span.start);
    return `${job.path}:${at.line + 1}:${at.character + 1}: error ${p.message}`;
  });
  const notice = analysis.sizeLimit ? `${job.path}: ${sizeLimitMessage(analysis.sizeLimit)}` : undefined;
  return { ok: true, file: toJsonFile(job.path, analysis, date), related, problems, ...(notice ? { notice } : {}) };
}
