import type { Block } from './document/block';
import { findFigures, type Figure } from './language/figures';
import { blockSentences, type SentenceInfo } from './language/sentences';

/** What the engine reads from one block alone: its sentences, then their figures. */
export interface BlockAnalysis {
  sentences: SentenceInfo[];
  figures: Figure[];
}

/**
 * Analyses block number `index` of the draft, whose first sentence is sentence `first` of the
 * draft. Nothing here looks outside the block, which is what lets `BlockCache` reuse it.
 */
export function analyzeBlock(block: Block, index: number, first: number): BlockAnalysis {
  const sentences = blockSentences(block).map((s, i) => ({ ...s, block: index, index: first + i }));
  return { sentences, figures: sentences.flatMap((s) => findFigures(s, block)) };
}
