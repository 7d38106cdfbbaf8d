import type { Analysis } from '../analysis';
import { blockAt } from '../document/draft';
import type { Finding } from '../types';
import { insert, type Fix, type TextEdit } from './fix';

/**
 * "Ignore here": wraps the finding in ignore comments for its rule (`engine/ignore/`).
 *
 * Markdown: inline `<!-- factdesk-disable rule -->` … `<!-- factdesk-enable rule -->` around the
 * finding, invisible when rendered and leaving the paragraph whole. A comment must never open a
 * line or a container's content ("> ", "- "), where CommonMark would read it as an HTML block
 * that swallows the rest of the line. For a finding that opens its line, the comment goes at the
 * end of the previous line's prose (ignore regions run by offset, so that line may belong to the
 * block before), or on a line of its own before a top-level paragraph. Where neither is safe (a
 * list item right after a code block), there is no "Ignore here": better no fix than a broken
 * draft.
 *
 * Plain text, where a directive is a line of its own: `factdesk-disable rule` on the line before
 * the paragraph and `factdesk-enable rule` on the line after it, so no paragraph is split.
 */
export function ignoreHere(analysis: Analysis, finding: Finding): Fix | null {
  const eol = analysis.text.includes('\r\n') ? '\r\n' : '\n';
  const edits = analysis.format === 'markdown' ? markdownEdits(analysis, finding, eol) : plainTextEdits(analysis, finding, eol);
  return edits && { title: `Ignore ${finding.rule} here`, kind: 'quickfix', rule: finding.rule, edits };
}

/** What may stand before a block on a line: indentation, blockquote and list markers. */
const BLOCK_START = /^(?:[ \t>]|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*$/;

function markdownEdits(analysis: Analysis, finding: Finding, eol: string): TextEdit[] | null {
  const { text, blocks } = analysis;
  const { start } = finding.span;
  const disable = `<!-- factdesk-disable ${finding.rule} -->`;
  const enable = insert(finding.span.end, `<!-- factdesk-enable ${finding.rule} -->`);
  const lineStart = startOfLine(text, start);
  const before = text.slice(lineStart, start);
  if (!BLOCK_START.test(before)) return [insert(start, disable), enable];
  const previous = previousProseEnd(analysis, lineStart);
  if (previous !== null) return [insert(previous, ` ${disable}`), enable];
  // A top-level paragraph's first line: an HTML comment line before it splits nothing.
  const block = blockAt(blocks, start);
  if (block && block.start >= lineStart && /^ {0,3}$/.test(before)) return [insert(lineStart, `${disable}${eol}`), enable];
  return null;
}

/**
 * The end of the last non-blank line before `lineStart` when that line ends in prose (a
 * paragraph, heading or list item's words, not a code fence, table rule, setext underline or
 * front matter), just before any trailing spaces so a hard line break survives.
 */
function previousProseEnd(analysis: Analysis, lineStart: number): number | null {
  const { text, blocks } = analysis;
  let end = lineStart;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (end === 0) return null;
  const block = blockAt(blocks, end - 1);
  return block && /\S/.test(block.text[end - 1 - block.start]!) ? end : null;
}

function plainTextEdits(analysis: Analysis, finding: Finding, eol: string): TextEdit[] {
  const { text } = analysis;
  const block = blockAt(analysis.blocks, finding.span.start);
  const from = startOfLine(text, block?.start ?? finding.span.start);
  const blockEnd = block ? block.start + block.text.length : finding.span.end;
  const to = endOfLine(text, Math.max(blockEnd, finding.span.end));
  return [insert(from, `factdesk-disable ${finding.rule}${eol}`), insert(to, `${eol}factdesk-enable ${finding.rule}`)];
}

function startOfLine(text: string, offset: number): number {
  const nl = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1));
  return nl + 1;
}

function endOfLine(text: string, offset: number): number {
  const m = /[\r\n]/.exec(text.slice(offset));
  return m ? offset + m.index : text.length;
}
