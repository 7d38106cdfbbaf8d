import { BlockCache } from './blockCache';
import { ComparisonMemo } from './consistency/comparisonMemo';
import type { FigureComparisons } from './consistency';
import { MarkdownCache } from './document/markdownCache';
import { Memo } from './memo';
import { SentenceMemo } from './sentenceMemo';
import { detectTimes } from './time/detect';
import type { ResolvedSentence } from './time/timeExpression';

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
  readonly times = new Memo(detectTimes);
  /** Each sentence's resolved time expressions (`findTimeExpressions`). */
  readonly resolvedTimes = new SentenceMemo<ResolvedSentence>();
  /** The last comparisons of figures with each other (`inconsistent-figure`). */
  readonly comparisons = new ComparisonMemo<FigureComparisons>();

  /** Called once per analysis, before anything is read from the cache. */
  nextAnalysis(): void {
    this.blocks.nextAnalysis();
    this.times.nextAnalysis();
  }
}
