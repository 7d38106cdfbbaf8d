import type { Sentence, Token } from './language/nlp';
import type { SentenceInfo } from './language/sentences';
import type { Span } from './types';

/**
 * A sentence at its place in the draft, as `analyzeBlock` makes it and `BlockCache` keeps it.
 * When an edit above moves it, `move` shifts its offsets at once, and its tokens only when they
 * are next read: a keystroke moves half a long draft's tokens (60,000 at 100k words), shifting
 * them all cost more than the rest of the block pass, and the passes after it read the tokens
 * of few sentences (those with figures, times or quotes).
 *
 * The tokens live in a private field, which `assert.deepEqual` does not see: the cache's
 * equality test compares them through their getter explicitly.
 */
export class PlacedSentence implements SentenceInfo {
  start: number;
  end: number;
  block: number;
  index: number;
  #tokens: Token[];
  /** How far the tokens are yet to move. */
  #shift = 0;

  constructor(s: Sentence, block: number, index: number) {
    this.start = s.start;
    this.end = s.end;
    this.block = block;
    this.index = index;
    this.#tokens = s.tokens;
  }

  get tokens(): Token[] {
    if (this.#shift !== 0) moveSpans(this.#tokens, this.#shift);
    this.#shift = 0;
    return this.#tokens;
  }

  /** Moves the sentence by `offset` characters into block `block`, `sentence` places on. */
  move(offset: number, block: number, sentence: number): void {
    this.start += offset;
    this.end += offset;
    this.block = block;
    this.index += sentence;
    this.#shift += offset;
  }
}

function moveSpans(spans: readonly Span[], by: number): void {
  for (const x of spans) {
    x.start += by;
    x.end += by;
  }
}
