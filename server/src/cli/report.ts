import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../engine/analyze';
import { formatOfPath } from '../engine/format';
import { buildReport, reportHtml, reportMarkdown } from '../engine/report';
import { ConfigFiles } from '../config/discover';
import { parseIsoDate } from '../engine/document/publicationDate';
import { readDraft } from './readDraft';

export const REPORT_USAGE = 'usage: factdesk report [--format markdown|json|html] [--date YYYY-MM-DD] FILE';

const FORMATS = ['markdown', 'json', 'html'] as const;

export interface ReportOutput {
  stdout: string;
  stderr: string[];
  /** 0 written, 2 a usage or read error. A report is not a check: findings do not fail it. */
  exitCode: 0 | 2;
}

/** `factdesk report FILE`: the sourcing report of one draft on stdout, with the draft's settings. */
export function runReport(args: string[]): ReportOutput {
  const fail = (message: string): ReportOutput => ({ stdout: '', stderr: [`factdesk: ${message}`, REPORT_USAGE], exitCode: 2 });
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'markdown' }, date: { type: 'string' } } });
  } catch (e) {
    return fail((e as Error).message);
  }
  const { format, date } = parsed.values;
  if (!FORMATS.includes(format as (typeof FORMATS)[number])) return fail(`--format expects markdown, json or html, got "${format}"`);
  if (date !== undefined && !parseIsoDate(date)) return fail(`--date expects a date as YYYY-MM-DD, got "${date}"`);
  if (parsed.positionals.length !== 1) return fail(parsed.positionals.length ? 'report takes one file' : 'no file given');
  const file = parsed.positionals[0]!;
  const read = readDraft(file);
  if (!read.ok) return { stdout: '', stderr: [`factdesk: ${read.error}`], exitCode: 2 };
  // The same settings `check` uses: the nearest .factdesk.json, then --date.
  const settings = new ConfigFiles().settingsFor(file).engine;
  const report = buildReport(analyze(read.text, formatOfPath(file), date ? { ...settings, publicationDate: date } : settings), path.basename(file));
  const stdout =
    format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'html' ? reportHtml(report, { nonce: randomBytes(16).toString('base64') }) : reportMarkdown(report);
  return { stdout, stderr: [], exitCode: 0 };
}
