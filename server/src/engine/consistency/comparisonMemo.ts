import type { Analysis } from '../analysis';
import { commonEnds } from '../commonEnds';
import type { Span } from '../types';
import { figureFingerprint, sameFingerprint, type Fingerprint } from './fingerprint';
import type { Inconsistency } from './inconsistency';

/** The comparisons of figures with figures, kept apart so the pass orders its findings as before. */
export interface FigureComparisons {
  byValue: Inconsistency[];
  conversions: Inconsistency[];
}

/**
 * The last figure comparisons of one document and what they read (`figureFingerprint`). Most
 * keystrokes touch no sentence with a figure: the fingerprint is then the same, and the last
 * findings only move by the length of the edit. Comparing every figure with the others is the
 * dearest pass of a keystroke on a long draft, and this skips it.
 *
 * The comparisons kept here hold span objects of their own, never a figure's: `BlockCache` moves
 * the figures of a moved block in place, and a shared span would then move twice.
 */
export class ComparisonMemo {
  private last: { fingerprint: Fingerprint; text: string; found: FigureComparisons } | undefined;

  get(analysis: Analysis, compare: () => FigureComparisons): FigureComparisons {
    const fingerprint = figureFingerprint(analysis);
    const last = this.last;
    const moved = last && sameFingerprint(last.fingerprint, fingerprint) ? moveFindings(last.found, last.text, analysis.text) : null;
    const found = moved ?? compare();
    this.last = { fingerprint, text: analysis.text, found };
    return found;
  }
}

/**
 * The findings of `before` moved to where their text is in `after`: the two texts differ in one
 * stretch (their common start and end kept), and text after it moves by the change in length.
 * Null when a finding touches the changed stretch.
 */
function moveFindings(found: FigureComparisons, before: string, after: string): FigureComparisons | null {
  const { head, tail } = commonEnds(before, after);
  const changedEnd = before.length - tail;
  const shift = after.length - before.length;
  const move = (span: Span): Span | null => {
    if (span.end <= head) return span;
    if (span.start >= changedEnd) return { start: span.start + shift, end: span.end + shift };
    return null;
  };
  const moveAll = (list: readonly Inconsistency[]): Inconsistency[] | null => {
    const moved: Inconsistency[] = [];
    for (const i of list) {
      const span = move(i.span);
      const related: Inconsistency['related'] = [];
      for (const r of i.related) {
        const at = move(r.span);
        if (!at) return null;
        related.push({ span: at, message: r.message });
      }
      if (!span) return null;
      moved.push({ ...i, span, related });
    }
    return moved;
  };
  const byValue = moveAll(found.byValue);
  const conversions = byValue && moveAll(found.conversions);
  return byValue && conversions ? { byValue, conversions } : null;
}
