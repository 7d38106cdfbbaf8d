import winkNLP, { type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../types';

// wink-nlp with its English "lite web" model: tokens, sentence boundaries and part-of-speech
// tags in pure JavaScript, with no Node built-ins, at about half a million tokens a second
// here (100k words in ~190 ms). It handles abbreviations ("Dr.", "Oct."), contractions and
// currency symbols that a hand-written splitter gets wrong, which is why the engine does not
// split sentences itself.
// Only the annotations the engine reads: sentence boundaries and POS (with lemmas). The default
// pipe also scores negation and sentiment and names entities. No rule reads the first two; the
// entities' dates (the one kind the engine read) come from its own time grammar
// (`time/detect.ts`), which reads the same sentences anyway, and leaving wink's recogniser out
// made a full analysis of the seed 15-20% faster. Leaving any of the three out changes no
// token, tag or sentence boundary.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;
// wink's typings declare `its.pos` and `its.lemma` with signatures `out()` does not accept;
// both are token properties and work at run time.
const POS = its.pos as unknown as typeof its.value;
const LEMMA = its.lemma as unknown as typeof its.value;

export interface Token extends Span {
  /** The token as written. */
  text: string;
  /** Lower-case lemma ("kidnapped" → "kidnap"). */
  lemma: string;
  /** Universal POS tag: NOUN, VERB, AUX, NUM, PROPN, ADP, PUNCT, ... */
  pos: string;
  /** wink's token type: word, number, punctuation, currency, emoji, ... */
  type: string;
}

export interface Sentence extends Span {
  tokens: Token[];
}

/**
 * Splits prose into sentences of tagged tokens. Offsets are those in `text` plus `offset` (where
 * the text sits in the draft). A token wink normalised so that it no longer matches the text is
 * left out rather than mis-placed.
 */
export function readSentences(prose: string, offset = 0): Sentence[] {
  if (!/\S/.test(prose)) return [];
  const text = withLongRunsBroken(prose);
  const doc = nlp.readDoc(text);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const pos = all.out(POS) as string[];
  const lemmas = all.out(LEMMA) as string[];
  const types = all.out(its.type) as string[];
  const tokenAt: (Token | undefined)[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const at = text.indexOf(value, cursor);
    // A token is never far from the cursor; a long jump means wink changed the token's text.
    if (at < 0 || !blankBetween(text, cursor, at)) continue;
    tokenAt[i] = { start: offset + at, end: offset + at + value.length, text: value, lemma: lemmas[i] ?? value.toLowerCase(), pos: pos[i] ?? 'X', type: types[i] ?? 'word' };
    cursor = at + value.length;
  }

  const sentences: Sentence[] = [];
  doc.sentences().each((s: ItemSentence) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    const tokens: Token[] = [];
    for (let i = first; i <= last; i++) {
      const t = tokenAt[i];
      if (t) tokens.push(t);
    }
    if (tokens.length === 0) return;
    sentences.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens });
  });

  return sentences;
}

/**
 * Runs of more than this many characters with no white space are read in pieces. wink tries an
 * e-mail pattern at every character of a token, reading to its end each time: a 40,000-character
 * run ("$1$1$1...") took 7 s, and twice that length four times as long. No word, number or
 * address in prose comes near this length.
 */
const LONGEST_RUN = 500;

/**
 * The prose with every LONGEST_RUN-th character of an over-long run read as a space, so that wink
 * sees tokens of bounded length; same length, so every offset holds. Only what is read changes:
 * the draft is not edited.
 */
function withLongRunsBroken(prose: string): string {
  const parts: string[] = [];
  let from = 0;
  let run = 0;
  for (let i = 0; i < prose.length; i++) {
    const c = prose.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) run = 0;
    else if (++run > LONGEST_RUN) {
      parts.push(prose.slice(from, i), ' ');
      from = i + 1;
      run = 0;
    }
  }
  if (parts.length === 0) return prose;
  parts.push(prose.slice(from));
  return parts.join('');
}

/** Whether text[from, to) is all white space (as /\S/ sees it), without slicing in the common case. */
function blankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return !/\S/.test(text.slice(i, to));
  return true;
}
