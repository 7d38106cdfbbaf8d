import type { CalendarDate } from '../document/publicationDate';
import type { SentenceInfo } from '../language/sentences';
import type { Span } from '../types';

/** A time expression in the draft and what it means against the publication date. */
export interface TimeExpression extends Span {
  text: string;
  /** Index of its sentence in `Analysis.sentences`. */
  sentence: number;
  /**
   * absolute: names its year ("7 April 2016"); relative: depends on the day of writing or leaves
   * out the year ("on Thursday", "in March"); vague: relative with no single date ("recently").
   */
  kind: 'absolute' | 'relative' | 'vague';
  /** TimeML value ("2016-04-07", "2016-W15", "2016-03"), when it can be resolved. */
  value?: string;
}

/** TODO(issue 2/4): detection and resolution; this placeholder finds none yet. */
export function findTimeExpressions(_sentences: readonly SentenceInfo[], _text: string, _publication: CalendarDate | null): TimeExpression[] {
  return [];
}
