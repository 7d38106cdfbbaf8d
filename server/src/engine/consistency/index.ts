import type { Analysis } from '../analysis';
import { formatIsoDate } from '../document/publicationDate';
import { findAgeMismatches } from './ages';
import { findArithmetic } from './arithmetic';
import type { ComparisonMemo, FigureComparisons } from './comparisonMemo';
import { findWrongConversions } from './conversion';
import type { Inconsistency } from './inconsistency';
import { buildMentions } from './mentions';
import { findEnumerations, findPartsAgainstTotal } from './partsTotal';
import { findDifferentValues } from './sameReferent';
import { findSharesOver100 } from './shares';
import { findWeekdayMismatches } from './weekday';

export type { Inconsistency, InconsistencyKind } from './inconsistency';

/** More figures than any story holds: see findInconsistencies. */
export const MAX_MENTIONS = 2000;

/**
 * The document-wide consistency pass: every way RULES.md says figures in one draft can
 * disagree, in document order. `memo`, the document's cache, skips comparing the figures again
 * when the edit touched no sentence they are in.
 */
export function findInconsistencies(analysis: Analysis, memo?: ComparisonMemo): Inconsistency[] {
  // The checks compare every pair of figures. Past MAX_MENTIONS (one mention per figure) the
  // draft is a data dump, not a story, and the pairs would take minutes (41,000 figures in a
  // pasted megabyte): only the checks of one place at a time run, and no mention is built.
  if (analysis.figures.length > MAX_MENTIONS) return findWeekdayMismatches(analysis.times, analysis.text);
  const text = analysis.text;
  const { byValue, conversions } = memo ? memo.get(analysis, () => compareFigures(analysis)) : compareFigures(analysis);
  const found = [...byValue, ...findWeekdayMismatches(analysis.times, text), ...findAgeMismatches(analysis.ages), ...conversions];
  return found.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
}

function compareFigures(analysis: Analysis): FigureComparisons {
  const mentions = buildMentions(analysis);
  const publication = analysis.publicationDate ? formatIsoDate(analysis.publicationDate.date) : undefined;
  // Items of an enumeration ("60 died in Kargi, while 40 died in Belen") are parts of a whole, not re-mentions of it.
  const parts = new Set(findEnumerations(mentions, analysis.text).flat());
  const text = analysis.text;
  return {
    byValue: [
      ...findDifferentValues(mentions, parts, text, publication),
      ...findPartsAgainstTotal(mentions, analysis.blocks, text),
      ...findArithmetic(mentions, text),
      ...findSharesOver100(mentions, text),
    ],
    conversions: findWrongConversions(mentions, text),
  };
}
