import { commonEnds } from '../commonEnds';
import type { Block } from './block';
import { assembleBlocks, markdownChunks, type MarkdownChunk } from './markdown';

/** How many times a window that did not close cleanly is widened before parsing it all. */
const WIDENINGS = 4;

/**
 * Parses a Markdown draft again after an edit by re-reading only the top-level nodes around
 * the edit, and gives exactly the blocks a full parse would.
 *
 * micromark takes about half a second on a 400 KB draft, too long for every keystroke. The
 * draft is kept as chunks, one per top-level node (`markdown.ts`). After an edit, the chunks
 * it touched are parsed again together with untouched chunks on each side (the *context*).
 * CommonMark decides where a top-level node starts from the lines before it and the line
 * itself, so a window that starts at an untouched chunk starts as a full parse would there.
 * Its end is trusted only if the context after the edit comes out of the window parse exactly
 * as it was (same node types and offsets): an edit that opens a fence or joins a list runs
 * into the context, changes it, and the window is widened, and after a few widenings the whole
 * draft is parsed. Link and footnote definitions reach across the draft: the window is parsed
 * with the draft's other definitions appended, and an edit that adds or removes one parses
 * the whole draft.
 */
export class MarkdownCache {
  private text: string | null = null;
  private chunks: MarkdownChunk[] = [];

  blocks(text: string): Block[] {
    if (text !== this.text) {
      // Chunks parsed under an unclosed front matter are not what a fresh parse gives: no reuse.
      const updated = this.text === null || unclosedFrontMatter(this.text, this.chunks) ? null : this.update(this.text, text);
      this.chunks = updated && !unclosedFrontMatter(text, updated) ? updated : markdownChunks(text).chunks;
    }
    this.text = text;
    return assembleBlocks(this.chunks);
  }

  private update(old: string, text: string): MarkdownChunk[] {
    const { head: prefix, tail: suffix } = commonEnds(old, text);
    const lo = chunkAt(this.chunks, prefix);
    const hi = chunkAt(this.chunks, old.length - suffix);
    for (let widen = 1, attempt = 0; attempt < WIDENINGS; attempt++, widen *= 2) {
      let first = Math.max(0, lo - widen);
      // A window's first line is its line 1, where micromark tries front matter: never start on "---".
      while (first > 0 && text.startsWith('---', this.chunks[first]!.start)) first--;
      const last = Math.min(this.chunks.length - 1, hi + 2 * widen);
      const spliced = this.reparse(text, first, last, text.length - old.length);
      if (spliced) return spliced;
    }
    return markdownChunks(text).chunks;
  }

  /**
   * Parses chunks `first..last` (old numbering) of the new text; returns the new chunk list,
   * or null when the window's edges did not come out as they were.
   */
  private reparse(text: string, first: number, last: number, delta: number): MarkdownChunk[] | null {
    const chunks = this.chunks;
    const start = chunks[first]!.start;
    const end = chunks[last]!.start + chunks[last]!.length + delta;
    const outside = new Set<string>();
    chunks.forEach((c, i) => {
      if (i < first || i > last) for (const d of c.definitions) outside.add(d);
    });
    const appended = [...outside].map((d) => (d.startsWith('fn:') ? `[^${d.slice(3)}]: x` : `[${d}]: x`)).join('\n\n');
    const window = markdownChunks(appended ? `${text.slice(start, end)}\n\n${appended}\n` : text.slice(start, end), end - start);
    if (window.overflow || !sameSet(new Set(window.extraDefinitions), outside)) return null;
    const fresh = window.chunks;
    // The context must come out unchanged: the first chunk (unless the window starts the
    // draft) and the last two (unless it ends the draft).
    if (first > 0 && !same(fresh[0], chunks[first])) return null;
    if (last < chunks.length - 1 && !(same(fresh.at(-1), chunks[last]) && same(fresh.at(-2), chunks[last - 1]))) return null;
    // A definition added or removed changes links anywhere in the draft.
    const before = new Set(chunks.slice(first, last + 1).flatMap((c) => c.definitions));
    if (!sameSet(before, new Set(fresh.flatMap((c) => c.definitions)))) return markdownChunks(text).chunks;
    for (const c of fresh) c.start += start;
    const tail = chunks.slice(last + 1);
    for (const c of tail) c.start += delta;
    return [...chunks.slice(0, first), ...fresh, ...tail];
  }
}

/**
 * A draft whose first line opens front matter that never closes. micromark's front matter
 * construct then fails at the end of the draft and leaves the parser unable to open lists or
 * block quotes anywhere after it, so no part of such a draft parses as it would alone: parse
 * it whole until the front matter is closed (or the "---" goes).
 */
function unclosedFrontMatter(text: string, chunks: readonly MarkdownChunk[]): boolean {
  return /^\uFEFF?---/.test(text) && !chunks[0]?.shape.startsWith('yaml@');
}

/** The chunk holding `offset` (the last one for the end of the draft), by binary search. */
function chunkAt(chunks: readonly MarkdownChunk[], offset: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (chunks[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function same(a: MarkdownChunk | undefined, b: MarkdownChunk | undefined): boolean {
  return a !== undefined && b !== undefined && a.length === b.length && a.shape === b.shape;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
