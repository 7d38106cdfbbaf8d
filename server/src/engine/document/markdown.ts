import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import type { Nodes, Parents, Root, RootContent } from 'mdast';
import type { Span } from '../types';
import { type Block, ProseView } from './block';
import { proseOnlyTree } from './proseOnlyMarkdown';

// CommonMark with GitHub's tables, footnotes and autolinks, and YAML front matter: the
// Markdown newsrooms write. micromark is the reference CommonMark parser and gives exact
// source offsets for every node, which is what keeps every range of ours honest.
const OPTIONS = {
  extensions: [gfm(), frontmatter(['yaml'])],
  mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
};

/** micromark's syntax tree of a draft, with the options above. */
export function micromarkTree(source: string): Root {
  return fromMarkdown(source, OPTIONS);
}

/**
 * A run of the draft holding one top-level Markdown node (a paragraph, heading, list, table,
 * code block...) from the start of its first line to the start of the next one. Chunks tile the
 * draft; every offset inside one is relative to its start, so a chunk whose text did not change
 * can be reused wherever an edit moved it (see `markdownCache.ts`).
 */
export interface MarkdownChunk {
  /** Where the chunk starts in the draft, and its length. */
  start: number;
  length: number;
  /** Its prose blocks; starts and citations relative to `start`, list and table ids from 0. */
  blocks: Block[];
  /** How many lists and tables it holds, to number them across the draft. */
  lists: number;
  tables: number;
  /** Identifiers of the link and footnote definitions it holds ("fn:" marks a footnote's). */
  definitions: string[];
  /** Its syntax tree as types and relative offsets: equal shapes parse to equal blocks. */
  shape: string;
  /** Its blocks as last assembled into a draft (`assembleBlocks`), and where. */
  assembled?: Assembled;
}

/** A chunk's blocks with draft offsets and ids, for a chunk at `start` after `lists` lists and `tables` tables. */
interface Assembled {
  start: number;
  lists: number;
  tables: number;
  blocks: Block[];
}

/** Splits a Markdown draft into prose blocks; code, HTML, URLs and front matter are left out. */
export function markdownBlocks(text: string): Block[] {
  return assembleBlocks(markdownChunks(text).chunks);
}

/**
 * Parses `source` into chunks. Top-level nodes that start at or after `limit` are not chunks
 * (the incremental parse appends the draft's other definitions there); their definitions are
 * returned as `extraDefinitions`, and `overflow` says a chunk's node ran past `limit`.
 */
export function markdownChunks(source: string, limit = source.length): { chunks: MarkdownChunk[]; extraDefinitions: string[]; overflow: boolean } {
  // Most drafts are only headings and paragraphs: micromark reads only those with inline syntax.
  const tree = proseOnlyTree(source, micromarkTree) ?? micromarkTree(source);
  // micromark skips a leading byte-order mark and counts its offsets from after it; ours count
  // the mark, as the editor does.
  if (source.charCodeAt(0) === 0xfeff) shiftOffsets(tree, 1);
  const nodes = tree.children.filter((n) => (n.position?.start.offset ?? 0) < limit);
  const extraDefinitions = tree.children.slice(nodes.length).flatMap(definitionsOf);
  const overflow = nodes.some((n) => (n.position?.end.offset ?? 0) > limit);
  const chunks: MarkdownChunk[] = [];
  let group: RootContent[] = [];
  let groupStart = 0;
  const close = (end: number): void => {
    chunks.push(toChunk(group, source, groupStart, end));
    group = [];
    groupStart = end;
  };
  for (const node of nodes) {
    const start = lineStart(source, node.position?.start.offset ?? 0);
    // Two nodes never share a line in practice; if they did, they would share a chunk.
    if (group.length > 0 && start > groupStart) close(start);
    group.push(node);
  }
  close(limit);
  return { chunks, extraDefinitions, overflow };
}

