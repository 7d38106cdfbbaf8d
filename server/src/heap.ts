import { setFlagsFromString } from 'node:v8';

/**
 * How the language server's process is started: by the extension (`client/src/extension.ts`),
 * the tests' LSP client and the bench alike, so the bench measures what users run. Other
 * editors can pass the same (README, "Performance"). Nothing here caps memory: a draft that
 * needs more still gets it.
 *
 * - `--max-semi-space-size=4`: young objects get 4 MB semi-spaces instead of V8's 16 MB.
 *   Resident memory is what the 200 MB target with a 100k-word draft open cannot spare: 2 and
 *   4 MB peaked at 176-178 MB over 1,000 keystrokes, 5 and 6 MB at 190-191, 8 MB at 193-197.
 *   Against 2 MB, 4 MB halves the young collections of short drafts (a keystroke on the seed
 *   makes about 140 KB of short-lived objects: one collection every 14 keystrokes, now every
 *   25), and a keystroke with one is most of the slowest twentieth: the p95 of a settled
 *   keystroke on the seed fell by 15-20% (1.06-1.47 ms to 0.90-1.19, in turns on the same
 *   minutes). 6 MB took it to 0.6 ms, at 13 MB more at 100k words.
 * - `--v8-pool-size=1`: one thread, not Node's four, for V8's background work (optimising
 *   compiles, concurrent marking). On a two-core machine four of them could take both cores
 *   at once, from the editor too: the next keystroke then waited for a core, which was most
 *   of the slowest keystrokes on short drafts (p95 on the seed 3.5–4.5 ms; 1.7–2.5 with one).
 * - `MALLOC_ARENA_MAX=2`: glibc gives each thread that allocates (V8's compiler and collector
 *   threads) its own arena and keeps their freed memory; two arenas kept a 100k-word draft
 *   about 8 MB lower. Other C libraries ignore it.
 */
export const SERVER_PROCESS: { execArgv: string[]; env: Record<string, string> } = {
  execArgv: ['--max-semi-space-size=4', '--v8-pool-size=1'],
  env: { MALLOC_ARENA_MAX: '2' },
};

/** Open drafts longer than this in all (about 35,000 words) have their heap held down. */
const LONG_DRAFTS = 200_000;
let applied = 0;

/**
 * V8 lets the heap grow to up to four times what survived the last full collection before it
 * collects again: with a 100k-word draft open that was 450 MB resident while typing, mostly
 * garbage. Growing by 30% instead keeps it under 200 MB (50% peaked at 206 MB over 1,000
 * keystrokes), at the price of more collections: about a fifth more time per keystroke. A
 * short draft never comes near that memory, so it keeps V8's own growth (0 below) and the
 * faster keystrokes; the server calls this with the length of its open drafts as they open,
 * change and close. V8 reads the flag at every collection, so setting it while the process
 * runs takes effect; a V8 that no longer knows it writes a line to stderr and goes on.
 */
export function fitHeapGrowth(openChars: number): void {
  const percent = heapGrowthPercent(openChars);
  if (percent === applied) return;
  applied = percent;
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}

/** The heap growth for drafts of this length open: 30%, or V8's own (0) for short ones. */
export function heapGrowthPercent(openChars: number): number {
  return openChars >= LONG_DRAFTS ? 30 : 0;
}
