import { analyze } from '../server/src/engine/analyze';
import { DraftCache } from '../server/src/engine/draftCache';
import type { BenchDraft } from './drafts';
import { middleOf } from './keystrokes';
import { summarize, time, type Summary } from './stats';

export interface AnalysisResult {
  draft: string;
  words: number;
  chars: number;
  /** A full analysis with no cache, as the CLI runs it. */
  full: Summary;
  /** One keystroke's analysis with the document's cache warm, as the server runs it. */
  incremental: Summary;
  findings: number;
}

/** Times `analyze` in this process: from scratch, and after a one-character edit with the cache. */
export async function measureAnalysis(draft: BenchDraft, runs: number): Promise<AnalysisResult> {
  const full = await time(runs, 2, () => analyze(draft.text, draft.format));
  const { line, character } = middleOf(draft.text);
  const lines = draft.text.split('\n');
  const at = lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0) + character;
  const edited = `${draft.text.slice(0, at)}x${draft.text.slice(at)}`;
  const cache = new DraftCache();
  analyze(draft.text, draft.format, {}, cache);
  let flip = false;
  const incremental = await time(Math.max(runs, 30), 4, () => {
    flip = !flip;
    return analyze(flip ? edited : draft.text, draft.format, {}, cache);
  });
  const findings = analyze(draft.text, draft.format).findings.length;
  return { draft: draft.name, words: draft.words, chars: draft.text.length, full: summarize(full), incremental: summarize(incremental), findings };
}
