import type { Span } from '../types';

/** Where a block stands in the story: a headline may summarise the body, a standfirst too. */
export type BlockRole = 'headline' | 'standfirst' | 'body';

/**
 * One unit of prose: a paragraph, heading, list item or table cell.
 *
 * `text` is the *prose view* of the block: the draft's characters from `start` to
 * `start + text.length`, with everything that is not prose (Markdown syntax, inline code, URLs,
 * HTML) replaced by spaces. Keeping the length lets every offset found in `text` map back to
 * the draft by adding `start`, with no offset tables.
 */
export interface Block {
  kind: 'heading' | 'paragraph' | 'list-item' | 'table-cell';
  role: BlockRole;
  start: number;
  text: string;
  /** Links and footnote references inside the block: citations that attribute a claim. */
  citations: Span[];
  /** For list items: the list (counted per draft) and the item's place in it. */
  list?: { id: number; index: number };
  /** For table cells: the table (counted per draft), row (0 = header) and column. */
  cell?: { table: number; row: number; column: number };
}

/**
 * A prose view being built: starts all blank, prose is copied in span by span. Copying is
 * idempotent and order does not matter (a character is either copied or blank), so the spans
 * are kept and the text is assembled once from slices of the draft.
 */
export class ProseView {
  private readonly spans: [number, number][] = [];

  constructor(
    private readonly source: string,
    readonly start: number,
    private readonly end: number,
  ) {}

  /** Copies the draft's characters in [from, to) into the view (clipped to the block). */
  copy(from: number, to: number): void {
    const lo = Math.max(from, this.start);
    const hi = Math.min(to, this.end);
    if (lo < hi) this.spans.push([lo, hi]);
  }

  toString(): string {
    this.spans.sort((a, b) => a[0] - b[0]);
    let out = '';
    let at = this.start;
    for (const [lo, hi] of this.spans) {
      if (hi <= at) continue;
      const from = Math.max(lo, at);
      // Line breaks inside a paragraph are soft: sentences run across them.
      out += ' '.repeat(from - at) + this.source.slice(from, hi).replace(/[\n\r]/g, ' ');
      at = hi;
    }
    return ownCopy(out + ' '.repeat(this.end - at));
  }
}

/**
 * `text` as a string of its own. A slice of the draft (a block that is one run of prose) keeps
 * the whole draft alive in V8 for as long as the block is cached: every paragraph edited would
 * pin a copy of the draft of that moment. Prepending a character and slicing it off makes V8
 * flatten the text into a new string.
 */
function ownCopy(text: string): string {
  return (` ${text}`).slice(1);
}
