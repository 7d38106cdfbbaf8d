import type { SentenceInfo } from './language/sentences';
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
 * but keeps.
 */
export class SentenceMemo<T> {
  private readonly entries = new WeakMap<SentenceInfo, Entry<T>>();

  get(s: SentenceInfo, context: string, compute: () => T): T {
    const hit = this.entries.get(s);
    if (hit?.context === context) {
      if (hit.start !== s.start || hit.index !== s.index) {
        shiftInPlace(hit.value, s.start - hit.start, s.index - hit.index);
        hit.start = s.start;
        hit.index = s.index;
      }
      return hit.value;
    }
    const value = compute();
    this.entries.set(s, { context, start: s.start, index: s.index, value });
    return value;
  }
}
