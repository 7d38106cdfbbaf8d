import { findFrontMatter } from '../document/frontMatter';
import type { Span } from '../types';

// An opening fence (up to three spaces, then ``` or ~~~) and what a line needs to close it.
// `(.*)$` always matches the rest of the line, so the fence run is never re-split.
// eslint-disable-next-line regexp/no-super-linear-backtracking
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})(.*)$/gm;

/**
 * Whether an offset of a Markdown draft lies in code or front matter, where an ignore comment is
 * an example rather than a comment. One linear pass over fence lines instead of a full parse:
 * the check runs on every keystroke of a draft that has a directive, and a parse of a long draft
 * costs a second. It follows CommonMark for fences (same character, at least as long, nothing
 * after the closing one), an indented line after a blank line, and backticks earlier on the line.
 */
export function inCodeOrFrontMatter(text: string): (offset: number) => boolean {
  const regions: Span[] = [];
  const front = findFrontMatter(text);
  if (front) regions.push({ start: 0, end: front.span.end });
  let open: { char: string; length: number; start: number } | null = null;
  FENCE.lastIndex = 0;
  for (let m = FENCE.exec(text); m; m = FENCE.exec(text)) {
    const fence = m[1]!;
    if (!open) {
      // A backtick fence's info string may not contain backticks (CommonMark 4.5).
      if (fence[0] === '`' && m[2]!.includes('`')) continue;
      open = { char: fence[0]!, length: fence.length, start: m.index };
    } else if (fence[0] === open.char && fence.length >= open.length && m[2]!.trim() === '') {
      regions.push({ start: open.start, end: m.index + m[0].length });
      open = null;
    }
  }
  if (open) regions.push({ start: open.start, end: text.length });
  return (offset) => regions.some((r) => r.start <= offset && offset < r.end) || inLineCode(text, offset);
}

/** Indented code (four spaces or a tab after a blank line), or an odd number of backticks before it on its line. */
function inLineCode(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  if ((before.match(/`/g)?.length ?? 0) % 2 === 1) return true;
  if (!/^(?: {4}|\t)/.test(before)) return false;
  const previous = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, Math.max(0, lineStart - 1));
  return lineStart === 0 || previous.trim() === '';
}
