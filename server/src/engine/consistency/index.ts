import type { Analysis } from '../analysis';
import { formatIsoDate } from '../document/publicationDate';
import { findArithmetic } from './arithmetic';
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
  // Items of an enumeration of different things are parts of a whole, not re-mentions of it.
  const parts = new Set(findEnumerations(mentions, analysis.text).filter((run) => new Set(run.flatMap((m) => (m.head ? [m.head.concept] : []))).size > 1).flat());
  const found = [...findDifferentValues(mentions, parts, analysis.text, publication), ...findPartsAgainstTotal(mentions, analysis.blocks, analysis.text), ...findArithmetic(mentions, analysis.text), ...findSharesOver100(mentions, analysis.text), ...findWeekdayMismatches(analysis.times, analysis.text)];
  return found.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
}
