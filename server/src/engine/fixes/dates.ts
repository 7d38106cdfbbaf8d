import type { Analysis } from '../analysis';
import type { Finding } from '../types';
import type { DateStyle } from '../settings';
import { formatIsoDate } from '../document/publicationDate';
import { humanize } from '../time/humanize';
import { insert, type Fix, type TextEdit } from './fix';
import { insideQuote } from './placement';

export interface DateFixOptions {
  /** The newsroom's way of writing dates (setting `dateStyle`). */
  dateStyle?: DateStyle;
}

/**
 * `relative-date`: "Write as <date>" keeps the reporter's words and adds the date they mean,
 * "on Thursday" → "on Thursday (7 April 2016)" (square brackets inside a quotation, where
 * parentheses would put words in the speaker's mouth). A vague expression, or one the checker
 * could not resolve, gets a placeholder for the date instead.
 */
export function relativeDateFixes(analysis: Analysis, finding: Finding, options: DateFixOptions = {}): Fix[] {
  const resolved = resolvedText(finding, options);
  const expression = analysis.text.slice(finding.span.start, finding.span.end);
  const [open, close] = brackets(analysis, finding);
  if (resolved) {
    return [{ title: `Write as "${expression} ${open}${resolved}${close}"`, kind: 'quickfix', rule: finding.rule, preferred: true, edits: [insert(finding.span.end, ` ${open}${resolved}${close}`)] }];
  }
  return [
    {
      title: `Add the date "${expression}" means`,
      kind: 'quickfix',
      rule: finding.rule,
      edits: [insert(finding.span.end, ` ${open}date${close}`)],
      snippet: [insert(finding.span.end, ` ${open}\${1:date}${close}`)],
    },
  ];
}

/** The source action: every resolved relative date of the draft written out at once. */
export function resolveAllRelativeDates(analysis: Analysis, options: DateFixOptions = {}): Fix | null {
  const edits: TextEdit[] = [];
  for (const f of analysis.findings) {
    if (f.rule !== 'relative-date') continue;
    const resolved = resolvedText(f, options);
    if (!resolved) continue;
    const [open, close] = brackets(analysis, f);
    edits.push(insert(f.span.end, ` ${open}${resolved}${close}`));
  }
  return edits.length ? { title: 'Resolve all relative dates in this draft', kind: 'source', rule: 'relative-date', edits } : null;
}

/**
 * `undated-claim`: "Add "as of <publication date>"" where the rule says the anchor belongs, at
 * the end of the figure's clause (`data.insertAt`): "have been killed as of 7 April 2016, the
 * Observatory said". A draft with no publication date gets a placeholder for the date.
 */
export function undatedClaimFixes(analysis: Analysis, finding: Finding, options: DateFixOptions = {}): Fix[] {
  const at = finding.data['insertAt'];
  if (typeof at !== 'number' || at < 0 || at > analysis.text.length) return [];
  const published = analysis.publicationDate?.date;
  if (!published) {
    return [{ title: 'Add "as of" and a date', kind: 'quickfix', rule: finding.rule, edits: [insert(at, ' as of date')], snippet: [insert(at, ' as of ${1:date}')] }];
  }
  const date = humanize(formatIsoDate(published), false, options.dateStyle);
  return [{ title: `Add "as of ${date}"`, kind: 'quickfix', rule: finding.rule, preferred: true, edits: [insert(at, ` as of ${date}`)] }];
}

function resolvedText(finding: Finding, options: DateFixOptions): string | null {
  const value = finding.data['resolved'];
  return typeof value === 'string' ? humanize(value, false, options.dateStyle) : null;
}

function brackets(analysis: Analysis, finding: Finding): [string, string] {
  const sentence = analysis.sentences.find((s) => s.start <= finding.span.start && finding.span.start < s.end);
  return sentence && insideQuote(sentence, analysis.text, finding.span.start) ? ['[', ']'] : ['(', ')'];
}
