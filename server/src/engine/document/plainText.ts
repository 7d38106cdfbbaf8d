import type { Block } from './block';
import { ProseView } from './block';

const BLANK_LINE = /\r?\n[ \t]*\r?\n/g;
/** Lines at least this long that do not end a sentence are taken as hard-wrapped prose. */
const WRAP_WIDTH = 50;

/**
 * Splits a plain-text draft into blocks at blank lines; every character is prose. Within a
 * paragraph, short lines are blocks of their own (wire copy stacks headline, caption and
 * dateline lines without blank lines between them); a hard-wrapped paragraph stays whole.
 */
export function plainTextBlocks(text: string, from = 0): Block[] {
  const blocks: Block[] = [];
  let start = from;
  BLANK_LINE.lastIndex = from;
  for (let m = BLANK_LINE.exec(text); m; m = BLANK_LINE.exec(text)) {
    pushParagraph(text, start, m.index, blocks);
    start = m.index + m[0].length;
    BLANK_LINE.lastIndex = start;
  }
  pushParagraph(text, start, text.length, blocks);
  return blocks;
}

function pushParagraph(text: string, start: number, end: number, out: Block[]): void {
  const lines: [number, number][] = [];
  for (let s = start; s < end; ) {
    const nl = text.indexOf('\n', s);
    const e = nl < 0 || nl >= end ? end : nl;
    lines.push([s, e]);
    s = e + 1;
  }
  const wrapped = lines.slice(0, -1).every(([s, e]) => e - s >= WRAP_WIDTH);
  if (wrapped) pushBlock(text, start, end, out);
  else for (const [s, e] of lines) pushBlock(text, s, e, out);
}

function pushBlock(text: string, start: number, end: number, out: Block[]): void {
  // Trim white space (and a byte-order mark) so a block starts and ends on its words.
  let s = start;
  let e = end;
  while (s < e && /[\s\uFEFF]/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e <= s) return;
  const view = new ProseView(text, s, e);
  view.copy(s, e);
  out.push({ kind: 'paragraph', role: 'body', start: s, text: view.toString(), citations: [] });
}
