import type { Span } from '../../types';

/** An attribution found inside one sentence, before carrying and dating. */
export interface Cue {
  kind: 'reporting-verb' | 'according-to' | 'document' | 'citation' | 'source-tag';
  cue: Span;
  source: string;
  sourceSpan?: Span;
  /** Token index just after the cue, where a date stated with it would follow ("said on Sunday"). */
  after?: number;
  /** A date written inside the cue's phrase ("The FAA on Friday announced"). */
  dated?: Span;
  /** The source is a pronoun ("it said", "He added"): it stands for a source named before. */
  pronoun?: boolean;
}
