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
  // Warm-up until the JIT has settled: a few runs on long drafts, 30 on short ones, whose
  // first runs would otherwise be most of what is timed (about 1.5 ms more on the seed).
  const warmup = draft.words > 50_000 ? 2 : draft.words > 5_000 ? 5 : 30;
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
