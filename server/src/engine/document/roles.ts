import type { DraftFormat } from '../types';
import type { Block } from './block';
import { LABELLED, writesYear } from './publicationDate';

const ENDS_SENTENCE = /[.!?]["'”’)\]]*\s*$/;

/**
 * Marks the headline and standfirst. A headline may summarise the body and a standfirst may
 * restate it, so the rules judge them differently from body text.
 *
 * Markdown: the first heading before any paragraph is the headline. Plain text: the first
 * block, when it is one line with no full stop (wire copy puts the headline first). In both,
 * the block right after the headline is the standfirst when it does not read as a sentence
 * of the body (no closing full stop).
 */
export function assignRoles(blocks: Block[], format: DraftFormat): void {
  // Wire copy may open with "Last update: Friday 10 May 2024" above the headline (or the label
  // on one line, the date on the next); "Updated: Storm kills 40" is the headline itself.
  const at = format === 'plaintext' && blocks.length > 1 ? datelineBlocks(blocks) : 0;
  const first = blocks[at];
  if (!first) return;
  const isHeadline = format === 'markdown' ? first.kind === 'heading' : !ENDS_SENTENCE.test(first.text);
  if (!isHeadline) return;
  first.role = 'headline';
  const next = blocks[at + 1];
  if (next && next.kind === 'paragraph' && !ENDS_SENTENCE.test(next.text) && next.text.length < 400) next.role = 'standfirst';
}

/** How many blocks a dateline above the headline takes: its label with its date (1), a label alone and the date under it (2), or none (0). */
function datelineBlocks(blocks: readonly Block[]): number {
  const label = LABELLED.exec(blocks[0]!.text);
  if (!label) return 0;
  const rest = blocks[0]!.text.slice(label[0].length);
  if (/\S/.test(rest)) return writesYear(rest) ? 1 : 0;
  return blocks.length > 2 && writesYear(blocks[1]!.text) ? 2 : 1;
}
