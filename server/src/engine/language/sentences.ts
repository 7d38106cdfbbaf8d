import type { Block } from '../document/block';
import type { Span } from '../types';
import { readSentences, type Sentence, type Token } from './nlp';

/** A sentence of the draft with tokens at absolute offsets. */
export interface SentenceInfo extends Span {
  /** Index of its block in `Analysis.blocks`. */
  block: number;
  /** Its index in `Analysis.sentences`. */
  index: number;
  tokens: Token[];
}

/** Splits a block's prose view into sentences, shifted to draft offsets. */
export function blockSentences(block: Block): Omit<SentenceInfo, 'block' | 'index'>[] {
  return readSentences(block.text, block.start).flatMap(splitAfterScale);
}

/** A scale, pence or a clock time written short with a full stop after a number: "£12m.", "$4bn.", "40p.", "9am.". */
const SHORT_STOP = /^\d*(?:m|mn|bn|b|k|tn|p|am|pm)\.$/i;

/**
 * wink reads "m." after "£12" (or "9am.") as an abbreviation and runs on into the next sentence
 * ("The council spent £12m. Critics said ..."), which would lend that sentence's source to the
 * figure. Splits where such a token is followed by a capitalised word.
 */
function splitAfterScale(sentence: Sentence): Sentence[] {
  const { tokens } = sentence;
  // The full stop first: this reads every token of every block analysed.
  const k = tokens.findIndex((t, i) => t.text.endsWith('.') && SHORT_STOP.test(t.text) && (/^\d/.test(t.text) || tokens[i - 1]?.pos === 'NUM') && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? ''));
  if (k < 0) return [sentence];
  const head = tokens.slice(0, k + 1);
  const rest = tokens.slice(k + 1);
  const first: Sentence = { start: sentence.start, end: head.at(-1)!.end, tokens: head };
  return [first, ...splitAfterScale({ start: rest[0]!.start, end: sentence.end, tokens: rest })];
}

/** The prose view of a sentence: its stretch of its block's text. */
export function sentenceProse(s: SentenceInfo, block: Block): string {
  return block.text.slice(s.start - block.start, s.end - block.start);
}
