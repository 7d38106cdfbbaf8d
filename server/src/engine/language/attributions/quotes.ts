import type { Block } from '../../document/block';
import type { SentenceInfo } from '../sentences';

/** How a sentence stands to quotation marks. */
export interface QuoteState {
  /** Inside a quotation at its first character (a quote that runs on from the sentence before). */
  openAtStart: boolean;
  /** Opens with a quotation mark. */
  startsWithQuote: boolean;
  /** Has a quotation mark anywhere. */
  hasQuote: boolean;
}

const OPEN = new Set(['“', '«']);
const CLOSE = new Set(['”', '»']);

/**
 * Reads the quotation marks of each sentence of a block. Curly quotes say which way they go;
 * straight ones alternate from the start of the block, which is how a paragraph of copy reads.
 */
export function quoteStates(block: Block, sentences: readonly SentenceInfo[]): QuoteState[] {
  const text = block.text;
  if (!/["“”«»‘']/.test(text)) return sentences.map(() => ({ openAtStart: false, startsWithQuote: false, hasQuote: false }));
  const depthAt = new Int8Array(text.length + 1);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    depthAt[i] = depth;
    const c = text[i]!;
    if (OPEN.has(c)) depth = 1;
    else if (CLOSE.has(c)) depth = 0;
    else if (c === '"') depth = depth ? 0 : 1;
  }
  depthAt[text.length] = depth;
  return sentences.map((s) => {
    const from = s.start - block.start;
    const to = s.end - block.start;
    const body = text.slice(from, to);
    // Single quotation marks, as British copy writes them: an opening '‘' is never an apostrophe,
    // nor is a straight one that opens a sentence; a closing one may be ("the workers’ union").
    const single = /^['‘]/.test(body);
    return {
      openAtStart: depthAt[from] === 1,
      startsWithQuote: single || /^["“«]/.test(body),
      hasQuote: single || /["“”«»‘]/.test(body),
    };
  });
}
