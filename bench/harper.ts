import type { BenchDraft } from './drafts';
import { summarize, time, type Summary } from './stats';

export interface HarperResult {
  draft: string;
  setupMs: number;
  lint: Summary;
  lints: number;
}

// harper.js is an ES module; this file is compiled to CommonJS, so it is loaded with a real
// dynamic import that TypeScript must not rewrite into require().
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/**
 * harper.js, the WebAssembly build of the Harper grammar checker, on the same drafts. The
 * binary is read from node_modules (a file: URL), so it runs offline.
 */
export async function measureHarper(drafts: readonly BenchDraft[], runsFor: (d: BenchDraft) => number): Promise<HarperResult[]> {
  const { LocalLinter } = (await importModule('harper.js')) as typeof import('harper.js');
  const { binary } = (await importModule('harper.js/binary')) as typeof import('harper.js/binary');
  const linter = new LocalLinter({ binary });
  const t0 = performance.now();
  await linter.setup();
  const setupMs = Math.round(performance.now() - t0);
  const results: HarperResult[] = [];
  for (const draft of drafts) {
    const options = { language: draft.format === 'markdown' ? ('markdown' as const) : ('plaintext' as const) };
    const runs = runsFor(draft);
    const samples = await time(runs, runs > 2 ? 1 : 0, () => linter.lint(draft.text, options));
    const lints = (await linter.lint(draft.text, options)).length;
    results.push({ draft: draft.name, setupMs, lint: summarize(samples), lints });
  }
  return results;
}
