import type { Token } from '../language/nlp';
import { CALENDAR_WORDS, PLACE_NOUNS, REGION_WORDS } from './lexicon';

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'across', 'near', 'outside', 'inside', 'throughout']);
/** Determiners that open a phrase of speech, not of place: "in a statement", "in his speech". */
const NOT_A_PLACE = new Set(['a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that']);

/** A place as read: its name, lower-cased, and the index of the token after it. */
export interface Place {
  name: string;
  end: number;
}

/**
 * Places a sentence puts its claims in, lower-cased: every place after a preposition of place
 * ("in Kessa", "at the Lusk plant", "In District 9,", "in the north"), and numbered places
 * wherever they stand, since their number names them ("Route 66 buses carry 400").
 */
export function placesOf(tokens: readonly Token[]): Set<string> {
  const places = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const place = PLACE_PREPOSITIONS.has(tokens[i]!.lemma) ? placeAt(tokens, i + 1) : numberedPlace(tokens, i);
    if (place) places.add(place.name);
  }
  return places;
}

/** "District 9", "gate 4": a kind of place and the number that names it. */
function numberedPlace(tokens: readonly Token[], j: number): Place | undefined {
  const [t, number] = [tokens[j], tokens[j + 1]];
  return t && number && /^\d+$/.test(number.text) && PLACE_NOUNS.has(t.lemma) ? { name: `${t.lemma} ${number.text}`, end: j + 2 } : undefined;
}

/**
 * The place named from token `j` on (right after a preposition), or undefined: a name ("Kessa",
 * "New York", "the village of Tala" → "tala"), a kind of place with its number, which names it
 * ("District 9", "gate 4" → "district 9"), or a part of a country ("the north-east", "rural areas",
 * "central London" → "london"). One reading for frames and for places inside the sentence, so
 * "In the north, ..." and "... in the north" are one place.
 */
export function placeAt(tokens: readonly Token[], j: number): Place | undefined {
  if (tokens[j]?.pos === 'DET') {
    if (NOT_A_PLACE.has(tokens[j]!.lemma)) return undefined;
    j++;
  }
  if (PLACE_NOUNS.has(tokens[j]?.lemma ?? '') && tokens[j + 1]?.text.toLowerCase() === 'of') j += 2;
  const t = tokens[j];
  if (!t) return undefined;
  const numbered = numberedPlace(tokens, j);
  if (numbered) return numbered;
  if (isName(t)) {
    let end = j + 1;
    while (tokens[end] && isName(tokens[end]!)) end++;
    return { name: written(tokens.slice(j, end)), end };
  }
  if (!REGION_WORDS.has(t.lemma)) return undefined;
  // "north-east": the parts of a compound direction are one word.
  let end = j + 1;
  while (tokens[end]?.text === '-' && tokens[end]!.start === tokens[end - 1]!.end && tokens[end + 1]?.start === tokens[end]!.end) end += 2;
  const next = tokens[end];
  if (next && isName(next)) return placeAt(tokens, end);
  if (next?.pos === 'NOUN') end++;
  return { name: written(tokens.slice(j, end)), end };
}

/** A capitalised proper noun that is no month or weekday (wink keeps some lemmas' capitals). */
function isName(t: Token): boolean {
  return t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !CALENDAR_WORDS.has(t.text.toLowerCase());
}

/** Tokens as written, lower-cased: "north-east" stays one word, "New York" two. */
export function written(tokens: readonly Token[]): string {
  return tokens.map((t, i) => (i > 0 && t.start > tokens[i - 1]!.end ? ' ' : '') + t.text.toLowerCase()).join('');
}
