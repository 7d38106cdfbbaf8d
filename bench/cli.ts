import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { meantimePaths, SHARED } from './drafts';
import { round, summarize, type Summary } from './stats';

export interface CliResult {
  files: number;
  seconds: Summary;
  filesPerSecond: number;
  /** CPU seconds of the CLI and its children over wall seconds: above 1 means more than one core. */
  coresUsed: number;
}

/** Children's CPU time so far, in seconds (Linux /proc: cutime + cstime of this process). */
function childCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** `factdesk check --format json` on every MEANTIME draft, the cases and the seed, in one run. */
export function measureCli(cli: string, runs: number): CliResult {
  const cases = join(SHARED, 'cases');
  const seed = join(SHARED, 'corpus', 'seed');
  const list = (dir: string) => readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md').map((f) => join(dir, f));
  const files = [...meantimePaths(), ...list(cases), ...list(seed)];
  const walls: number[] = [];
  let cpu = 0;
  for (let i = 0; i < runs; i++) {
    const cpu0 = childCpuSeconds();
    const t0 = performance.now();
    const run = spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
    walls.push((performance.now() - t0) / 1000);
    cpu += childCpuSeconds() - cpu0;
    if (run.status !== 0 && run.status !== 1) throw new Error(`factdesk check failed (${run.status}): ${run.stderr}`);
    const checked = (JSON.parse(run.stdout) as { files: unknown[] }).files.length;
    if (checked !== files.length) throw new Error(`factdesk check reported ${checked} of ${files.length} files`);
  }
  const seconds = summarize(walls);
  return { files: files.length, seconds, filesPerSecond: round(files.length / seconds.median, 1), coresUsed: round(cpu / walls.reduce((a, b) => a + b, 0)) };
}
