import type { Token } from '../language/nlp';
import type { TimeExpression } from '../time/timeExpression';
import { placeAt, written } from './places';

/**
 * A phrase that opens a sentence and scopes every figure in it: "In district 1, 40 people ...",
 * "In the north, ...", "Last year, ...", "In 2019, ...", "Among women, ...", "In the first
 * round, ...". Figures under two different frames of one kind describe different things, however
 * alike their words.
 */
export interface Frame {
  kind: 'place' | 'time' | 'group' | 'part';
  /** What the frame names, for comparison: "district 1", "north", "last year", "2019", "women", "first round". */
  key: string;
}

/** A frame is a short opener: past this many words before the comma it is a clause of its own. */
const MAX_WORDS = 5;
const PLACE_OPENERS = new Set(['in', 'at', 'across', 'inside', 'outside', 'throughout']);
const YEAR_OPENERS = new Set(['in', 'during', 'for']);
/** Heads of "In the latest report," and the like: they frame what is said, not a part of the story. */
const NOT_A_PART = new Set([
  'statement', 'report', 'interview', 'letter', 'speech', 'remark', 'comment', 'meantime', 'end', 'wake', 'aftermath', 'light',
  'face', 'view', 'opinion', 'words', 'past', 'future', 'meanwhile', 'process', 'course', 'event', 'case', 'hearing', 'ruling',
]);

/**
 * The frame that opens a sentence, from its tokens (quotation marks before it skipped) up to the
 * first comma; `times` are the sentence's time expressions. Openers that frame nothing ("In all,",
 * "In total,", "In a statement,", "At least 40 ...") give none.
 */
export function frameOf(tokens: readonly Token[], times: readonly TimeExpression[]): Frame | undefined {
  let first = 0;
  while (tokens[first]?.pos === 'PUNCT') first++;
  const comma = tokens.findIndex((t, i) => i > first && t.text === ',');
  if (comma < 0 || comma - first > MAX_WORDS + 1) return undefined;
  const words = tokens.slice(first, comma);
  const opener = words[0]!.text.toLowerCase();
  const rest = words.slice(1);
  if (opener === 'among' && rest.length > 0) return { kind: 'group', key: written(withoutThe(rest)) };
  const time = times.find((t) => t.start >= words[0]!.start && t.start <= (words[1] ?? words[0]!).start && t.end === words.at(-1)!.end);
  if (time) return { kind: 'time', key: time.value ?? timeWords(time.text) };
  // A year alone is no time expression of its own: "In 2019,".
  if (YEAR_OPENERS.has(opener) && rest.length === 1 && /^\d{4}$/.test(rest[0]!.text)) return { kind: 'time', key: rest[0]!.text };
  if (!PLACE_OPENERS.has(opener)) return undefined;
  // The place must fill the frame: "In Kessa and Dunmore," is two places, not Kessa.
  const place = placeAt(tokens, first + 1);
  return place?.end === comma ? { kind: 'place', key: place.name } : partOf(rest);
}

/**
 * "In the first round,", "At the second site,", "In the under-18 category,": one of several parts
 * of the story, named by the words before a noun.
 */
function partOf(rest: readonly Token[]): Frame | undefined {
  const head = rest.at(-1);
  if (rest[0]?.lemma !== 'the' || rest.length < 3 || head?.pos !== 'NOUN' || NOT_A_PART.has(head.lemma)) return undefined;
  const modifiers = rest.slice(1, -1);
  return modifiers.every((t) => /^(?:ADJ|NUM|NOUN|PROPN|PUNCT)$/.test(t.pos)) ? { kind: 'part', key: written(modifiers.concat(head)) } : undefined;
}

function withoutThe(tokens: readonly Token[]): readonly Token[] {
  return tokens[0]?.lemma === 'the' ? tokens.slice(1) : tokens;
}

/** An unresolved time's words without the preposition: "In March" and "March" name one month. */
function timeWords(text: string): string {
  return text.toLowerCase().replace(/^(?:in|on|during|at)\s+/, '');
}
