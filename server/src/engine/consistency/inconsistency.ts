import type { RelatedSpan, Span } from '../types';

/** The kinds of disagreement RULES.md lists under `inconsistent-figure`. */
export type InconsistencyKind =
  | 'different-values'
  | 'headline-body'
  | 'scale-slip'
  | 'parts-total'
  | 'percentage-change'
  | 'multiplier'
  | 'shares-over-100'
  | 'weekday'
  | 'age'
  | 'conversion';

/** One disagreement: it sits on one mention and points at the others. */
export interface Inconsistency {
  kind: InconsistencyKind;
  /** Warning when both cannot be true; information when they can but differ. */
  severity: 'warning' | 'information';
  span: Span;
  message: string;
  related: RelatedSpan[];
}
