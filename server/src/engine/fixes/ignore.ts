import type { Analysis } from '../analysis';
import { blockAt } from '../document/draft';
import type { Finding } from '../types';
import { insert, type Fix, type TextEdit } from './fix';

/**
 * "Ignore here": wraps the finding in ignore comments for its rule (`engine/ignore/`).
 *
 * Markdown: inline `<!-- factdesk-disable rule -->` … `<!-- factdesk-enable rule -->` around the
 * finding, invisible when rendered and leaving the paragraph whole. A comment must not open a
 * line, where CommonMark would read it as an HTML block that swallows the rest of the line: at
 * the start of a line it goes at the end of the line before, or on a line of its own before the
 * paragraph's first line.
 *
 * Plain text, where a directive is a line of its own: `factdesk-disable rule` on the line before
 * the paragraph and `factdesk-enable rule` on the line after it, so no paragraph is split.
 */
export function ignoreHere(analysis: Analysis, finding: Finding): Fix {
  const title = `Ignore ${finding.rule} here`;
  const eol = analysis.text.includes('\r\n') ? '\r\n' : '\n';
  const edits = analysis.format === 'markdown' ? markdownEdits(analysis, finding, eol) : plainTextEdits(analysis, finding, eol);
  return { title, kind: 'quickfix', rule: finding.rule, edits };
}

function markdownEdits(analysis: Analysis, finding: Finding, eol: string): TextEdit[] {
  const { text } = analysis;
  const disable = `<!-- factdesk-disable ${finding.rule} -->`;
  const enable = insert(finding.span.end, `<!-- factdesk-enable ${finding.rule} -->`);
  const lineStart = startOfLine(text, finding.span.start);
  if (/\S/.test(text.slice(lineStart, finding.span.start))) return [insert(finding.span.start, disable), enable];
  const block = blockAt(analysis.blocks, finding.span.start);
  if (block && block.start < lineStart) {
    // A continuation line: the comment closes the line before, still inside the paragraph.
    const previousEnd = lineStart - (text.slice(0, lineStart).endsWith('\r\n') ? 2 : 1);
    return [insert(previousEnd, ` ${disable}`), enable];
  }
  return [insert(lineStart, `${disable}${eol}`), enable];
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
