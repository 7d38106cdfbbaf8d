import type { Heading, Nodes, Root, RootContent, Text } from 'mdast';
import type { Position } from 'unist';

/** What shifts micromark's line and column counting, and table pipes: the draft goes to micromark. */
const DECLINE = /[\0\t\r|]/;
// Anything that may open inline syntax or a GFM autolink: escapes, code, emphasis, links,
// footnotes, HTML and autolinks, character references, strikethrough, e-mail addresses, URLs.
const INLINE_SYNTAX = /[\\`*_[\]<>&~@]|www\.|https?:\/\//i;
// What may open a block at the start of a line other than a paragraph: indentation, list
// bullets, ordered list numbers, setext underlines, ATX headings (handled apart), quotes,
// fences, HTML, thematic breaks, link or footnote definitions (which reach across the draft),
// and a table's delimiter row, which needs no pipe when it starts ":-" ("Word\n:-" is a table).
const BLOCK_START = /^(?:[ \-+=#>`~<*_[]|:-|\d{1,9}[.)])/;
// An ATX heading: one space after the marks, then its text.
const HEADING = /^(#{1,6}) [^ ]/;

/** A paragraph or heading with inline syntax, left to micromark, and where it sits. */
interface Rich {
  /** Its index among the root's children, line (0-based) and offset in the draft, and source. */
  index: number;
  line: number;
  offset: number;
  source: string;
}

/**
 * The syntax tree micromark gives (`fromMarkdown` with GFM and YAML front matter, as in
 * `markdown.ts`), for drafts whose blocks are only front matter, ATX headings and paragraphs;
 * null for any other draft, which micromark then parses whole.
 *
 * micromark reads about 2 MB/s, and most drafts a reporter writes are just these blocks, mostly
 * plain text. Lines are sorted here in one pass: a draft is declined as soon as a line could
 * open another block (a list, quote, fence, table, definition, setext underline, indented code)
 * or has spaces around it. Plain-text paragraphs and headings are built here; those with inline
 * syntax (links, emphasis, code...) are parsed by `parse` (micromark) all at once, as a draft of
 * just those blocks: a paragraph's inline content depends only on its own text and on the
 * draft's definitions, and these drafts have none. The property test beside it holds the
 * result to micromark's tree of the whole draft.
 */
export function proseOnlyTree(source: string, parse: (markdown: string) => Root): Root | null {
  // micromark skips a byte-order mark and counts offsets from after it: leave that to it.
  if (source.charCodeAt(0) === 0xfeff) return null;
  const children: RootContent[] = [];
  const rich: Rich[] = [];
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
  if (DECLINE.test(offset === 0 ? source : source.slice(offset))) return null;
  let paragraph: { first: number; start: number; lines: string[] } | null = null;
  const closeParagraph = (): void => {
    if (!paragraph) return;
    const { first, start, lines: own } = paragraph;
    const value = own.join('\n');
    paragraph = null;
    if (INLINE_SYNTAX.test(value)) {
      rich.push({ index: children.length, line: first, offset: start, source: value });
      children.push({ type: 'paragraph', children: [] });
      return;
    }
    const at = (): Position => span(first + 1, 1, start, first + own.length, own.at(-1)!.length + 1, start + value.length);
    children.push({ type: 'paragraph', children: [{ type: 'text', value, position: at() }], position: at() });
  };
  for (; line < lines.length; line++) {
    const text = lines[line]!;
    if (text === '') {
      closeParagraph();
    } else if (text.endsWith(' ')) {
      return null;
    } else if (text.startsWith('#')) {
      const marks = HEADING.exec(text);
      if (!marks) return null;
      closeParagraph();
      if (text.endsWith('#') || INLINE_SYNTAX.test(text)) {
        rich.push({ index: children.length, line, offset, source: text });
        children.push({ type: 'heading', depth: 1, children: [] });
      } else {
        const depth = marks[1]!.length as Heading['depth'];
        const value: Text = { type: 'text', value: text.slice(depth + 1), position: span(line + 1, depth + 2, offset + depth + 1, line + 1, text.length + 1, offset + text.length) };
        children.push({ type: 'heading', depth, children: [value], position: span(line + 1, 1, offset, line + 1, text.length + 1, offset + text.length) });
      }
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
  if (rich.length > 0 && !parseRich(rich, children, parse)) return null;
  return { type: 'root', children, position: span(1, 1, 0, lines.length, lines.at(-1)!.length + 1, source.length) };
}

/**
 * Parses the blocks with inline syntax as one draft, blank lines between them, and puts each
 * node in its place with its offsets and lines moved (columns do not move: each block starts a
 * line). False when micromark did not read them as exactly those blocks.
 */
function parseRich(rich: readonly Rich[], children: RootContent[], parse: (markdown: string) => Root): boolean {
  const tree = parse(rich.map((r) => r.source).join('\n\n'));
  if (tree.children.length !== rich.length) return false;
  let offset = 0;
  let line = 0;
  for (const [k, r] of rich.entries()) {
    const node = tree.children[k]!;
    const placeholder = children[r.index]!;
    if (node.type !== placeholder.type || node.position?.start.offset !== offset || node.position.end.offset !== offset + r.source.length) return false;
    shift(node, r.offset - offset, r.line - line);
    children[r.index] = node;
    offset += r.source.length + 2;
    line += r.source.split('\n').length + 1;
  }
  return true;
}

/** Moves every position in a subtree by `offset` characters and `lines` lines. */
function shift(root: Nodes, offset: number, lines: number): void {
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      point.offset! += offset;
      point.line += lines;
    }
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
}

function span(line: number, column: number, offset: number, endLine: number, endColumn: number, endOffset: number): Position {
  return { start: { line, column, offset }, end: { line: endLine, column: endColumn, offset: endOffset } };
}
