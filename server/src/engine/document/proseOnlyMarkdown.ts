import type { Heading, Root, RootContent, Text } from 'mdast';
import type { Position } from 'unist';

// Anything that may open inline syntax or a GFM autolink: escapes, code, emphasis, links,
// footnotes, HTML and autolinks, character references, strikethrough, table pipes, e-mail
// addresses and bare URLs. Also what shifts micromark's counting (tabs, carriage returns, NUL).
const INLINE_SYNTAX = /[\0\t\r\\`*_[\]<>&~|@]|www\.|https?:\/\//i;
// What may open a block at the start of a line other than a paragraph: indentation, list
// bullets, ordered list numbers, setext underlines, ATX headings (handled apart), quotes.
const BLOCK_START = /^(?:[ \-+=#>]|\d{1,9}[.)])/;
// An ATX heading of plain text: one space after the marks, no closing marks.
const HEADING = /^(#{1,6}) [^ ]/;

/**
 * The syntax tree micromark gives (`fromMarkdown` with GFM and YAML front matter, as in
 * `markdown.ts`), for drafts that are only front matter, ATX headings and paragraphs of plain
 * text, read in one pass; null for any other draft, which micromark then parses.
 *
 * micromark reads such a draft at about 2 MB/s; most drafts a reporter writes are exactly this
 * (no lists, links or emphasis), and this reads them about twenty times faster. It declines a
 * draft as soon as any line could be read otherwise: a character that may start inline syntax
 * anywhere, or a line that may start a block other than a paragraph or a plain heading, or
 * trailing or leading spaces. The property test beside it holds it to micromark's exact tree.
 */
export function proseOnlyTree(source: string): Root | null {
  // micromark skips a byte-order mark and counts offsets from after it: leave that to it.
  if (source.charCodeAt(0) === 0xfeff) return null;
  const children: RootContent[] = [];
  const lines = source.split('\n');
  let line = 0;
  let offset = 0;
  if (lines[0] === '---') {
    // Front matter closes at the first line of three dashes and optional spaces: read it only
    // when that line is exactly "---".
    const close = lines.findIndex((l, i) => i > 0 && /^---[ \t]*$/.test(l));
    if (close < 0 || lines[close] !== '---') return null;
    const closeStart = lines.slice(0, close).join('\n').length + 1;
    if (/[\0\r]/.test(source.slice(0, closeStart))) return null;
    children.push({ type: 'yaml', value: source.slice(4, closeStart - 1), position: span(1, 1, 0, close + 1, 4, closeStart + 3) });
    line = close + 1;
    offset = closeStart + 4;
  }
  if (INLINE_SYNTAX.test(offset === 0 ? source : source.slice(offset))) return null;
  let paragraph: { first: number; start: number; lines: string[] } | null = null;
  const closeParagraph = (): void => {
    if (!paragraph) return;
    const value = paragraph.lines.join('\n');
    const at = (): Position => span(paragraph!.first + 1, 1, paragraph!.start, paragraph!.first + paragraph!.lines.length, paragraph!.lines.at(-1)!.length + 1, paragraph!.start + value.length);
    children.push({ type: 'paragraph', children: [{ type: 'text', value, position: at() }], position: at() });
    paragraph = null;
  };
  for (; line < lines.length; line++) {
    const text = lines[line]!;
    if (text === '') {
      closeParagraph();
    } else if (text.endsWith(' ')) {
      return null;
    } else if (text.startsWith('#')) {
      const marks = HEADING.exec(text);
      if (!marks || text.endsWith('#')) return null;
      closeParagraph();
      const depth = marks[1]!.length as Heading['depth'];
      const value: Text = { type: 'text', value: text.slice(depth + 1), position: span(line + 1, depth + 2, offset + depth + 1, line + 1, text.length + 1, offset + text.length) };
      children.push({ type: 'heading', depth, children: [value], position: span(line + 1, 1, offset, line + 1, text.length + 1, offset + text.length) });
    } else if (BLOCK_START.test(text)) {
      return null;
    } else if (paragraph) {
      paragraph.lines.push(text);
    } else {
      paragraph = { first: line, start: offset, lines: [text] };
    }
    offset += text.length + 1;
  }
  closeParagraph();
  return { type: 'root', children, position: span(1, 1, 0, lines.length, lines.at(-1)!.length + 1, source.length) };
}

function span(line: number, column: number, offset: number, endLine: number, endColumn: number, endOffset: number): Position {
  return { start: { line, column, offset }, end: { line: endLine, column: endColumn, offset: endOffset } };
}
