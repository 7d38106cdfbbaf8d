import type { Word } from './words';

/**
 * How a qualifier turns the stated number into an interval. "more than 300" is (300, ∞),
 * "nearly 350" is [315, 350], "about 1,200" is [1140, 1260]: wide enough that rounding in
 * copy is not taken for a contradiction, narrow enough that 250 against 300 still is.
 */
type Bound = (v: number) => [number, number];

const ABOVE: Bound = (v) => [v, Infinity];
const BELOW: Bound = (v) => [0, v];
const NEAR_BELOW: Bound = (v) => [v * 0.9, v];
const NEAR_ABOVE: Bound = (v) => [v, v * 1.1];
const AROUND: Bound = (v) => [v * 0.95, v * 1.05];

/** A qualifier as written, its words (split once, not per figure) and its interval. */
type Qualifier = readonly [string, readonly string[], Bound];
const withWords = (phrase: string, bound: Bound): Qualifier => [phrase, phrase.split(' '), bound];

/** Qualifiers by their words, longest first so "no more than" wins over "more than". */
const QUALIFIERS: readonly Qualifier[] = [
  ['no more than', BELOW], ['not more than', BELOW], ['no fewer than', ABOVE], ['no less than', ABOVE], ['as many as', BELOW],
  ['as much as', BELOW], ['as few as', ABOVE], ['as little as', ABOVE], ['in excess of', ABOVE], ['upwards of', ABOVE],
  ['more than', ABOVE], ['greater than', ABOVE], ['higher than', ABOVE], ['fewer than', BELOW], ['less than', BELOW], ['lower than', BELOW],
  ['at least', ABOVE], ['at most', BELOW], ['up to', BELOW], ['just over', NEAR_ABOVE], ['just above', NEAR_ABOVE], ['just under', NEAR_BELOW],
  ['just below', NEAR_BELOW], ['well over', ABOVE], ['well above', ABOVE], ['close to', NEAR_BELOW], ['an estimated', AROUND],
  ['nearly', NEAR_BELOW], ['almost', NEAR_BELOW], ['about', AROUND], ['around', AROUND], ['approximately', AROUND], ['roughly', AROUND],
  ['some', AROUND], ['circa', AROUND], ['approx.', AROUND], ['over', ABOVE], ['above', ABOVE], ['under', BELOW], ['below', BELOW],
  ['exceeding', ABOVE], ['exactly', (v: number) => [v, v]], ['precisely', (v: number) => [v, v]],
].map(([words, bound]) => withWords(words as string, bound as Bound));

/** Qualifiers written after the number: "300 or more", "300 or so", "300-plus". */
const TRAILING: readonly Qualifier[] = [
  ['or more', ABOVE], ['or so', AROUND], ['or fewer', BELOW], ['or less', BELOW], ['plus', ABOVE],
].map(([words, bound]) => withWords(words as string, bound as Bound));

export interface Qualified {
  qualifier?: string;
  /** Word index where the qualified figure starts and ends. */
  first: number;
  last: number;
  low: number;
  high: number;
}

/** Reads the qualifier around words [first, last] and the interval it gives `value`. */
export function qualify(words: readonly Word[], first: number, last: number, value: number): Qualified {
  const out: Qualified = { first, last, low: value, high: value };
  for (const [phrase, parts, bound] of QUALIFIERS) {
    const at = first - parts.length;
    if (at < 0) continue;
    const matches = parts.every((p, k) => words[at + k]!.lower === p && (k === parts.length - 1 || words[at + k]!.after === ''));
    if (!matches || words[first - 1]!.after !== '') continue;
    [out.low, out.high] = bound(value);
    out.qualifier = phrase;
    out.first = at;
    break;
  }
  if (words[last]!.after !== '') return out;
  for (const [phrase, parts, bound] of TRAILING) {
    if (!parts.every((p, k) => words[last + 1 + k]?.lower === p && (k === parts.length - 1 || words[last + 1 + k]!.after === ''))) continue;
    if (out.qualifier === undefined) {
      [out.low, out.high] = bound(value);
      out.qualifier = phrase;
    }
    out.last = last + parts.length;
    break;
  }
  return out;
}
