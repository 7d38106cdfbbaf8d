import { BlockCache } from './blockCache';
import { MarkdownCache } from './document/markdownCache';

/**
 * What the engine keeps between two analyses of one document, so that an edit costs what it
 * changed rather than what the draft holds: Markdown chunks, and the sentences and figures of
 * each block. Whoever analyses a document as it is edited (the server, per open document)
 * holds one and passes it to `analyze`; the result is exactly what `analyze` without it returns.
 */
export class DraftCache {
  readonly markdown = new MarkdownCache();
  readonly blocks = new BlockCache();
}
