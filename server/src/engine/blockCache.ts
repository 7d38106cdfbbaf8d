import { analyzeBlock, type BlockAnalysis } from './blockAnalysis';
import type { Block } from './document/block';
import type { Cue } from './language/attributions/cue';
import type { Figure } from './language/figures';
import { shiftInPlace } from './shiftInPlace';

/** A block's analysis and where it was made: its offset, its index, its first sentence's index. */
interface Entry {
  start: number;
  index: number;
  first: number;
  analysis: BlockAnalysis;
}

/** The entries of one text, one per occurrence, and how many of them this analysis took. */
interface Occurrences {
  entries: Entry[];
  taken: number;
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
 * One map lives as long as the cache, and its entries are updated in place: building a new map
 * and a new entry for each of a long draft's 5,000 blocks on every keystroke was most of what
 * this pass allocated, and all of it outlived the young generation. After an analysis, what the
 * draft no longer holds is dropped (`done`), so the cache holds one version's worth between
 * keystrokes.
 */
export class BlockCache {
  /** Entries by prose; a text that occurs several times has one entry per occurrence. */
  private readonly byText = new Map<string, Occurrences>();

  /** Called once per analysis, before the first `analyze`. */
  nextAnalysis(): void {
    for (const occurrences of this.byText.values()) occurrences.taken = 0;
  }

  /** Called once per analysis, after the last `analyze`: what the draft no longer holds goes. */
  done(): void {
    // forEach, not for...of: no [text, entry] pair made for each of a long draft's blocks.
    this.byText.forEach((occurrences, text) => {
      if (occurrences.taken === 0) this.byText.delete(text);
      else occurrences.entries.length = occurrences.taken;
    });
  }

  analyze(block: Block, index: number, first: number): BlockAnalysis {
    let occurrences = this.byText.get(block.text);
    if (!occurrences) this.byText.set(block.text, (occurrences = { entries: [], taken: 0 }));
    // The n-th block with this text takes over the n-th one of the previous version, so that a
    // paragraph repeated in a draft does not move back and forth between its occurrences; one
    // more occurrence than before is read afresh, as two places cannot share one analysis.
    const old = occurrences.entries[occurrences.taken++];
    if (!old) {
      const analysis = analyzeBlock(block, index, first);
      occurrences.entries.push({ start: block.start, index, first, analysis });
      return analysis;
    }
    move(old, block.start, index, first);
    return old.analysis;
  }
}

/** Moves the entry's analysis, in place, to offset `start`, block `index`, first sentence `first`. */
function move(entry: Entry, start: number, index: number, first: number): void {
  const offset = start - entry.start;
  const sentence = first - entry.first;
  if (offset === 0 && sentence === 0 && index === entry.index) return;
  const { analysis } = entry;
  for (const s of analysis.sentences) s.move(offset, index, sentence);
  for (const f of analysis.figures) moveFigure(f, offset, sentence);
  for (const inSentence of analysis.cues) for (const c of inSentence) moveCue(c, offset);
  shiftInPlace(analysis.ages, offset, sentence);
  entry.start = start;
  entry.index = index;
  entry.first = first;
}

/**
 * `shiftInPlace` for a figure, field by field: a long draft moves thousands of figures on every
 * keystroke, and walking each one's keys was a third of keeping the blocks below an edit. The
 * cache's equality test (`draftCache.test.ts`) fails if a field that holds an offset is missed.
 */
function moveFigure(f: Figure, offset: number, sentence: number): void {
  f.start += offset;
  f.end += offset;
  f.number.start += offset;
  f.number.end += offset;
  f.sentence += sentence;
}

/**
 * `shiftInPlace` for an attribution cue, field by field, as for a figure: walking each cue's
 * keys was a twentieth of a keystroke at 100k words. A cue holds no sentence index; `after` is
 * a token index within its sentence, which a move leaves as it is.
 */
function moveCue(c: Cue, offset: number): void {
  c.cue.start += offset;
  c.cue.end += offset;
  if (c.sourceSpan) {
    c.sourceSpan.start += offset;
    c.sourceSpan.end += offset;
  }
  if (c.dated) {
    c.dated.start += offset;
    c.dated.end += offset;
  }
}
