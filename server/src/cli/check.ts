import * as path from 'node:path';
import { ConfigFiles } from '../config/discover';
import { formatOfPath } from '../engine/format';
import { LineIndex } from '../engine/positions';
import type { Severity } from '../engine/types';
import type { CheckJob, FileReport } from './checkFile';
import { expandArguments } from './expand';
import { checkAll, threadsFor } from './pool';
import { Progress } from './progress';
import { toSarif } from './sarif';

export interface CheckOptions {
  format: 'text' | 'json' | 'sarif';
  /** Publication date for drafts with none; wins over `.factdesk.json`. */
  date?: string;
  /** Findings at or above this severity make the run fail (exit 1). */
  failOn: 'error' | 'warning' | 'information';
  /** More warnings than this make the run fail, whatever `failOn` says. */
  maxWarnings?: number;
  threads: number;
  /** Files, folders and globs. */
  paths: string[];
  version: string;
}

export interface CheckOutput {
  stdout: string;
  exitCode: 0 | 1 | 2;
}

const RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };

/**
 * `factdesk check`: finds the drafts, gives each the settings of its nearest `.factdesk.json`,
 * analyses them (on every core when there are many) and formats the findings. Problems that
 * are not findings (a path naming nothing, an unreadable file, an invalid `.factdesk.json`, an
 * ignore comment naming no rule) go
 * to stderr one line each, the rest is still checked, and the exit status is 2.
 */
export async function check(options: CheckOptions, print: (line: string) => void): Promise<CheckOutput> {
  // Every problem line goes to stderr, and into SARIF's invocation so code scanning shows it too.
  const problems: string[] = [];
  const stderr = (line: string): void => {
    problems.push(line);
    print(line);
  };
  const expanded = expandArguments(options.paths);
  let failed = expanded.errors.length > 0;
  for (const e of expanded.errors) stderr(`factdesk: ${e}`);

  const configs = new ConfigFiles();
  const reported = new Set<string>();
  const jobs: CheckJob[] = [];
  for (const file of expanded.files) {
    const config = configs.forDraft(file);
    if (config && config.problems.length && !reported.has(config.path)) {
      reported.add(config.path);
      failed = true;
      for (const line of configProblemLines(config.path, config.text, config.problems)) stderr(line);
    }
    const settings = configs.settingsFor(file);
    // A folder or glob stands for the drafts in the languages checked; a file named is checked.
    if (!options.paths.includes(file) && !settings.languages.includes(formatOfPath(file))) continue;
    jobs.push({ path: file, settings: options.date ? { ...settings.engine, publicationDate: options.date } : settings.engine });
  }

  const progress = new Progress(jobs.length, threadsFor(jobs.length, options.threads));
  const reports = await checkAll(jobs, options.threads, (done) => progress.update(done));
  progress.finish();
  for (const r of reports) {
    const own = r.ok ? r.problems : [`factdesk: ${r.error}`];
    failed ||= own.length > 0;
    for (const p of own) stderr(p);
    // Past the size limit: said once, not a failure (the start of the draft was checked).
    if (r.ok && r.notice) stderr(`factdesk: ${r.notice}`);
  }
  const findings = reports.flatMap((r) => (r.ok ? r.file.findings : []));
  const status = exitStatus(findings, options, failed);
  if (status.tooManyWarnings) stderr(`factdesk: ${status.warnings} warnings, more than --max-warnings ${options.maxWarnings}`);
  return { stdout: format(options, reports, problems, status.exitCode), exitCode: status.exitCode };
}

/**
 * 2 when something could not be checked; else 1 when a finding is at or above `failOn` or
 * the warnings outnumber `maxWarnings`; else 0.
 */
export function exitStatus(
  findings: readonly { severity: string }[],
  options: Pick<CheckOptions, 'failOn' | 'maxWarnings'>,
  failed: boolean,
): { exitCode: 0 | 1 | 2; warnings: number; tooManyWarnings: boolean } {
  const loud = findings.some((f) => RANK[f.severity as Severity] >= RANK[options.failOn]);
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  return { exitCode: failed ? 2 : loud || tooManyWarnings ? 1 : 0, warnings, tooManyWarnings };
}

function format(options: CheckOptions, reports: FileReport[], problems: string[], exitCode: number): string {
  const files = reports.flatMap((r) => (r.ok ? [r.file] : []));
  switch (options.format) {
    case 'json':
      return `${JSON.stringify({ version: 1, files }, null, 1)}\n`;
    case 'sarif':
      return `${JSON.stringify(toSarif(reports, options.version, { problems, successful: exitCode !== 2 }), null, 2)}\n`;
    case 'text':
      return files.flatMap((file) => file.findings.map((f) => `${file.path}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.rule} ${f.message}\n`)).join('');
  }
}

/** `path:line:col: message` for each problem of a `.factdesk.json`, as compilers print errors. */
export function configProblemLines(file: string, text: string, problems: readonly { message: string; start: number }[]): string[] {
  const lines = new LineIndex(text);
  const shown = path.relative(process.cwd(), file) || file;
  return problems.map((p) => {
    const at = lines.positionAt(p.start);
    return `${shown}:${at.line + 1}:${at.character + 1}: error ${p.message}`;
  });
}
