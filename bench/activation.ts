import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { launchChromium } from '../e2e/browser.mjs';
import { startCodeServer } from '../e2e/code-server.mjs';
import { runInHost } from '../e2e/in-host.mjs';
import { activationTimes, EXTENSION_ID, PROBE_REPORT, type ActivationTimes, type ProbeReport } from './activation/probeReport';
import { summarize, type Summary } from './stats';

export interface ActivationResult {
  /** code-server's version and the VS Code version it is built on. */
  host: string;
  runs: number;
  /** From opening sample-wire.txt to its first Factdesk diagnostics, in the extension host. */
  coldOpen: Summary;
  /** In how many runs VS Code had activated the extension before the draft was opened. */
  activeBeforeOpen: number;
  diagnostics: number;
  /** VS Code's own activation times, or why they could not be read. */
  activation: { event: string; codeLoading: Summary; activateCall: Summary; activateResolved: Summary; activate: Summary } | { unmeasured: string };
}

/**
 * code-server's entry point if it and Chromium are installed (e2e/setup.sh --check installs
 * nothing), else why the activation part is skipped and how to install them.
 */
export function findCodeServer(root: string): { entry: string } | { skipped: string } {
  const setup = spawnSync('bash', [join(root, 'e2e', 'setup.sh'), '--check'], { encoding: 'utf8' });
  if (setup.status === 0) return { entry: setup.stdout.trim() };
  return { skipped: `${setup.stderr.trim() || 'e2e/setup.sh --check failed'}; install with \`bash e2e/setup.sh\` (or run \`npm run test:e2e\`)` };
}

/**
 * Starts code-server `runs` times with the packaged .vsix, each time a fresh server, user data
 * and window, and in each runs bench/activation/probe.ts in the extension host: it opens
 * test-fixtures/sample-wire.txt, times it to Factdesk's first diagnostics and reads the
 * activation times VS Code recorded.
 */
export async function measureActivation(root: string, entry: string, vsix: string, scratch: string, runs: number): Promise<ActivationResult> {

  rmSync(scratch, { recursive: true, force: true });
  const probe = join(scratch, 'probe.js');
  buildSync({ entryPoints: [join(root, 'bench', 'activation', 'probe.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: probe, external: ['vscode'], logLevel: 'warning' });

  const reports: ProbeReport[] = [];
  const browser = await launchChromium();
  try {
    for (let i = 1; i <= runs; i++) {
      const run = join(scratch, `run-${i}`);
      const workspace = join(run, 'workspace');
      mkdirSync(workspace, { recursive: true });
      cpSync(join(root, 'test-fixtures', 'sample-wire.txt'), join(workspace, 'sample-wire.txt'));
      const server = await startCodeServer({ entry, vsix, extensionId: EXTENSION_ID, scratch: join(run, 'code-server') });
      const logFile = join(run, 'in-host.log');
      try {
        const code = await runInHost(browser, { url: server.url, extensionPath: server.extensionPath, testsPath: probe, workspace, logFile });
        if (code !== 0 || !existsSync(join(run, PROBE_REPORT))) throw new Error(`the activation probe failed in run ${i} (exit ${code}); the workbench's log is in ${logFile}`);
      } finally {
        await server.stop();
      }
      reports.push(JSON.parse(readFileSync(join(run, PROBE_REPORT), 'utf8')) as ProbeReport);
    }
  } finally {
    await browser.close();
  }
  return summarizeReports(hostVersion(entry), reports);
}

/** code-server's version and VS Code's, from their package.json files beside `entry` (out/node/entry.js). */
function hostVersion(entry: string): string {
  const version = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  const codeServer = join(entry, '..', '..', '..');
  return `code-server ${version(join(codeServer, 'package.json'))} (VS Code ${version(join(codeServer, 'lib', 'vscode', 'package.json'))})`;
}

function summarizeReports(host: string, reports: ProbeReport[]): ActivationResult {
  const times = reports.map((r) => activationTimes(r.perfView, EXTENSION_ID));
  const read = times.filter((t): t is ActivationTimes => t !== undefined);
  const of = (f: (t: ActivationTimes) => number) => summarize(read.map(f));
  return {
    host,
    runs: reports.length,
    coldOpen: summarize(reports.map((r) => r.coldOpenMs)),
    activeBeforeOpen: reports.filter((r) => r.activeBeforeOpen).length,
    diagnostics: reports.at(-1)!.diagnostics,
    activation:
      read.length === reports.length
        ? { event: read[0]!.event, codeLoading: of((t) => t.codeLoading), activateCall: of((t) => t.activateCall), activateResolved: of((t) => t.activateResolved), activate: of((t) => t.activateCall + t.activateResolved) }
        : { unmeasured: `VS Code's Startup Performance view did not list ${EXTENSION_ID} in its Extension Activation Stats in ${reports.length - read.length} of ${reports.length} runs` },
  };
}
