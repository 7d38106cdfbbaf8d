import type { SentenceInfo } from './sentences';
import type { Span } from '../types';

/**
 * A number that makes a factual claim (RULES.md, "Figures").
 * TODO(issue 3): detection; this placeholder finds none yet.
 */
export interface Figure extends Span {
  text: string;
  /** Index of its sentence in `Analysis.sentences`. */
  sentence: number;
  /** The value as an interval: "more than 300" → [300, ∞); "about 1,200" → [1140, 1260]. */
  low: number;
  high: number;
  /** The stated number itself ("300" in "more than 300"). */
  value: number;
  /** Unit or currency ("percent", "USD", "km"), if any. */
  unit?: string;
  /** What it counts, as a lemma ("employee", "village"), if known. */
  counts?: string;
  /** True for vague magnitudes: "thousands", "dozens of". */
  vague: boolean;
}

export function findFigures(_sentence: SentenceInfo, _text: string): Figure[] {
  return [];
}
