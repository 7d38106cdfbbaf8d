import { parseArgs } from 'node:util';
import { check, validateDate } from './check';
import { REPORT_USAGE, runReport } from './report';

const USAGE = `usage: factdesk check [--format text|json] [--date YYYY-MM-DD] FILES...
       ${REPORT_USAGE.replace('usage: ', '')}

Checks news drafts (Markdown or plain text) for unattributed figures, inconsistent figures,
relative dates and undated claims. Exit status: 0 nothing at warning or above, 1 findings,
2 usage or read error.`;

/** Runs the CLI; returns the exit code. Never throws for bad input. */
export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command === 'report') {
    const out = runReport(rest);
    process.stdout.write(out.stdout);
    for (const line of out.stderr) process.stderr.write(`${line}\n`);
    return out.exitCode;
  }
  if (command !== 'check') return usage(command ? `unknown command "${command}"` : 'no command given');
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, date: { type: 'string' } },
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const { format, date } = parsed.values;
  if (format !== 'text' && format !== 'json') return usage(`--format expects text or json, got "${format}"`);
  if (date !== undefined) {
    const problem = validateDate(date);
    if (problem) return usage(problem);
  }
  if (parsed.positionals.length === 0) return usage('no files given');
  const out = check({ format, files: parsed.positionals, ...(date ? { date } : {}) });
  process.stdout.write(out.stdout);
  for (const line of out.stderr) process.stderr.write(`${line}\n`);
  return out.exitCode;
}

function usage(problem: string): number {
  process.stderr.write(`factdesk: ${problem}\n${USAGE}\n`);
  return 2;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    // A bug of ours, not bad input: say so in one line rather than a stack trace.
    process.stderr.write(`factdesk: internal error: ${(e as Error).message}\n`);
    process.exitCode = 2;
  }
}
