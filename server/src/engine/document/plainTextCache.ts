import { detached } from '../detach';
import type { Block } from './block';

/** A paragraph's blocks, each by its offset from the paragraph's start. */
interface Split {
  /** The paragraph as written, detached from the draft it was read in. */
  key: string;
  blocks: { offset: number; text: string }[];
}

/**
 * The blocks of each paragraph of a plain-text draft's last split, by the paragraph's text:
 * after an edit only the paragraph it changed is split again. Splitting copies each block's
 * prose out of the draft (`ProseView`), and doing it for every paragraph at every keystroke
 * was a sixth of what a keystroke on the seed allocated. A paragraph's blocks depend on its
 * text alone (`plainText.ts`), so a paragraph written the same anywhere in the draft splits
 * the same. Only the paragraphs of the last split are kept.
 */
export class PlainTextCache {
  private last = new Map<string, Split>();
  private next = new Map<string, Split>();

  /** text[start, end)'s blocks, fresh objects at their places: `split` reads a paragraph not seen in the last split. */
  paragraph(text: string, start: number, end: number, split: () => Block[], out: Block[]): void {
    const written = text.slice(start, end);
    let found = this.last.get(written) ?? this.next.get(written);
    if (!found) {
      found = { key: detached(written), blocks: split().map((b) => ({ offset: b.start - start, text: b.text })) };
    }
    this.next.set(found.key, found);
    for (const b of found.blocks) out.push({ kind: 'paragraph', role: 'body', start: start + b.offset, text: b.text, citations: [] });
  }

  /** Called once a split is done: its paragraphs are the ones kept. */
  done(): void {
    this.last = this.next;
    this.next = new Map();
  }
}
