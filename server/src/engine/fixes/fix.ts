import type { RuleId } from '../types';

/**
 * One change to the draft: replace `[start, end)` with `newText`. Every fix of ours is an
 * insertion (`start === end`): applying a fix never removes a word of the draft.
 */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * A quick fix as plain data: the server turns it into an LSP code action, the CLI and the tests
 * apply its edits to the text.
 */
export interface Fix {
  title: string;
  /** `quickfix` answers one finding; `source` acts on the whole draft. */
  kind: 'quickfix' | 'source';
  /** The rule whose finding it fixes. */
  rule: RuleId;
  edits: TextEdit[];
  /**
   * The same edits with snippet placeholders (`${1:source}`), for clients that take snippets;
   * `edits` holds the placeholder's default text for the others.
   */
  snippet?: TextEdit[];
  /** The fix an editor may apply on its own ("fix all", auto-fix on save). */
  preferred?: boolean;
}

/** Applies edits to a text; edits must not overlap (ours are insertions). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** An insertion at one offset. */
export function insert(at: number, newText: string): TextEdit {
  return { start: at, end: at, newText };
}
