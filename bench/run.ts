import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { measureAnalysis, type AnalysisResult } from './analysis';
import { measureCli, type CliResult } from './cli';
import { benchDrafts, type BenchDraft } from './drafts';
import { measureHarper, type HarperResult } from './harper';
import { measureKeystrokes, measureMemory, measureSideBySide, type KeystrokeResult, type MemoryResult } from './keystrokes';
import { measureStartup } from './startup';
import { withShippedBuild } from './shipped';
import { findCodeServer, measureActivation, type ActivationResult } from './activation';
import { round, table, type Summary } from './stats';

// npm run bench [-- --quick] [-- --edits=N] [-- --only=analysis,harper,keystrokes,memory,startup,activation,cli]
// Builds drafts from ../shared, measures, prints tables and writes bench/results/*.json.
const ROOT = resolve(__dirname, '..');
const RESULTS = join(ROOT, 'bench', 'results');
const SERVER = join(ROOT, 'dist', 'server.js');
const CLI = join(ROOT, 'dist', 'cli.js');
const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const wanted = (part: string) => !only || only.includes(part);
/** Keystrokes typed into the largest draft while its memory is watched (the target says 1,000). */
const memoryEdits = Number(process.argv.find((a) => a.startsWith('--edits='))?.slice(8) ?? (quick ? 200 : 1000));

/** Repetitions per draft size: many on small drafts, few where one run takes seconds. */
const runs = (d: BenchDraft, small: number, large: number) => Math.max(1, Math.round((quick ? 0.25 : 1) * (d.words > 50_000 ? large : d.words > 5_000 ? (small + large) / 2 : small)));