/**
 * Concatenates chunks into the draft's blocks, with absolute offsets and draft-wide ids.
 *
 * A chunk keeps the blocks it was last assembled into and gives the same objects again, moved
 * in place when text above it moved it: making a long draft's 5,000 blocks anew on every
 * keystroke was a tenth of what a keystroke allocated. As with `BlockCache`, the blocks of one
 * assembly hold until the next one. Roles start again as body: the caller assigns them.
 */
export function assembleBlocks(chunks: readonly MarkdownChunk[]): Block[] {
  const blocks: Block[] = [];
  let lists = 0;
  let tables = 0;
  for (const chunk of chunks) {
    let assembled = chunk.assembled;
    if (!assembled) {
      const own = chunk.blocks.map((b) => ({ ...b, citations: b.citations.map((c) => ({ ...c })) }));
      // -1, no chunk's start, so that `place` runs. Not NaN: V8 shares the layout of every
      // object whose first field is `start` (spans, tokens, sentences), and one NaN there made
      // V8 keep every such `start` and `end` as a boxed double from then on: 32 more bytes
      // per token, and a new box for each one an edit moved.
      assembled = chunk.assembled = { start: -1, lists, tables, blocks: own };
    }
    if (assembled.start !== chunk.start || assembled.lists !== lists || assembled.tables !== tables) place(chunk, assembled, lists, tables);
    for (const block of assembled.blocks) {
      block.role = 'body';
      blocks.push(block);
    }
    lists += chunk.lists;
    tables += chunk.tables;
  }
  return blocks;
}

/** Writes the chunk's blocks into `assembled` for a chunk at its start after `lists` lists and `tables` tables. */
function place(chunk: MarkdownChunk, assembled: Assembled, lists: number, tables: number): void {
  const shift = chunk.start;
  // Index loops: this runs for every block below an edit, on every keystroke.
  for (let i = 0; i < chunk.blocks.length; i++) {
    const b = chunk.blocks[i]!;
    const block = assembled.blocks[i]!;
    block.start = b.start + shift;
    for (let k = 0; k < b.citations.length; k++) {
      block.citations[k]!.start = b.citations[k]!.start + shift;
      block.citations[k]!.end = b.citations[k]!.end + shift;
    }
    if (b.list) block.list = { id: b.list.id + lists, index: b.list.index };
    if (b.cell) block.cell = { ...b.cell, table: b.cell.table + tables };
  }
  assembled.start = shift;
  assembled.lists = lists;
  assembled.tables = tables;
}

function toChunk(nodes: RootContent[], source: string, start: number, end: number): MarkdownChunk {
  const blocks: Block[] = [];
  const counters = { list: 0, table: 0 };
  walkContainer(nodes, source, blocks, counters);
  for (const b of blocks) {
    b.start -= start;
    b.citations = b.citations.map((c) => ({ start: c.start - start, end: c.end - start }));
  }
  return { start, length: end - start, blocks, lists: counters.list, tables: counters.table, definitions: nodes.flatMap(definitionsOf), shape: nodes.map((n) => shapeOf(n, start)).join('') };
}

function definitionsOf(node: Nodes): string[] {
  if (node.type === 'definition') return [node.identifier];
  const own = node.type === 'footnoteDefinition' ? [`fn:${node.identifier}`] : [];
  return 'children' in node ? [...own, ...(node.children as Nodes[]).flatMap(definitionsOf)] : own;
}

function shapeOf(node: Nodes, base: number): string {
  const from = (node.position?.start.offset ?? 0) - base;
  const to = (node.position?.end.offset ?? 0) - base;
  const inner = 'children' in node ? (node.children as Nodes[]).map((c) => shapeOf(c, base)).join(',') : '';
  return `${node.type}@${from}-${to}(${inner})`;
}

/** The offset where the line holding `offset` starts (CommonMark ends lines at \n, \r or both). */
function lineStart(source: string, offset: number): number {
  let i = offset;
  while (i > 0 && source[i - 1] !== '\n' && source[i - 1] !== '\r') i--;
  return i;
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
