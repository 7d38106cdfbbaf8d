import { analyzeBlock, type BlockAnalysis } from './blockAnalysis';
import type { Block } from './document/block';
import { shiftInPlace } from './shiftInPlace';

/** Where a block's analysis was made: its offset, its index, the index of its first sentence. */
interface Placement {
  start: number;
  index: number;
  first: number;
}

interface Entry {
  placement: Placement;
  analysis: BlockAnalysis;
}

/**
 * The analysis of each block (sentences, tokens, figures), keyed by the block's prose, so that
 * after an edit only the blocks whose text changed are read again: tagging and figure reading
 * are most of the cost of an analysis.
 *
 * A block that only moved (text inserted above it) keeps its analysis, its offsets and indices
 * shifted in place. Copying them instead made half a draft's sentences, tokens and figures
 * anew on every keystroke, and the collector's copying of those young objects was a third of a
 * keystroke on a long draft. The price is that an analysis made with a `DraftCache` holds until
 * the next analysis with that cache only: whoever keeps results across analyses (a memo in
 * `DraftCache`) keeps copies of the spans it needs.
 *
 * Entries live from the analysis that used them to the end of the next one's block pass:
 * whatever the draft no longer holds is then dropped, so the cache holds one version's worth
 * between keystrokes.
 */
export class BlockCache {
  /** Entries by prose; a text that occurs several times has one entry per occurrence. */
  private current = new Map<string, Entry[]>();
  private previous = new Map<string, Entry[]>();

  /** Called once per analysis, before the first `analyze`. */
  nextAnalysis(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** Called once per analysis, after the last `analyze`: what the draft no longer holds goes. */
  done(): void {
    this.previous = new Map();
  }

  analyze(block: Block, index: number, first: number): BlockAnalysis {
    const placement = { start: block.start, index, first };
    const entries = this.current.get(block.text) ?? [];
    if (entries.length === 0) this.current.set(block.text, entries);
    // The n-th block with this text takes over the n-th one of the previous version, so that a
    // paragraph repeated in a draft does not move back and forth between its occurrences; one
    // more occurrence than before is read afresh, as two places cannot share one analysis.
    const old = this.previous.get(block.text)?.[entries.length];
    const analysis = old ? moved(old, placement) : analyzeBlock(block, index, first);
    entries.push({ placement, analysis });
    return analysis;
  }
}

/** The entry's analysis moved to `to`, in place. */
function moved({ placement: from, analysis }: Entry, to: Placement): BlockAnalysis {
  const offset = to.start - from.start;
  const sentence = to.first - from.first;
  if (offset === 0 && sentence === 0 && to.index === from.index) return analysis;
  for (const s of analysis.sentences) s.move(offset, to.index, sentence);
  shiftInPlace(analysis.figures, offset, sentence);
  shiftInPlace(analysis.cues, offset, sentence);
  shiftInPlace(analysis.ages, offset, sentence);
  return analysis;
}
