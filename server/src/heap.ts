import { setFlagsFromString } from 'node:v8';

/**
 * How the language server's process is started: by the extension (`client/src/extension.ts`),
 * the tests' LSP client and the bench alike, so the bench measures what users run. Other
 * editors can pass the same (README, "Performance"). Nothing here caps memory: a draft that
 * needs more still gets it.
 *
 * - `--max-semi-space-size=2`: young objects get 2 MB semi-spaces instead of V8's 16 MB. An
 *   analysis makes tens of MB of short-lived objects per keystroke on a long draft; a large
 *   young generation is resident memory that buys nothing once `limitHeapGrowth` holds the
 *   heap down.
 * - `MALLOC_ARENA_MAX=2`: glibc gives each thread that allocates (V8's compiler and collector
 *   threads) its own arena and keeps their freed memory; two arenas kept a 100k-word draft
 *   about 8 MB lower. Other C libraries ignore it.
 */
export const SERVER_PROCESS: { execArgv: string[]; env: Record<string, string> } = {
  execArgv: ['--max-semi-space-size=2'],
  env: { MALLOC_ARENA_MAX: '2' },
};

/**
 * V8 lets the heap grow to up to four times what survived the last full collection before it
 * collects again: with a 100k-word draft open that was 450 MB resident while typing, mostly
 * garbage. Growing by half instead keeps it near 200 MB (and a 10k-word draft at 150 MB instead
 * of 300 MB) for more frequent, concurrent collections. V8 reads this flag at every collection,
 * so setting it once the process runs takes effect; a V8 that no longer knows it writes a line
 * to stderr and goes on.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=50');
}
