import { blockAges, type Age } from './consistency/ages';
import type { Block } from './document/block';
import { sentenceCues } from './language/attributions';
import { dateRanges } from './language/attributions/dated';
import { writesSourceTag } from './language/attributions/citations';
import type { Cue } from './language/attributions/cue';
import { quoteStates, type QuoteState } from './language/attributions/quotes';
import { findFigures, type Figure } from './language/figures';
import { blockSentences, sentenceProse } from './language/sentences';
import { PlacedSentence } from './placedSentence';
import { type Candidate, detectTimes } from './time/detect';

/**
 * What the engine reads from one block alone: its sentences, then their figures, the
 * attribution cues, quotation marks and time expressions each sentence holds, and the ages of
 * people it states.
 * The document-wide passes (carrying attributions, comparing figures and ages) start from
 * these, so after an edit only the changed block's share of them is read again.
 */
export interface BlockAnalysis {
  sentences: PlacedSentence[];
  figures: Figure[];
  /** Per sentence of the block: reporting verbs and phrases, before pronouns are resolved. */
  cues: Cue[][];
  /** Per sentence of the block: how it stands to quotation marks. */
  quotes: QuoteState[];
  /**
   * Per sentence of the block: the time expressions its words hold, offsets in the sentence's
   * prose (so a moved block leaves them as they are); resolving them reads the sentences before.
   */
  times: Candidate[][];
  /** Whether any sentence holds a time expression: `findTimeExpressions` passes over blocks with none. */
  timed: boolean;
  ages: Age[];
  /**
   * Whether a sentence holds a cue or the prose writes a source tag or footnote reference:
   * without either, and without links (`Block.citations`, read afresh as a link's target can
   * change elsewhere), the block holds no attribution of its own, and `findAttributions` passes
   * over it without reading its sentences.
   */
  mayAttribute: boolean;
}

/**
 * Analyses block number `index` of the draft, whose first sentence is sentence `first` of the
 * draft. Nothing here looks outside the block's text, which is what lets `BlockCache` reuse it.
 */
export function analyzeBlock(block: Block, index: number, first: number): BlockAnalysis {
  const sentences = blockSentences(block).map((s, i) => new PlacedSentence(s, index, first + i));
  const times = sentences.map((s) => detectTimes(sentenceProse(s, block)));
  const cues = sentences.map((s, i) => sentenceCues(s, block, dateRanges(s.tokens, times[i]!, s.start)));
  return {
    sentences,
    figures: sentences.flatMap((s) => findFigures(s, block)),
    cues,
    quotes: quoteStates(block, sentences),
    times,
    timed: times.some((t) => t.length > 0),
    ages: blockAges(block, sentences),
    mayAttribute: cues.some((c) => c.length > 0) || writesSourceTag(block.text),
  };
}
