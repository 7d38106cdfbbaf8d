import type { Token } from '../nlp';

/**
 * A word of a sentence's prose as the figure detector reads it: a run of non-space characters
 * with the punctuation around it split off. wink's tokens split "A320s" into "A3" + "20s" and
 * "41C" into two; numbers and identifiers need the word as written, so the detector reads its
 * own words and borrows wink's part-of-speech tag where a token covers the same word.
 */
export interface Word {
  /** Absolute offsets of the core (without the punctuation around it). */
  start: number;
  end: number;
  /** The core as written, and lower-cased. */
  text: string;
  lower: string;
  /** Punctuation written right before and after the core ("(", "," ...). */
  before: string;
  after: string;
  /** wink's tag and lemma for the core, when a token covers it exactly or starts it. */
  pos: string;
  lemma: string;
}

const LEADING = /^[("'“‘«\[{*_]+/;
/** Punctuation that may close a word; scanned from the end by hand, since `[...]+$` is quadratic. */
const TRAILING = new Set([...')"\'”’»]}*_.,;:!?']);
const WORD = /\S+/g;

/** Splits a sentence's prose (the block's prose view between the sentence's offsets) into words. */
export function readWords(prose: string, offset: number, tokens: readonly Token[]): Word[] {
  const words: Word[] = [];
  // Tokens and words both run in text order: one cursor finds the token a word starts on.
  let k = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(prose); m; m = WORD.exec(prose)) {
    let core = m[0];
    const before = LEADING.exec(core)?.[0] ?? '';
    core = core.slice(before.length);
    let cut = core.length;
    while (cut > 0 && TRAILING.has(core[cut - 1]!)) cut--;
    let after = core.slice(cut);
    // An abbreviation keeps its full stop inside ("a.m.", "U.S."): only the last one is punctuation.
    if (after.startsWith('.') && /\.\p{L}+$/u.test(core.slice(0, core.length - after.length))) after = after.slice(1);
    core = core.slice(0, core.length - after.length);
    if (core === '') {
      // A lone dash or quote still separates phrases; keep it as an empty word.
      words.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: '', lower: '', before: m[0], after: '', pos: 'PUNCT', lemma: '' });
      continue;
    }
    const start = offset + m.index + before.length;
    while (k < tokens.length && tokens[k]!.start < start) k++;
    // Of tokens that start at the same place (an empty one), the last.
    while (k + 1 < tokens.length && tokens[k + 1]!.start === start) k++;
    const token = tokens[k]?.start === start ? tokens[k] : undefined;
    const whole = token && token.end === start + core.length;
    words.push({
      start,
      end: start + core.length,
      text: core,
      lower: core.toLowerCase(),
      before,
      after,
      pos: token?.pos ?? (/^\p{Lu}/u.test(core) ? 'PROPN' : 'X'),
      lemma: whole ? token.lemma : core.toLowerCase(),
    });
  }
  return words;
}

/** True when the word is written with a capital and is not the first of its sentence. */
export function isNameLike(words: readonly Word[], i: number): boolean {
  const w = words[i];
  // "iPhone", "eBay": a capital inside a word marks a name too.
  if (w && /^\p{Ll}+\p{Lu}/u.test(w.text)) return true;
  if (!w || !/^\p{Lu}/u.test(w.text)) return false;
  if (i === 0 || words[i - 1]!.after.match(/[.!?:]$/)) return w.pos === 'PROPN';
  return true;
}
