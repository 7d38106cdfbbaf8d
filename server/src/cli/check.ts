import { analyze } from '../engine/analyze';
import { formatOfPath } from '../engine/format';
import { formatIsoDate, parseIsoDate } from '../engine/document/publicationDate';
import { LineIndex } from '../engine/positions';
import type { EngineSettings } from '../engine/settings';
import { toJsonFile, type JsonFile } from './findingJson';
import { readDraft } from './readDraft';

export interface CheckOptions {
  format: 'text' | 'json';
  date?: string;
  files: string[];
}

export interface CheckOutput {
  stdout: string;
  stderr: string[];
  exitCode: 0 | 1 | 2;
}

const LOUD = new Set(['error', 'warning']);

/**
 * `factdesk check`: analyses each file and formats the findings. Exit 0 when nothing at
 * warning or above was found, 1 when something was, 2 when a file could not be read (the
 * other files are still checked).
 */
export function check(options: CheckOptions): CheckOutput {
  const settings: EngineSettings = options.date ? { publicationDate: options.date } : {};
  const stderr: string[] = [];
  const files: JsonFile[] = [];
  const textLines: string[] = [];
  let loud = false;
  for (const path of options.files) {
    const read = readDraft(path);
    if (!read.ok) {
      stderr.push(`factdesk: ${read.error}`);
      continue;
    }
    const analysis = analyze(read.text, formatOfPath(path), settings);
    const date = analysis.publicationDate ? formatIsoDate(analysis.publicationDate.date) : null;
    const file = toJsonFile(path, analysis, date);
    files.push(file);
    loud ||= file.findings.some((f) => LOUD.has(f.severity));
    if (options.format === 'text') {
      const lines = new LineIndex(read.text);
      for (const f of analysis.findings) {
        const p = lines.positionAt(f.span.start);
        textLines.push(`${path}:${p.line + 1}:${p.character + 1}: ${f.severity} ${f.rule} ${f.message}`);
      }
    }
  }
  const stdout = options.format === 'json' ? `${JSON.stringify({ version: 1, files }, null, 1)}\n` : textLines.map((l) => `${l}\n`).join('');
  const exitCode = stderr.length > 0 ? 2 : loud ? 1 : 0;
  return { stdout, stderr, exitCode };
}

/** Checks a `--date` value; returns an error message or null. */
export function validateDate(value: string): string | null {
  return parseIsoDate(value) ? null : `--date expects a date as YYYY-MM-DD, got "${value}"`;
}
