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

/** A mutable prose view being built: starts all blank, prose is copied in span by span. */
export class ProseView {
  private readonly chars: string[];

  constructor(
    private readonly source: string,
    readonly start: number,
    end: number,
  ) {
    this.chars = new Array<string>(end - start).fill(' ');
  }

  /** Copies the draft's characters in [from, to) into the view (clipped to the block). */
  copy(from: number, to: number): void {
    const lo = Math.max(from, this.start);
    const hi = Math.min(to, this.start + this.chars.length);
    for (let i = lo; i < hi; i++) {
      const c = this.source.charCodeAt(i);
      // Line breaks inside a paragraph are soft: sentences run across them.
      this.chars[i - this.start] = c === 10 || c === 13 ? ' ' : this.source[i]!;
    }
  }

  toString(): string {
    return this.chars.join('');
  }
}
