import type { Analysis } from '../analysis';
import { formatIsoDate } from '../document/publicationDate';
import { findAgeMismatches } from './ages';
import { findArithmetic } from './arithmetic';
import { findWrongConversions } from './conversion';
import type { Inconsistency } from './inconsistency';
import { buildMentions } from './mentions';
import { findEnumerations, findPartsAgainstTotal } from './partsTotal';
import { findDifferentValues } from './sameReferent';
import { findSharesOver100 } from './shares';
import { findWeekdayMismatches } from './weekday';

export type { Inconsistency, InconsistencyKind } from './inconsistency';

/**
 * The document-wide consistency pass: every way RULES.md says figures in one draft can
 * disagree, in document order.
 */
export function findInconsistencies(analysis: Analysis): Inconsistency[] {
  const mentions = buildMentions(analysis);
  const publication = analysis.publicationDate ? formatIsoDate(analysis.publicationDate.date) : undefined;
  // Items of an enumeration ("60 died in Kargi, while 40 died in Belen") are parts of a whole, not re-mentions of it.
  const parts = new Set(findEnumerations(mentions, analysis.text).flat());
  const text = analysis.text;
  const found = [
    ...findDifferentValues(mentions, parts, text, publication),
    ...findPartsAgainstTotal(mentions, analysis.blocks, text),
    ...findArithmetic(mentions, text),
    ...findSharesOver100(mentions, text),
    ...findWeekdayMismatches(analysis.times, text),
    ...findAgeMismatches(analysis),
    ...findWrongConversions(mentions, text),
  ];
  return found.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
}
