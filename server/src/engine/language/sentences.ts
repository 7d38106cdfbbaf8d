import type { Block } from '../document/block';
import type { Span } from '../types';
import { readSentences, type Entity, type Token } from './nlp';

/** A sentence of the draft with tokens and entities at absolute offsets. */
export interface SentenceInfo extends Span {
  /** Index of its block in `Analysis.blocks`. */
  block: number;
  /** Its index in `Analysis.sentences`. */
  index: number;
  tokens: Token[];
  entities: Entity[];
}

/** Splits a block's prose view into sentences, shifted to draft offsets. */
export function blockSentences(block: Block): Omit<SentenceInfo, 'block' | 'index'>[] {
  return readSentences(block.text, block.start);
}

/** The prose view of a sentence: its stretch of its block's text. */
export function sentenceProse(s: SentenceInfo, block: Block): string {
  return block.text.slice(s.start - block.start, s.end - block.start);
}
