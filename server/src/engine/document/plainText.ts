import type { Block } from './block';
import { ProseView } from './block';
import type { PlainTextCache } from './plainTextCache';

const BLANK_LINE = /\r?\n[ \t]*\r?\n/g;
/** Lines at least this long that do not end a sentence are taken as hard-wrapped prose. */
const WRAP_WIDTH = 50;

/**
 * Splits a plain-text draft into blocks at blank lines; every character is prose. Within a
 * paragraph, short lines are blocks of their own (wire copy stacks headline, caption and
 * dateline lines without blank lines between them); a hard-wrapped paragraph stays whole.
 * `cache` keeps the last split's paragraphs, so that an edit splits again only its own.
 */
export function plainTextBlocks(text: string, from = 0, cache?: PlainTextCache): Block[] {
  const blocks: Block[] = [];
  const paragraph = (start: number, end: number) => {
    if (cache) cache.paragraph(text, start, end, () => splitParagraph(text, start, end), blocks);
    else blocks.push(...splitParagraph(text, start, end));
  };
  let start = from;
  BLANK_LINE.lastIndex = from;
  for (let m = BLANK_LINE.exec(text); m; m = BLANK_LINE.exec(text)) {
    paragraph(start, m.index);
    start = m.index + m[0].length;
    BLANK_LINE.lastIndex = start;
  }
  paragraph(start, text.length);
  cache?.done();
  return blocks;
}

function splitParagraph(text: string, start: number, end: number): Block[] {
  const lines: [number, number][] = [];
  for (let s = start; s < end; ) {
    const nl = text.indexOf('\n', s);
    const e = nl < 0 || nl >= end ? end : nl;
    lines.push([s, e]);
    s = e + 1;
  }
  const out: Block[] = [];
  const wrapped = lines.slice(0, -1).every(([s, e]) => e - s >= WRAP_WIDTH);
  if (wrapped) pushBlock(text, start, end, out);
  else for (const [s, e] of lines) pushBlock(text, s, e, out);
  return out;
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
