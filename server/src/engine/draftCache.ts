import { BlockCache } from './blockCache';
import { MarkdownCache } from './document/markdownCache';
import { Memo } from './memo';
import { detectTimes } from './time/detect';

/**
 * What the engine keeps between two analyses of one document, so that an edit costs what it
 * changed rather than what the draft holds: Markdown chunks, the sentences and figures of each
 * block, and the time expressions each sentence's words hold (before they are resolved, which
 * depends on the sentences before). Whoever analyses a document as it is edited (the server, per open document)
 * holds one and passes it to `analyze`; the result is exactly what `analyze` without it returns.
 */
export class DraftCache {
  readonly markdown = new MarkdownCache();
  readonly blocks = new BlockCache();
  readonly times = new Memo(detectTimes);

  /** Called once per analysis, before anything is read from the cache. */
  nextAnalysis(): void {
    this.blocks.nextAnalysis();
    this.times.nextAnalysis();
  }
}