async function main(): Promise<void> {
  // The memory measures sample every tenth of the edits.
  if (wanted('memory') && !(memoryEdits >= 10)) throw new Error(`--edits must be a number of at least 10, not ${memoryEdits}`);
  mkdirSync(RESULTS, { recursive: true });
  const floor = join(RESULTS, 'floorServer.js');
  buildSync({ entryPoints: [join(ROOT, 'bench', 'floorServer.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: floor, logLevel: 'warning' });
  const drafts = benchDrafts();
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: round(totalmem() / 2 ** 30, 1), node: process.version, platform: `${process.platform} ${process.arch}` };
  const report: Record<string, unknown> = { date: new Date().toISOString(), machine, drafts: drafts.map((d) => ({ name: d.name, words: d.words, chars: d.text.length })) };
  console.log(`Factdesk bench on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}${quick ? ' (quick)' : ''}\n`);

  let analysis: AnalysisResult[] = [];
  if (wanted('analysis')) {
    for (const d of drafts) analysis.push(await measureAnalysis(d, runs(d, 100, 5)));
    report['analysis'] = analysis;
    print('Analysis in process (ms)', ['draft', 'words', 'full median', 'full p95', 'full CPU', 'edit median', 'edit p95', 'edit CPU', 'findings'], analysis.map((a) => [a.draft, a.words, a.full.median, a.full.p95, a.fullCpuMean, a.incremental.median, a.incremental.p95, a.incrementalCpuMean, a.findings]));
  }

  let harper: HarperResult[] = [];
  if (wanted('harper')) {
    harper = await measureHarper(drafts, (d) => runs(d, 20, 1));
    report['harper'] = harper;
    print(`harper.js ${harperVersion()} (ms; WebAssembly set-up ${harper[0]?.setupMs} ms, once)`, ['draft', 'median', 'p95', 'lints', 'Factdesk full / Harper'], harper.map((h) => {
      const ours = analysis.find((a) => a.draft === h.draft);
      return [h.draft, h.lint.median, h.lint.p95, h.lints, ours ? round(ours.full.median / h.lint.median, 3) : '-'];
    }));
  }

  if (wanted('keystrokes')) {
    const keystrokes: KeystrokeResult[] = [];
    for (const d of drafts) {
      // Three rounds of floor then Factdesk (`measureSideBySide`); 600 keystrokes a side on the
      // short drafts, whose sub-millisecond p95 is then the 30th slowest, 450 at 10k words, 300 at
      // 100k: a p95 of 60, as before, rested on three samples. Each session then types on until
      // V8 has compiled what a keystroke runs (3,000 keystrokes on a short draft, a few seconds;
      // a long draft's keystroke runs each function so often that a hundred do) and measures
      // as many again.
      keystrokes.push(...(await measureSideBySide(floor, SERVER, d, runs(d, 200, 100), 3, runs(d, 3000, 100), { FACTDESK_DEBOUNCE_MS: '0' })));
    }
    // What a user feels with the server's default debounce, on one size.
    const mid = drafts.find((d) => d.name === 'meantime-10k')!;
    keystrokes.push(await measureKeystrokes(SERVER, 'factdesk + debounce', mid, quick ? 10 : 30));
    report['keystrokes'] = keystrokes;
    const header = ['draft', 'server', 'median', 'p95', 'p95 / floor p95', 'CPU ms/key', 'settled after', 'median', 'p95', 'p95 / floor p95', 'CPU ms/key', 'open', 'diagnostics'];
    print('Keystroke → publishDiagnostics over LSP stdio (ms): right after opening, and settled', header, keystrokes.map((k) => {
      const base = keystrokes.find((f) => f.server === 'floor' && f.draft === k.draft)!;
      const ratio = (ours: number, floor: number | undefined) => (k.server === 'floor' || floor === undefined ? '' : round(ours / floor, 2));
      const settled = k.settled ? [k.settled.after, k.settled.keystroke.median, k.settled.keystroke.p95, ratio(k.settled.keystroke.p95, base.settled?.keystroke.p95), k.settled.cpuPerKeystroke] : ['-', '', '', '', ''];
      return [k.draft, k.server, k.keystroke.median, k.keystroke.p95, ratio(k.keystroke.p95, base.keystroke.p95), k.cpuPerKeystroke, ...settled, k.open, k.diagnostics];
    }));
  }

  if (wanted('memory')) {
    const big = drafts.at(-1)!;
    const memory: MemoryResult = await measureMemory(SERVER, big, memoryEdits, { FACTDESK_DEBOUNCE_MS: '0' });
    report['memory'] = memory;
    const { rssTrend: t, growth: g } = memory;
    const every = Math.max(1, Math.floor(memory.edits / 10));
    print(`Server memory with ${big.name} open over ${memory.edits} edits (MB)`, ['measure', `after open, then every ${every} edits`, 'peak', 'first-tenth median', 'last-tenth median', 'slope per 100 edits', 'grows'], [
      ['RSS', memory.rssMb.join(' '), memory.peakMb, t.firstTenth, t.lastTenth, t.slopePer100, ''],
      ['live heap after a full collection', memory.liveHeapMb.join(' '), '', '', '', '', `${g.grows ? 'yes' : 'no'} (${g.percent > 0 ? '+' : ''}${g.percent}%)`],
    ]);
  }

  if (wanted('startup') || wanted('activation')) {
    const bundles = ['dist/server.js', 'dist/cli.js', 'dist/extension.js'];
    const startupRuns = quick ? 3 : 10;
    const development = wanted('startup') ? await measureStartup(SERVER, bundles.map((f) => join(ROOT, f)), startupRuns) : undefined;
    const codeServer = wanted('activation') ? findCodeServer(ROOT) : undefined;
    if (codeServer && 'skipped' in codeServer) {
      report['activation'] = codeServer;
      console.log(`Extension activation in VS Code: skipped. ${codeServer.skipped}\n`);
    }
    if (development || (codeServer && 'entry' in codeServer)) {
      await withShippedBuild(ROOT, async (vsix) => {
        if (development) {
          const production = await measureStartup(SERVER, bundles.map((f) => join(ROOT, f)), startupRuns);
          const vsixBytes = statSync(vsix).size;
          report['startup'] = { development, production, vsixBytes };
          const size = (b: { bytes: number; gzipBytes: number }) => `${kb(b.bytes)} (${kb(b.gzipBytes)})`;
          print('Start-up (ms) and bundles (KB, gzip in brackets)', ['measure', 'development build', 'production build (shipped)'], [
            ['spawn → initialize answered, median', development.spawnToInitialize.median, production.spawnToInitialize.median],
            ['spawn → initialize answered, p95', development.spawnToInitialize.p95, production.spawnToInitialize.p95],
            ['initialize request alone, median', development.initialize.median, production.initialize.median],
            ...bundles.map((file, i) => [file, size(development.bundles[i]!), size(production.bundles[i]!)]),
            ['factdesk.vsix', '', kb(vsixBytes)],
          ]);
        }
        if (codeServer && 'entry' in codeServer) {
          try {
            const activation = await measureActivation(ROOT, codeServer.entry, vsix, join(RESULTS, 'activation'), quick ? 3 : 5);
            report['activation'] = activation;
            printActivation(activation);
          } catch (error) {
            // The other parts still run and report; the bench exits 1 at the end.
            report['activation'] = { failed: String(error) };
            console.error(`Extension activation in VS Code: failed. ${String(error)}\n`);
            process.exitCode = 1;
          }
        }
      });
    }
  }

  if (wanted('cli')) {
    const cli: CliResult = measureCli(CLI, quick ? 1 : 3);
    report['cli'] = cli;
    print('CLI: factdesk check --format json, MEANTIME + cases + seed in one run', ['files', 'median s', 'files/s', 'CPU s / wall s'], [[cli.files, cli.seconds.median, cli.filesPerSecond, cli.coresUsed]]);
  }

  const file = join(RESULTS, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const json = `${JSON.stringify(report, null, 1)}\n`;
  writeFileSync(file, json);
  writeFileSync(join(RESULTS, 'latest.json'), json);
  console.log(`\nwrote ${file}`);
}

function print(title: string, header: string[], rows: (string | number)[][]): void {
  console.log(`${title}\n${table(header, rows)}\n`);
}

function printActivation(a: ActivationResult): void {
  const row = (what: string, s: Summary) => [what, s.median, s.p95, s.min, s.max];
  const times = 'unmeasured' in a.activation
    ? [['activate() as VS Code timed it', `not measured: ${a.activation.unmeasured}`, '', '', '']]
    : [
        row('activate(): loading its code', a.activation.codeLoading),
        row('activate(): the call (synchronous part)', a.activation.activateCall),
        row('activate(): until it returned (the server starts on its own)', a.activation.activateResolved),
        row(`activate() in all (${a.activation.event})`, a.activation.activate),
      ];
  print(`Extension activation in VS Code: ${a.host}, ${a.runs} fresh windows (ms)`, ['measure', 'median', 'p95', 'min', 'max'], [
    ...times,
    row(`cold open: sample-wire.txt opened → first diagnostics (${a.diagnostics})`, a.coldOpen),
  ]);
  console.log(`Factdesk was already active when the draft was opened in ${a.activeBeforeOpen} of ${a.runs} windows (VS Code activates onLanguage:plaintext at window start-up).\n`);
}

const kb = (bytes: number) => Math.round(bytes / 1024);

function harperVersion(): string {
  // The package's exports map does not list package.json: read it from disk.
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'harper.js', 'package.json'), 'utf8')) as { version: string }).version;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
