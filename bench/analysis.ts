import { analyze } from '../server/src/engine/analyze';
import { DraftCache } from '../server/src/engine/draftCache';
import type { BenchDraft } from './drafts';
import { middleOf } from './keystrokes';
import { round, summarize, time, type Summary } from './stats';

export interface AnalysisResult {
  draft: string;
  words: number;
  chars: number;
  /** A full analysis with no cache, as the CLI runs it. */
  full: Summary;
  /** One keystroke's analysis with the document's cache warm, as the server runs it. */
  incremental: Summary;
  /** Mean CPU time per run of each: other load on the machine moves it much less than wall time. */
  fullCpuMean: number;
  incrementalCpuMean: number;
  findings: number;
}

/** Mean CPU ms of this process per call of `fn` while `measure` runs it `runs` times. */
async function withCpu<T>(runs: number, measure: () => Promise<T>): Promise<[T, number]> {
  const before = process.cpuUsage();
  const result = await measure();
  const used = process.cpuUsage(before);
  return [result, round((used.user + used.system) / 1000 / runs)];
}

/** Times `analyze` in this process: from scratch, and after a one-character edit with the cache. */
export async function measureAnalysis(draft: BenchDraft, runs: number): Promise<AnalysisResult> {
  // Warm-up until the JIT has settled, as it has in a server that analyses the draft at every
  // keystroke: a few runs on long drafts; 300 on short ones. The seed's median per hundred
  // runs falls from 4.6 ms (runs 1-100) to 3.9, 3.8, then 3.6 from run 300 on, where it stays;
  // timed after 30 runs it read 4.2. harper.js, compiled WebAssembly, is flat from its first run.
  const warmup = draft.words > 50_000 ? 2 : draft.words > 5_000 ? 5 : 300;
  const [full, fullCpuMean] = await withCpu(runs + warmup, () => time(runs, warmup, () => analyze(draft.text, draft.format)));
  const { line, character } = middleOf(draft.text);
  const lines = draft.text.split('\n');
  const at = lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0) + character;
  const edited = `${draft.text.slice(0, at)}x${draft.text.slice(at)}`;
  const cache = new DraftCache();
  analyze(draft.text, draft.format, {}, cache);
  let flip = false;
  const editRuns = Math.max(runs, 30);
  const [incremental, incrementalCpuMean] = await withCpu(editRuns + 4, () =>
    time(editRuns, 4, () => {
      flip = !flip;
      return analyze(flip ? edited : draft.text, draft.format, {}, cache);
    }),
  );
  const findings = analyze(draft.text, draft.format).findings.length;
  return { draft: draft.name, words: draft.words, chars: draft.text.length, full: summarize(full), incremental: summarize(incremental), fullCpuMean, incrementalCpuMean, findings };
}
