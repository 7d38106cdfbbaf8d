import type { DraftFormat, Span } from '../types';
import { inCodeOrFrontMatter } from './codeRegions';

/**
 * Ignore comments, in the style of Vale and cspell:
 *
 * - Markdown: `<!-- factdesk-disable [rule-id ...] -->` … `<!-- factdesk-enable [rule-id ...] -->`
 *   and `<!-- factdesk-ignore-next-line [rule-id ...] -->`, as HTML comments of the document
 *   (HTML comments are not prose); the same text inside code or front matter is not a comment.
 * - Plain text: a line holding only `factdesk-disable [rule-id ...]`, `factdesk-enable [rule-id
 *   ...]` or `factdesk-ignore-next-line [rule-id ...]` (the HTML comment form is read too). Such a
 *   line is not prose: it is blanked before the draft is parsed, so it never reads as a sentence.
 *
 * With no rule ids a directive applies to every rule. Ids are separated by spaces or commas.
 */
export interface IgnoreDirective {
  kind: 'disable' | 'enable' | 'ignore-next-line';
  /** The rule ids named, or null for all rules. */
  rules: string[] | null;
  /** The comment or line in the draft. */
  span: Span;
}

// Both patterns are linear: rule ids and separators are disjoint character classes.
const MARKDOWN = /<!--[ \t]*factdesk-(disable|enable|ignore-next-line)((?:[ \t,]+[A-Za-z][\w-]*)*)[ \t,]*-->/g;
const PLAIN_LINE = /^[ \t]*(?:<!--[ \t]*)?factdesk-(disable|enable|ignore-next-line)((?:[ \t,]+[A-Za-z][\w-]*)*)[ \t,]*(?:-->[ \t]*)?$/gm;

/** Finds the ignore comments of a draft, in document order. */
export function findIgnoreDirectives(text: string, format: DraftFormat): IgnoreDirective[] {
  const pattern = format === 'markdown' ? MARKDOWN : PLAIN_LINE;
  pattern.lastIndex = 0;
  const out: IgnoreDirective[] = [];
  for (const m of text.matchAll(pattern)) {
    const ids = m[2]!.split(/[ \t,]+/).filter(Boolean);
    out.push({ kind: m[1] as IgnoreDirective['kind'], rules: ids.length ? ids : null, span: { start: m.index, end: m.index + m[0].length } });
  }
  if (format !== 'markdown' || out.length === 0) return out;
  const inCode = inCodeOrFrontMatter(text);
  return out.filter((d) => !inCode(d.span.start));
}

/**
 * The text the parser reads: plain-text directive lines blanked with spaces (same length, so
 * every offset still points into the draft as written). Markdown comments are already not prose.
 */
export function withoutDirectiveLines(text: string, format: DraftFormat, directives: readonly IgnoreDirective[]): string {
  if (format === 'markdown' || directives.length === 0) return text;
  let out = '';
  let at = 0;
  for (const d of directives) {
    out += text.slice(at, d.span.start) + ' '.repeat(d.span.end - d.span.start);
    at = d.span.end;
  }
  return out + text.slice(at);
}
