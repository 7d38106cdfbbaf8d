/**
 * The engine's plain data: what a draft is made of and what the rules say about it.
 * Offsets are UTF-16 code unit indices into the draft exactly as it was read (BOM and CRLF
 * included), so they are LSP offsets too.
 */

/** A half-open range of the draft: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

export type RuleId = 'unattributed-figure' | 'inconsistent-figure' | 'relative-date' | 'undated-claim';

export const RULE_IDS: readonly RuleId[] = ['unattributed-figure', 'inconsistent-figure', 'relative-date', 'undated-claim'];

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Another place in the draft that a finding points at (LSP relatedInformation). */
export interface RelatedSpan {
  span: Span;
  message: string;
}

/** What a rule says about one place in the draft. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  span: Span;
  /** Rule-specific facts the fixes, hovers and the JSON output use (e.g. `resolved`). */
  data: Record<string, unknown>;
  related?: RelatedSpan[];
}

export type DraftFormat = 'markdown' | 'plaintext';
