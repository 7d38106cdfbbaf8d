import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { parseIsoDate } from '../engine/document/publicationDate';
import { check, type CheckOptions } from './check';
import { init } from './init';
import { REPORT_USAGE, runReport } from './report';
import { defaultThreads, runAsWorker } from './pool';

const USAGE = `usage: factdesk check [options] FILES|FOLDERS|GLOBS...
       factdesk init [FOLDER]
       ${REPORT_USAGE.replace('usage: ', '')}

check   Checks news drafts (Markdown or plain text) for unattributed figures, inconsistent
        figures, relative dates and undated claims. A folder stands for the .md and .txt
        drafts under it; each draft uses the nearest .factdesk.json above it.
  --format text|json|sarif         output (default text); sarif is SARIF 2.1.0 for code scanning
  --date YYYY-MM-DD                publication date for drafts that state none
  --fail-on error|warning|information
                                   the least severity that fails the run (default warning)
  --max-warnings N                 fail when there are more than N warnings
  --jobs N                         worker threads for many drafts (default: one per core)
init    Writes a commented starter .factdesk.json in FOLDER (default: here).
report  Writes the sourcing report of one draft: its figures, their sources and status, and
        its relative dates (default markdown).

Exit status: 0 nothing at the --fail-on severity or above, 1 findings that fail the run,
2 usage error, unreadable file or invalid .factdesk.json (the other drafts are still checked).`;

/** Runs the CLI; resolves to the exit code. Never throws for bad input. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command === 'init') {
    if (rest.length > 1) return usage('init takes at most one folder');
    const result = init(rest[0] ?? '.');
    (result.exitCode === 0 ? process.stdout : process.stderr).write(`${result.message}\n`);
    return result.exitCode;
  }
  if (command === 'report') {
    const out = runReport(rest);
    process.stdout.write(out.stdout);
    for (const line of out.stderr) process.stderr.write(`${line}\n`);
    return out.exitCode;
  }
  if (command !== 'check') return usage(command ? `unknown command "${command}"` : 'no command given');
  const options = parseCheckOptions(rest);
  if (typeof options === 'string') return usage(options);
  const out = await check(options, (line) => process.stderr.write(`${line}\n`));
  process.stdout.write(out.stdout);
  return out.exitCode;
}

/** The options of `check`, or the one-line reason they are wrong. */
function parseCheckOptions(args: string[]): CheckOptions | string {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        date: { type: 'string' },
        'fail-on': { type: 'string', default: 'warning' },
        'max-warnings': { type: 'string' },
        jobs: { type: 'string' },
      },
    });
  } catch (e) {
    return (e as Error).message;
  }
  const { format, date, 'fail-on': failOn, 'max-warnings': maxWarnings, jobs } = parsed.values;
  if (format !== 'text' && format !== 'json' && format !== 'sarif') return `--format expects text, json or sarif, got "${format}"`;
  if (date !== undefined && !parseIsoDate(date)) return `--date expects a date as YYYY-MM-DD, got "${date}"`;
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'information') return `--fail-on expects error, warning or information, got "${failOn}"`;
  if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings)) return `--max-warnings expects a whole number, got "${maxWarnings}"`;
  if (jobs !== undefined && !/^[1-9]\d?$/.test(jobs)) return `--jobs expects a number from 1 to 99, got "${jobs}"`;
  if (parsed.positionals.length === 0) return 'no files given';
  return {
    format,
    failOn,
    threads: jobs ? Number(jobs) : defaultThreads(),
    paths: parsed.positionals,
    version: version(),
    ...(date ? { date } : {}),
    ...(maxWarnings !== undefined ? { maxWarnings: Number(maxWarnings) } : {}),
  };
}

/** The package version, for SARIF's tool; the bundle sits in dist/, beside package.json's folder. */
function version(): string {
  try {
    return (JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

function usage(problem: string): number {
  process.stderr.write(`factdesk: ${problem}\n${USAGE}\n`);
  return 2;
}

if (require.main === module && !runAsWorker()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // A bug of ours, not bad input: say so in one line rather than a stack trace.
      process.stderr.write(`factdesk: internal error: ${(e as Error).message}\n`);
      process.exitCode = 2;
    },
  );
}
