import { BlockCache } from './blockCache';
import { ComparisonMemo } from './consistency/comparisonMemo';
import { MarkdownCache } from './document/markdownCache';
import { SentenceMemo } from './sentenceMemo';
import { contentKey } from './contentKey';
import { type SentenceInfo, sentenceProse } from './language/sentences';
import { type Candidate, detectTimes } from './time/detect';
import type { ResolvedSentence } from './time/timeExpression';
import type { Block } from './document/block';

/**
 * What the engine keeps between two analyses of one document, so that an edit costs what it
 * changed rather than what the draft holds: Markdown chunks, what each block holds on its own
 * (sentences, figures, attribution cues...), the time expressions each sentence's words hold,
 * each sentence's resolved times for as long as the dates before it stay the same, and the
 * figure comparisons for as long as no sentence with a figure changes. Whoever
 * analyses a document as it is edited (the server, per open document) holds one and passes it
 * to `analyze`; the result is exactly what `analyze` without it returns.
 */
export class DraftCache {
  readonly markdown = new MarkdownCache();
  readonly blocks = new BlockCache();
  private readonly sentenceTimes = new WeakMap<object, Candidate[]>();
  /** Each sentence's resolved time expressions (`findTimeExpressions`). */
  readonly resolvedTimes = new SentenceMemo<ResolvedSentence>();
  /** The last comparisons of figures with each other (`inconsistent-figure`). */
  readonly comparisons = new ComparisonMemo();

  /**
   * The time expressions a sentence's words hold, remembered by sentence content
   * (`contentKey.ts`): a sentence moved by an edit is not read again, nor its prose sliced.
   */
  readonly detectTimes = (s: SentenceInfo, block: Block): Candidate[] => {
    const key = contentKey(s);
    let found = this.sentenceTimes.get(key);
    if (!found) this.sentenceTimes.set(key, (found = detectTimes(sentenceProse(s, block))));
    return found;
  };

  /** Called once per analysis, before anything is read from the cache. */
  nextAnalysis(): void {
    this.blocks.nextAnalysis();
  }
}
