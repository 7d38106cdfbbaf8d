import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import type { Nodes, Parents, RootContent } from 'mdast';
import type { Span } from '../types';
import { type Block, ProseView } from './block';

// CommonMark with GitHub's tables, footnotes and autolinks, and YAML front matter: the
// Markdown newsrooms write. micromark is the reference CommonMark parser and gives exact
// source offsets for every node, which is what keeps every range of ours honest.
const OPTIONS = {
  extensions: [gfm(), frontmatter(['yaml'])],
  mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
};

/** Splits a Markdown draft into prose blocks; code, HTML, URLs and front matter are left out. */
export function markdownBlocks(text: string): Block[] {
  const tree = fromMarkdown(text, OPTIONS);
  // micromark skips a leading byte-order mark and counts its offsets from after it; ours count
  // the mark, as the editor does.
  if (text.charCodeAt(0) === 0xfeff) shiftOffsets(tree, 1);
  const blocks: Block[] = [];
  const counters = { list: 0, table: 0 };
  walkContainer(tree.children, text, blocks, counters);
  return blocks;
}

interface Counters {
  list: number;
  table: number;
}

function walkContainer(children: RootContent[], source: string, out: Block[], counters: Counters): void {
  for (const node of children) {
    switch (node.type) {
      case 'heading':
        pushBlock(out, source, node, 'heading');
        break;
      case 'paragraph':
        pushBlock(out, source, node, 'paragraph');
        break;
      case 'blockquote':
      case 'footnoteDefinition':
        walkContainer(node.children, source, out, counters);
        break;
      case 'list': {
        const id = counters.list++;
        node.children.forEach((item, index) => {
          const before = out.length;
          walkContainer(item.children, source, out, counters);
          // An item's own paragraphs are list items; nested lists keep their own numbering.
          for (const block of out.slice(before)) if (!block.list) block.list = { id, index };
          for (const block of out.slice(before)) if (block.list?.id === id && block.kind === 'paragraph') block.kind = 'list-item';
        });
        break;
      }
      case 'table': {
        const table = counters.table++;
        node.children.forEach((row, r) =>
          row.children.forEach((cell, column) => {
            const block = pushBlock(out, source, cell, 'table-cell');
            if (block) block.cell = { table, row: r, column };
          }),
        );
        break;
      }
      default:
        // code, html, yaml, thematicBreak, definition: not prose.
        break;
    }
  }
}

function pushBlock(out: Block[], source: string, node: Parents, kind: Block['kind']): Block | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return null;
  const view = new ProseView(source, start, end);
  const citations: Span[] = [];
  copyInline(node, view, citations);
  const block: Block = { kind, role: 'body', start, text: view.toString(), citations };
  out.push(block);
  return block;
}

/** Copies the prose of inline content into the view, recording links and footnote refs. */
function copyInline(node: Nodes, view: ProseView, citations: Span[]): void {
  const pos = node.position;
  switch (node.type) {
    case 'text':
      if (pos?.start.offset !== undefined && pos.end.offset !== undefined) view.copy(pos.start.offset, pos.end.offset);
      return;
    case 'inlineCode':
    case 'html':
    case 'image':
    case 'imageReference':
      return;
    case 'footnoteReference':
      if (pos?.start.offset !== undefined && pos.end.offset !== undefined) citations.push({ start: pos.start.offset, end: pos.end.offset });
      return;
    case 'link':
    case 'linkReference':
      if (pos?.start.offset !== undefined && pos.end.offset !== undefined) citations.push({ start: pos.start.offset, end: pos.end.offset });
      // A bare URL autolink's text is the URL itself: not prose.
      if (node.type === 'link' && isBareUrl(node.children)) return;
      break;
    default:
      break;
  }
  if ('children' in node) for (const child of node.children) copyInline(child as Nodes, view, citations);
}

function shiftOffsets(root: Nodes, by: number): void {
  // A stack, not recursion: a hostile draft nests thousands deep.
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const pos = node.position;
    if (pos?.start.offset !== undefined) pos.start.offset += by;
    if (pos?.end.offset !== undefined) pos.end.offset += by;
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
}

function isBareUrl(children: Nodes[]): boolean {
  const only = children.length === 1 ? children[0] : undefined;
  return only?.type === 'text' && /^(?:[a-z][a-z0-9+.-]*:|www\.)\S*$/i.test(only.value);
}
