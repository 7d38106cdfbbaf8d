import type { SentenceInfo } from '../language/sentences';

const TERMINAL = /^[.!?…]+$/;
const CLOSING = /^["'”’»)\]]+$/;

/**
 * Where a trailing clause (", according to X", ", as of 7 April 2016") goes in a sentence: just
 * before its final full stop, or at its end when it has none (a headline). Null when the
 * sentence ends inside a closing quote or bracket: a clause there would land inside the quote or
 * after the full stop, and a fix that reads badly is worse than none.
 */
export function clauseInsertionPoint(sentence: SentenceInfo): number | null {
  const last = sentence.tokens[sentence.tokens.length - 1];
  if (!last) return null;
  if (CLOSING.test(last.text)) return null;
  if (TERMINAL.test(last.text)) {
    const before = sentence.tokens[sentence.tokens.length - 2];
    // "...killed." ends in a token of its own; ". . ." or a quote before it is not a plain end.
    if (!before || CLOSING.test(before.text) || TERMINAL.test(before.text)) return null;
    return last.start;
  }
  // An abbreviation's full stop ("in the U.S.") is part of its token: insert before it.
  if (/[a-z]\.$/i.test(last.text) && last.text.length > 2) return null;
  return last.end;
}

/**
 * True when an offset lies inside a quotation of the sentence: an odd number of quote marks
 * before it. Inserted notes go in square brackets there, as sub-editors mark their additions.
 */
export function insideQuote(sentence: SentenceInfo, text: string, offset: number): boolean {
  const before = text.slice(sentence.start, offset);
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/“/g) ?? []).length;
  const close = (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || open > close;
}
