import type { DraftFormat, Span } from '../types';
import type { Block } from './block';
import { findFrontMatter, type FrontMatter } from './frontMatter';
import { markdownBlocks } from './markdown';
import type { MarkdownCache } from './markdownCache';
import { plainTextBlocks } from './plainText';
import { assignRoles } from './roles';

/** A draft split into what the rules read. */
export interface Draft {
  text: string;
  format: DraftFormat;
  frontMatter: FrontMatter | null;
  blocks: Block[];
}

/**
 * Parses a draft: front matter, then prose blocks with their roles in the story. `markdown`
 * keeps the previous parse of the same document so that an edit re-parses only what it touched.
 */
export function parseDraft(text: string, format: DraftFormat, markdown?: MarkdownCache): Draft {
  const frontMatter = findFrontMatter(text);
  const blocks = format === 'plaintext' ? plainTextBlocks(text, frontMatter?.span.end ?? 0) : markdown ? markdown.blocks(text) : markdownBlocks(text);
  assignRoles(blocks, format);
  return { text, format, frontMatter, blocks };
}

/** The block that contains an offset, by binary search (blocks are in document order). */
export function blockAt(blocks: readonly Block[], offset: number): Block | undefined {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (offset < b.start) hi = mid - 1;
    else if (offset >= b.start + b.text.length) lo = mid + 1;
    else return b;
  }
  return undefined;
}

export type { Block, Span };
