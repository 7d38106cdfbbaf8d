import type { Token } from '../language/nlp';
import type { Span } from '../types';

/**
 * The tense of the clause a time expression sits in, read from wink-nlp's tokens: it decides
 * whether "on Thursday" is the last Thursday or the next one. wink tags parts of speech
 * (Universal tags) but not tense, so tense comes from the verb forms and their lemmas.
 */
export type Tense = 'past' | 'present' | 'future';

const MODALS = new Set(['will', "'ll", 'wo', 'shall', 'would', 'could', 'may', 'might', 'should', 'must', 'can', 'ca']);
const PRESENT_FORMS = new Set(['am', 'are', 'is', "'s", "'re", "'m", 'has', 'have', "'ve", 'do', 'does']);
const PAST_FORMS = new Set(['was', 'were', 'had', 'did', "'d"]);
/** "is due on Thursday", "are set to resume", "plans to", "hopes to": what is to come. */
const FUTURE_AFTER = new Set(['due', 'set', 'scheduled', 'expected', 'going', 'poised', 'slated', 'planned', 'about']);
const INTENT_LEMMAS = new Set(['plan', 'expect', 'intend', 'hope', 'aim', 'schedule', 'want']);
/** "A hearing has been scheduled for June 3". */
const SCHEDULED = new Set(['schedule', 'slate', 'reschedule', 'postpone']);
/** Words between the verb and the expression that start another clause. */
const BOUNDARY = new Set([',', ';', ':', '—', '–', '"', '“', '”', '(', ')', 'that', 'when', 'which', 'who', 'while', 'but', 'and', 'after', 'before', 'since', 'until']);

/**
 * A verb, or a word wink tagged otherwise in a verb's place: a participle after an auxiliary
 * ("will be certified"), or a bare word after "and" that takes an object ("..., and travel to").
 */
const verbal = (t: Token, prev: Token | undefined, next: Token | undefined) =>
  t.pos === 'VERB' ||
  t.pos === 'AUX' ||
  (prev?.pos === 'AUX' && /ed$/i.test(t.text) && (t.pos === 'ADJ' || t.pos === 'NOUN')) ||
  (prev?.pos === 'CCONJ' && t.pos === 'NOUN' && t.text === t.lemma && (next?.pos === 'ADP' || next?.pos === 'DET'));

interface Group {
  first: number;
  last: number;
  tense: Tense | null;
  /** "to" + verb: a subordinate clause, weaker evidence than a finite verb. */
  infinitive: boolean;
}

function groupTense(tokens: readonly Token[], first: number, last: number): Tense | null {
  const words = tokens.slice(first, last + 1).filter((t) => t.pos !== 'ADV' && t.pos !== 'PART');
  const lowers = words.map((t) => t.text.toLowerCase());
  if (lowers.some((w) => MODALS.has(w))) return 'future';
  const next = tokens[last + 1]?.text.toLowerCase();
  const lastWord = words[words.length - 1];
  if (lastWord?.lemma === 'be' && next !== undefined && FUTURE_AFTER.has(next)) return 'future';
  if (words.some((t) => INTENT_LEMMAS.has(t.lemma)) && next === 'to') return 'future';
  // "to be held on October 12", "wants to eliminate ... by early June": what is still to come.
  if (tokens[first - 1]?.text.toLowerCase() === 'to') return 'future';
  if (words.some((t) => SCHEDULED.has(t.lemma))) return 'future';
  if (lowers.some((w) => PAST_FORMS.has(w))) return 'past';
  // A form that is neither the lemma nor a present form is a past tense or participle
  // ("said", "drew", "been", "reported").
  if (words.some((t, i) => lowers[i] !== t.lemma && !PRESENT_FORMS.has(lowers[i]!) && !/(?:s|ing)$/.test(lowers[i]!) && /^[a-z']+$/.test(lowers[i]!))) return 'past';
  // Only a gerund: not a finite clause.
  if (words.every((_, i) => lowers[i]!.endsWith('ing'))) return null;
  return 'present';
}

function verbGroups(tokens: readonly Token[]): Group[] {
  const groups: Group[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!verbal(tokens[i]!, tokens[i - 1], tokens[i + 1])) {
      i++;
      continue;
    }
    const first = i;
    let last = i;
    // Adverbs and "not" may sit inside a verb group: "will officially start", "have not lost".
    for (let j = i + 1; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (verbal(t, tokens[j - 1], tokens[j + 1])) last = j;
      else if (t.pos !== 'ADV' && t.pos !== 'PART') break;
    }
    groups.push({ first, last, tense: groupTense(tokens, first, last), infinitive: tokens[first - 1]?.text.toLowerCase() === 'to' });
    i = last + 1;
  }
  return groups;
}

/** The tense of the finite verb nearest to `span`, preferring its own clause; null if none. */
export function tenseAround(tokens: readonly Token[], span: Span): Tense | null {
  const inside = (t: Token) => t.start >= span.start && t.end <= span.end;
  const firstIn = tokens.findIndex((t) => t.end > span.start);
  const lastIn = tokens.length - 1 - [...tokens].reverse().findIndex((t) => t.start < span.end);
  let best: { cost: number; tense: Tense } | null = null;
  for (const g of verbGroups(tokens)) {
    if (g.tense === null || (inside(tokens[g.first]!) && inside(tokens[g.last]!))) continue;
    const before = g.last < firstIn;
    const [from, to] = before ? [g.last + 1, firstIn] : [lastIn + 1, g.first];
    let cost = Math.max(0, to - from);
    for (let k = from; k < to; k++) if (BOUNDARY.has(tokens[k]!.text.toLowerCase())) cost += 4;
    // On a tie the verb before wins: "said on Sunday that it had...".
    if (!before) cost += 0.5;
    if (g.infinitive) cost += 5;
    if (!best || cost < best.cost) best = { cost, tense: g.tense };
  }
  return best?.tense ?? null;
}
