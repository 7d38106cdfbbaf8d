import { readSentences, type Sentence } from './nlp';

/**
 * The sentences of each block's prose, keyed by the prose itself, so that after an edit only
 * the blocks whose text changed go through wink-nlp again: tagging is most of the cost of an
 * analysis. Offsets stay relative to the block; `blockSentences` shifts them on use, so a
 * block that moved (text inserted above it) is still a hit.
 *
 * Entries live for two analyses: the one that used them and the next. Anything the draft no
 * longer holds is dropped, so the cache never grows past two drafts' worth.
 */
export class SentenceCache {
  private current = new Map<string, Sentence[]>();
  private previous = new Map<string, Sentence[]>();

  /** Called once per analysis, before the first `read`. */
  nextAnalysis(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  read = (text: string): Sentence[] => {
    let sentences = this.current.get(text) ?? this.previous.get(text);
    if (!sentences) sentences = readSentences(text);
    this.current.set(text, sentences);
    return sentences;
  };
}
