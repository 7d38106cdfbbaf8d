import type { DraftFormat, Span } from '../types';
import type { Block } from './block';
import { findFrontMatter, type FrontMatter } from './frontMatter';
import { markdownBlocks } from './markdown';
import type { MarkdownCache } from './markdownCache';
import { exceedsMarkdownLimits } from './markdownLimits';
import { plainTextBlocks } from './plainText';
import type { PlainTextCache } from './plainTextCache';
import { assignRoles } from './roles';

/** A draft split into what the rules read. */
export interface Draft {
  text: string;
  format: DraftFormat;
  frontMatter: FrontMatter | null;
  blocks: Block[];
}

/** What a document keeps of its last parse, so that an edit re-parses only what it touched. */
export interface ParseCaches {
  markdown: MarkdownCache;
  plainText: PlainTextCache;
}

/** Parses a draft: front matter, then prose blocks with their roles in the story. */
export function parseDraft(text: string, format: DraftFormat, caches?: ParseCaches): Draft {
  const frontMatter = findFrontMatter(text);
  const from = frontMatter?.span.end ?? 0;
  const blocks = format === 'plaintext' ? plainTextBlocks(text, from, caches?.plainText) : readMarkdown(text, from, caches);
  assignRoles(blocks, format);
  return { text, format, frontMatter, blocks };
}

/**
 * Markdown blocks, or plain-text blocks for Markdown the parser cannot take (markdownLimits.ts):
 * a hostile draft is read word for word as plain text rather than freezing or crashing.
 */
function readMarkdown(text: string, from: number, caches: ParseCaches | undefined): Block[] {
  if (!exceedsMarkdownLimits(text)) {
    try {
      return caches ? caches.markdown.blocks(text) : markdownBlocks(text);
    } catch (e) {
      // Nesting the line scan cannot see (inline, say) can still overflow the parser's stack.
      if (!(e instanceof RangeError)) throw e;
    }
  }
  return plainTextBlocks(text, from, caches?.plainText);
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
