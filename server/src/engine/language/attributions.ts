import type { Block } from '../document/block';
import type { SentenceInfo } from './sentences';
import type { Span } from '../types';

/**
 * Who says so: a reporting verb with its source, "according to X", a citation, a source tag.
 * TODO(issue 3): detection; this placeholder finds none yet.
 */
export interface Attribution {
  /** The cue: "said", "according to", a link, a footnote reference, a source tag. */
  cue: Span;
  kind: 'reporting-verb' | 'according-to' | 'quote' | 'carried' | 'citation' | 'source-tag' | 'document';
  /** The source as the draft names it ("the Syrian Observatory for Human Rights"). */
  source: string;
  sourceSpan?: Span;
  /** Index of the sentence it covers in `Analysis.sentences`. */
  sentence: number;
  /** A time stated with the attribution ("said on Sunday"): it anchors running totals. */
  dated?: Span;
}

export function findAttributions(_sentences: readonly SentenceInfo[], _blocks: readonly Block[], _text: string): Attribution[] {
  return [];
}
