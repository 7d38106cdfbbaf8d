import { setFlagsFromString } from 'node:v8';

/**
 * Node options the language server's process is started with: by the extension
 * (`client/src/extension.ts`), the tests' LSP client and the bench, so the bench measures what
 * users run. Other editors can pass them too (README, "Performance").
 *
 * Young objects get 2 MB semi-spaces instead of V8's 16 MB: an analysis makes tens of MB of
 * short-lived objects per keystroke on a long draft, and a large young generation is resident
 * memory that buys nothing once the heap is held down by `limitHeapGrowth` below. It limits
 * nothing else: the old generation still grows as far as a draft needs.
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=2'];

/**
 * V8 lets the heap grow to up to four times what survived the last full collection before it
 * collects again: with a 100k-word draft open that was 450 MB resident while typing, mostly
 * garbage. Growing by half instead keeps it near 200 MB (and a 10k-word draft at 150 MB instead
 * of 300 MB) for more frequent, concurrent collections; nothing is capped, so a draft that
 * needs more memory still gets it. V8 reads this flag at every collection, so setting it once
 * the process runs takes effect; a V8 that no longer knows it writes a line to stderr and goes on.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=50');
}
