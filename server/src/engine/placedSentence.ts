import type { Entity, Sentence, Token } from './language/nlp';
import type { SentenceInfo } from './language/sentences';
import type { Span } from './types';

/**
 * A sentence at its place in the draft, as `analyzeBlock` makes it and `BlockCache` keeps it.
 * When an edit above moves it, `move` shifts its offsets at once, and its tokens and entities
 * only when they are next read: a keystroke moves half a long draft's tokens (60,000 at 100k
 * words), shifting them all cost more than the rest of the block pass, and the passes after it
 * read the tokens of few sentences (those with figures, times or quotes) and the entities of
 * none (only the block's own analysis reads them). Shifting the entities at once was, with the
 * figures' shift, most of what keeping a moved block cost: memory reads scattered over half
 * the draft.
 *
 * The tokens and entities live in private fields, which `assert.deepEqual` does not see: the
 * cache's equality test compares them through their getters explicitly.
 */
export class PlacedSentence implements SentenceInfo {
  start: number;
  end: number;
  block: number;
  index: number;
  #entities: Entity[];
  #tokens: Token[];
  /** How far the tokens are yet to move. */
  #shift = 0;
  /** How far the entities are yet to move. */
  #entityShift = 0;

  constructor(s: Sentence, block: number, index: number) {
    this.start = s.start;
    this.end = s.end;
    this.block = block;
    this.index = index;
    this.#entities = s.entities;
    this.#tokens = s.tokens;
  }

  get tokens(): Token[] {
    if (this.#shift !== 0) moveSpans(this.#tokens, this.#shift);
    this.#shift = 0;
    return this.#tokens;
  }

  get entities(): Entity[] {
    if (this.#entityShift !== 0) moveSpans(this.#entities, this.#entityShift);
    this.#entityShift = 0;
    return this.#entities;
  }

  /** Moves the sentence by `offset` characters into block `block`, `sentence` places on. */
  move(offset: number, block: number, sentence: number): void {
    this.start += offset;
    this.end += offset;
    this.block = block;
    this.index += sentence;
    this.#shift += offset;
    this.#entityShift += offset;
  }
}

function moveSpans(spans: readonly Span[], by: number): void {
  for (const x of spans) {
    x.start += by;
    x.end += by;
  }
}
