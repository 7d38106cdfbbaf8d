import { BlockCache } from './blockCache';
import { ComparisonMemo } from './consistency/comparisonMemo';
import { MarkdownCache } from './document/markdownCache';
import { PlainTextCache } from './document/plainTextCache';
import { SentenceMemo } from './sentenceMemo';
import type { SentenceInfo } from './language/sentences';
import type { ResolvedSentence, TimeExpression } from './time/timeExpression';
import { FindingMemo } from './rules/findingMemo';
import type { Figure } from './language/figures';
import type { RuleFinding } from './rules/rule';
import type { Finding } from './types';

/**
 * What the engine keeps between two analyses of one document, so that an edit costs what it
 * changed rather than what the draft holds: Markdown chunks or plain-text paragraphs, what
 * each block holds on its own (sentences, figures, attribution cues, time expressions...),
 * each sentence's resolved times for as long as the dates before it stay the same, the figure
 * comparisons for as long as no sentence with a figure changes, each sentence's undated claim
 * while what it reads is the same, each time expression's relative-date finding, each
 * unsourced figure's finding, and each finding as reported. Whoever analyses a document as it
 * is edited (the server, per open document) holds one and passes it to `analyze`; the result
 * is exactly what `analyze` without it returns.
 */
export class DraftCache {
  readonly markdown = new MarkdownCache();
  readonly plainText = new PlainTextCache();
  readonly blocks = new BlockCache();
  /** Each sentence's resolved time expressions (`findTimeExpressions`). */
  readonly resolvedTimes = new SentenceMemo<ResolvedSentence>();
  /** The last comparisons of figures with each other (`inconsistent-figure`). */
  readonly comparisons = new ComparisonMemo();
  /** Each sentence's `undated-claim` finding, while what it reads is the same. */
  readonly undatedClaims = new FindingMemo<SentenceInfo>();
  /** Each time expression's `relative-date` finding, for as long as the publication date holds. */
  readonly relativeDates = new FindingMemo<TimeExpression>();
  /** Each unsourced figure's `unattributed-figure` finding. */
  readonly unattributedFigures = new FindingMemo<Figure>();
  /** Each rule finding as the engine reports it (`analyze`), while the rule gives the same one. */
  readonly reported = new WeakMap<RuleFinding, Finding>();

  /** Called once per analysis, before anything is read from the cache. */
  nextAnalysis(): void {
    this.blocks.nextAnalysis();
  }
}
