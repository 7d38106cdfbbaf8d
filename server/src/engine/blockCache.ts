import { analyzeBlock, type BlockAnalysis } from './blockAnalysis';
import type { Block } from './document/block';
import type { Entity, Token } from './language/nlp';
import type { SentenceInfo } from './language/sentences';
import { shareContentKey } from './contentKey';
import { relocate } from './relocate';

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
 * are most of the cost of an analysis. A block that only moved (text inserted above it) gets
 * its old analysis copied with offsets and indices moved, never changed in place, because the
 * previous analysis may still be in use.
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
    // paragraph repeated in a draft does not move back and forth between its occurrences.
    const old = this.previous.get(block.text)?.[entries.length] ?? entries[0] ?? this.previous.get(block.text)?.[0];
    const analysis = !old ? analyzeBlock(block, index, first) : samePlace(old.placement, placement) ? old.analysis : moved(old, placement);
    entries.push({ placement, analysis });
    return analysis;
  }
}

function samePlace(a: Placement, b: Placement): boolean {
  return a.start === b.start && a.index === b.index && a.first === b.first;
}

function moved(entry: Entry, to: Placement): BlockAnalysis {
  const offset = to.start - entry.placement.start;
  const sentence = to.first - entry.placement.first;
  const entity = (e: Entity): Entity => ({ start: e.start + offset, end: e.end + offset, type: e.type, first: e.first, last: e.last });
  const sentences = entry.analysis.sentences.map((s) => movedSentence(s, offset, to.index, s.index + sentence, s.entities.map(entity)));
  const { figures, cues, quotes, ages } = entry.analysis;
  return { sentences, figures: relocate(figures, offset, sentence), cues: relocate(cues, offset, sentence), quotes, ages: relocate(ages, offset, sentence) };
}

/** Tokens not copied yet: those of `base`, each to be moved by `shift`. */
interface PendingTokens {
  base: readonly Token[];
  shift: number;
  copied?: Token[];
}

const pending = new WeakMap<SentenceInfo, PendingTokens>();

/**
 * A sentence moved by `offset`. Its tokens are copied when first read: half a draft's tokens
 * move on every keystroke, and most are never read again before the next one (the passes after
 * the block cache read the tokens of sentences with figures, times or quotes). A sentence
 * moved again before its tokens were read keeps the same base with the shifts added, so no
 * chain of versions builds up. A field added to Token must be added to the copy below
 * (draftCache.test.ts fails otherwise).
 */
function movedSentence(s: SentenceInfo, offset: number, block: number, index: number, entities: Entity[]): SentenceInfo {
  const from = pending.get(s);
  const tokens: PendingTokens = from && !from.copied ? { base: from.base, shift: from.shift + offset } : { base: s.tokens, shift: offset };
  const moved: SentenceInfo = {
    start: s.start + offset,
    end: s.end + offset,
    get tokens(): Token[] {
      if (!tokens.copied) {
        const shift = tokens.shift;
        tokens.copied = tokens.base.map((t) => ({ start: t.start + shift, end: t.end + shift, text: t.text, lemma: t.lemma, pos: t.pos, type: t.type }));
        shareContentKey(tokens.copied, tokens.base);
        tokens.base = [];
      }
      return tokens.copied;
    },
    entities,
    block,
    index,
  };
  pending.set(moved, tokens);
  shareContentKey(moved, s);
  return moved;
}
