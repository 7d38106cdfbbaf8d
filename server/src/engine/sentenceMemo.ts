import type { SentenceInfo } from './language/sentences';
import { detached, detachStrings } from './detach';
import { shiftInPlace } from './shiftInPlace';

interface Entry<T> {
  context: string;
  start: number;
  index: number;
  value: T;
}

/**
 * Remembers what a document-wide pass worked out for one sentence, given the sentence's words
 * and a `context` string that must hold everything else the work read (the state carried from
 * the sentences before, the block's role...). After an edit the pass asks again for every
 * sentence; a sentence with the same words and context gets the remembered value, its offsets
 * and sentence indices moved in place to where the sentence now is (`shiftInPlace`), so the
 * value must be made of spans, `sentence` indices and plain data that nothing else points
 * into. As with `BlockCache`, a value holds until the next analysis with the same cache.
 * Entries go with the sentences: keyed weakly by the sentence, which an edit elsewhere moves
 * but keeps. `get` and `set`, not one call taking the work as a closure: a closure for every
 * sentence asked about was garbage on every keystroke, hit or not.
 */
export class SentenceMemo<T> {
  private readonly entries = new WeakMap<SentenceInfo, Entry<T>>();

  /** The value remembered for the sentence in this context, moved to where it now is; undefined if none. */
  get(s: SentenceInfo, context: string): T | undefined {
    const hit = this.entries.get(s);
    if (hit?.context !== context) return undefined;
    if (hit.start !== s.start || hit.index !== s.index) {
      shiftInPlace(hit.value, s.start - hit.start, s.index - hit.index);
      hit.start = s.start;
      hit.index = s.index;
    }
    return hit.value;
  }

  /** Remembers the value for the sentence in this context; neither keeps the draft's text alive (`detach.ts`). */
  set(s: SentenceInfo, context: string, value: T): void {
    detachStrings(value);
    this.entries.set(s, { context: detached(context), start: s.start, index: s.index, value });
  }
}
