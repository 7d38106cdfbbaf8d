import { TIME_UNITS, UNITS } from './lexicon';
import type { NumberPhrase } from './numbers';
import type { Word } from './words';

/** Words that end the noun phrase after a number: verbs, prepositions, conjunctions, pronouns. */
const STOPS = new Set(['ADP', 'AUX', 'VERB', 'CCONJ', 'SCONJ', 'DET', 'PRON', 'ADV', 'PART', 'NUM', 'PUNCT', 'SYM', 'INTJ']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'all']);

export interface Counted {
  lemma: string;
  span: { start: number; end: number };
}

/**
 * What a figure counts: the head noun after it, as a lemma ("300 employees of a cement factory"
 * → "employee", "20 Syrian army soldiers" → "soldier", "thousands of people" → "people",
 * "a 45-seat council" → "seat"). The head is the first plural noun, or the last noun of the run.
 */
export function countedNoun(words: readonly Word[], p: NumberPhrase, last: number): Counted | undefined {
  const w = words[last]!;
  if (p.compound !== undefined) {
    const noun = p.compound.split(/[-–]/)[0]!;
    return UNITS.has(noun) || !/^\p{L}+$/u.test(noun) ? undefined : { lemma: noun, span: { start: p.end + 1, end: p.end + 1 + noun.length } };
  }
  if (w.after !== '') return undefined;
  let j = last + 1;
  // A unit is what "2.99 percent" or "$5m" measures; only "12 tonnes of maize" names more.
  if ((p.unit || p.scale) && words[j]?.lower !== 'of') return undefined;
  // "thousands of people", "a quarter of the list", "12 tonnes of maize": the noun follows "of".
  if (words[j]?.lower === 'of' && words[j]!.after === '' && (p.vague || p.form === 'fraction' || p.unit || p.scale)) {
    j++;
    while (words[j] && DETERMINERS.has(words[j]!.lower) && words[j]!.after === '') j++;
  }
  let head: Word | undefined;
  for (; j < words.length; j++) {
    const x = words[j]!;
    // A capitalised word is part of a name ("35 IS fighters", "42 Airbus A320 jets"), whatever wink tags it.
    const name = /^\p{Lu}/u.test(x.text);
    // wink tags some adjectives as adverbs ("four consecutive elections"): one is let through.
    const modifier = x.pos === 'ADV' && !head && j === last + 1 && words[j + 1]?.pos !== 'ADP';
    if (!/^\p{L}/u.test(x.text) || (STOPS.has(x.pos) && !name && !modifier) || (x.before !== '' && j > last + 1)) break;
    // "four times", "below 120,000 next year": a time word is not what a figure counts.
    if (TIME_UNITS.has(x.lower) || x.lower === 'times' || x.lower === 'time') break;
    if (x.pos !== 'ADJ' && x.pos !== 'PROPN' && /^\p{Ll}/u.test(x.text)) {
      head = x;
      if (x.lemma !== x.lower) break;
    }
    if (x.after !== '') break;
  }
  return head ? { lemma: head.lemma, span: { start: head.start, end: head.end } } : undefined;
}
