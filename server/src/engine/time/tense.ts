import { firstIndex } from '../collections';
import type { Token } from '../language/nlp';
import type { Span } from '../types';

/**
 * The tense of the clause an expression sits in, read from wink-nlp's tokens: it decides
 * whether "on Thursday" is the last Thursday or the next one, and whether a figure states a
 * current level ("stands at", "have been killed"). wink tags parts of speech (Universal tags)
 * but not tense, so tense comes from the verb forms and their lemmas.
 */
export type Tense = 'past' | 'present' | 'future';

/** A run of verbs and auxiliaries ("will officially start", "have been killed"). */
export interface VerbGroup {
  /** Token indices in the sentence, first and last. */
  first: number;
  last: number;
  /** Null for a clause with no finite verb (a lone gerund). */
  tense: Tense | null;
  /** has/have + participle: a present perfect counts as past for dates, as current for tallies. */
  perfect: boolean;
  /** "to" + verb: a subordinate clause, weaker evidence than a finite verb. */
  infinitive: boolean;
  /** The lemma of the group's last verb ("kill", "stand", "be"). */
  head: string;
}

const MODALS = new Set(['will', "'ll", 'wo', 'shall', 'would', 'could', 'may', 'might', 'should', 'must', 'can', 'ca']);
const PRESENT_FORMS = new Set(['am', 'are', 'is', "'s", "'re", "'m", 'has', 'have', "'ve", 'do', 'does']);
const PAST_FORMS = new Set(['was', 'were', 'had', 'did', "'d"]);
/**
 * "is due on Thursday", "are set to resume", "are to be cancelled", "plans to", "is unlikely to
 * top 3%": what is to come, or a prediction of it.
 */
const FUTURE_AFTER = new Set(['due', 'set', 'scheduled', 'expected', 'going', 'poised', 'slated', 'planned', 'about', 'to', 'likely', 'unlikely']);
/** Of those, the ones that point ahead only before "to" ("is likely" alone judges what is). */
const NEEDS_TO = new Set(['set', 'about', 'likely', 'unlikely']);
const INTENT_LEMMAS = new Set(['plan', 'expect', 'intend', 'hope', 'aim', 'schedule', 'want']);
/** "A hearing has been scheduled for June 3". */
const SCHEDULED = new Set(['schedule', 'slate', 'reschedule', 'postpone']);
/** Words between the verb and the expression that start another clause. */
const BOUNDARY = new Set([',', ';', ':', '—', '–', '--', '"', '“', '”', '(', ')', 'that', 'when', 'which', 'who', 'while', 'but', 'and', 'after', 'before', 'since', 'until']);

/**
 * A verb, or a word wink tagged otherwise in a verb's place: a participle after an auxiliary
 * ("will be certified"), or a bare word after "and" that takes an object ("..., and travel to").
 */
const verbal = (t: Token, prev: Token | undefined, next: Token | undefined) =>
  // An acronym, or a capitalised word after the first, is a name even where wink tags it a
  // verb ("IS had lost", "in Ward 12"); "I" and a sentence's first word may be verbs.
  ((t.pos === 'VERB' || t.pos === 'AUX') && !/^[A-Z]{2,}$/.test(t.text) && !(prev !== undefined && /^[A-Z]/.test(t.text) && t.text !== 'I') && !bareAfterBe(t, prev)) ||
  (prev?.pos === 'AUX' && /ed$/i.test(t.text) && (t.pos === 'ADJ' || t.pos === 'NOUN')) ||
  (prev?.pos === 'CCONJ' && t.pos === 'NOUN' && t.text === t.lemma && (next?.pos === 'ADP' || next?.pos === 'DET'));

/**
 * A base form straight after "be", which English does not put there: wink's tag for a noun
 * that is also a verb ("its 47,000 employees are air traffic controllers", "12 are work
 * permits"). "be" takes a participle or an -ing form, and a few participles look like the base.
 */
export function bareAfterBe(t: Token, prev: Token | undefined): boolean {
  if (prev?.lemma !== 'be' || t.pos !== 'VERB') return false;
  const w = t.text.toLowerCase();
  return w === t.lemma && !/(?:ing|ed|en)$/.test(w) && !PARTICIPLE_AS_BASE.has(w);
}

/** Verbs whose past tense is written as the base form: "cut", "set", "hit". */
const PAST_AS_BASE = new Set(['set', 'put', 'cut', 'hit', 'let', 'shut', 'cost', 'spread', 'hurt', 'quit', 'bet', 'burst', 'cast', 'read', 'split', 'upset', 'broadcast', 'forecast', 'rid', 'shed', 'bid', 'fit', 'thrust', 'wed', 'beat']);
/** Participles written as their base form: "were set", "was cut", "is spread", "was run by". */
const PARTICIPLE_AS_BASE = new Set([...PAST_AS_BASE, 'come', 'become', 'run', 'overcome']);

/**
 * "Bolt cut 250 jobs": after a singular subject the present takes -s ("Bolt cuts"), so a verb
 * whose past is its base form is past there. Only where nothing verbal comes before in the
 * clause: in "has a deadline set at June 1" the noun is an object and "set" a participle.
 */
function pastAfterSubject(tokens: readonly Token[], verb: number): boolean {
  const t = tokens[verb - 1];
  // A sentence's first word is a name to wink when capitalised ("Farmers put"): judged by its form there.
  const singularNoun = (t?.pos === 'NOUN' || (t?.pos === 'PROPN' && verb === 1)) && t.text.toLowerCase() === t.lemma && !/s$/i.test(t.text);
  if (!t || !((t.pos === 'PROPN' && verb > 1) || /^(?:he|she|it)$/i.test(t.text) || singularNoun)) return false;
  for (let k = verb - 2; k >= 0 && !BOUNDARY.has(tokens[k]!.text.toLowerCase()); k--) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return false;
  return true;
}

/** A past tense or participle: neither the lemma nor a present form ("said", "drew", "been"). */
const pastForm = (t: Token) => {
  const w = t.text.toLowerCase();
  return PAST_FORMS.has(w) || (w !== t.lemma && !PRESENT_FORMS.has(w) && !/(?:s|ing)$/.test(w) && /^[a-z']+$/.test(w));
};

function describe(tokens: readonly Token[], first: number, last: number): VerbGroup {
  const words = tokens.slice(first, last + 1).filter((t) => t.pos !== 'ADV' && t.pos !== 'PART');
  const lowers = words.map((t) => t.text.toLowerCase());
  const next = tokens[last + 1]?.text.toLowerCase();
  // "to" + verb, but not "according to figures released": a preposition there, before a noun
  // wink took for a verb.
  const infinitive = tokens[first - 1]?.text.toLowerCase() === 'to' && !/^(?:according|owing|thanks|prior)$/i.test(tokens[first - 2]?.text ?? '');
  const perfect = (lowers[0] === 'has' || lowers[0] === 'have' || lowers[0] === "'ve") && words.slice(1).some(pastForm);
  const group = (tense: Tense | null): VerbGroup => ({ first, last, tense, perfect, infinitive, head: words[words.length - 1]?.lemma ?? '' });
  if (lowers.some((w) => MODALS.has(w))) return group('future');
  const be = words.findIndex((t) => t.lemma === 'be');
  const afterBe = lowers[be + 1] ?? next ?? '';
  // "is about to", "are set to"; but "is about 250" and "are set at 5%" say what is now.
  const toFollows = (lowers[be + 1] === undefined ? tokens[last + 2] : tokens[last + 1])?.text.toLowerCase() === 'to';
  if (be >= 0 && FUTURE_AFTER.has(afterBe) && (!NEEDS_TO.has(afterBe) || toFollows)) return group('future');
  if (words.some((t) => INTENT_LEMMAS.has(t.lemma)) && next === 'to') return group('future');
  // "to be held on October 12", "wants to eliminate ... by early June": what is still to come.
  if (infinitive || words.some((t) => SCHEDULED.has(t.lemma))) return group('future');
  if (perfect) return group('past');
  // A present auxiliary first makes the group present: "are being treated", "is expected".
  if (PRESENT_FORMS.has(lowers[0] ?? '')) return group('present');
  if (words.some(pastForm)) return group('past');
  if (lowers.every((w) => w.endsWith('ing'))) return group(null);
  if (words.length === 1 && PAST_AS_BASE.has(lowers[0]!) && pastAfterSubject(tokens, first)) return group('past');
  return group('present');
}

/** By token list: a sentence moved by an edit keeps its tokens (`BlockCache`), and so its verb groups (token indices). */
const groupsOf = new WeakMap<object, VerbGroup[]>();

/** The verb groups of a sentence, in order (computed once per token list). */
export function verbGroups(tokens: readonly Token[]): VerbGroup[] {
  const known = groupsOf.get(tokens);
  if (known) return known;
  const groups: VerbGroup[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!verbal(tokens[i]!, tokens[i - 1], tokens[i + 1])) {
      i++;
      continue;
    }
    const first = i;
    let last = i;
    // Adverbs and "not" may sit inside a verb group: "will officially start", "have not lost";
    // "to" starts another one: "hopes | to carry out".
    for (let j = i + 1; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (verbal(t, tokens[j - 1], tokens[j + 1])) last = j;
      else if ((t.pos !== 'ADV' && t.pos !== 'PART') || t.text.toLowerCase() === 'to') break;
    }
    groups.push(describe(tokens, first, last));
    i = last + 1;
  }
  groupsOf.set(tokens, groups);
  return groups;
}

/**
 * The verb group that governs `span`: the nearest one, counting a clause boundary in between
 * as four words, a verb after the span as half a word more (on a tie the verb before wins:
 * "said on Sunday that it had..."), and an infinitive as five more.
 */
export function governingVerb(tokens: readonly Token[], span: Span, accept: (g: VerbGroup) => boolean = () => true): VerbGroup | null {
  const inside = (t: Token) => t.start >= span.start && t.end <= span.end;
  const firstIn = firstIndex(tokens, (t) => t.end > span.start);
  if (firstIn >= tokens.length) return null;
  let lastIn = firstIn;
  while (lastIn + 1 < tokens.length && tokens[lastIn + 1]!.start < span.end) lastIn++;
  const groups = verbGroups(tokens);
  const asides = asidesOf(tokens);
  const aside = asides.find(([open, close]) => open < firstIn && lastIn < close);
  let best: { cost: number; group: VerbGroup } | null = null;
  // Only verbs within reach: a run-on "sentence" of a million words stays linear.
  for (let i = firstIndex(groups, (g) => g.last >= firstIn - REACH); i < groups.length && groups[i]!.first <= lastIn + REACH; i++) {
    const g = groups[i]!;
    if ((inside(tokens[g.first]!) && inside(tokens[g.last]!)) || !accept(g)) continue;
    // A verb in an aside the expression is not in governs the aside only: "On Sunday, the
    // countries -- that is, those which use the euro -- had agreed".
    if (asides.some(([open, close]) => open < g.first && g.last < close && !(aside && open <= aside[0] && aside[1] <= close))) continue;
    const before = g.last < firstIn;
    const [from, to] = before ? [g.last + 1, firstIn] : [lastIn + 1, g.first];
    let cost = Math.max(0, to - from);
    for (let k = from; k < to; k++) if (BOUNDARY.has(tokens[k]!.text.toLowerCase())) cost += 4;
    if (!before) cost += 0.5;
    if (g.infinitive) cost += 5;
    if (!best || cost < best.cost) best = { cost, group: g };
  }
  return best?.group ?? null;
}

/** By token list, as `groupsOf`. */
const asidesByTokens = new WeakMap<object, [number, number][]>();

/**
 * The sentence's asides, as [open, close] token indices: a bracket and the one that closes it,
 * or a pair of dashes ("--", "—", a spaced "–"). A dash with no second one in the sentence
 * opens no aside: it may as well start a closing clause.
 */
function asidesOf(tokens: readonly Token[]): [number, number][] {
  const known = asidesByTokens.get(tokens);
  if (known) return known;
  const found: [number, number][] = [];
  let bracket = -1;
  let dash = -1;
  tokens.forEach((t, i) => {
    if (t.text === '(' && bracket < 0) bracket = i;
    else if (t.text === ')' && bracket >= 0) {
      found.push([bracket, i]);
      bracket = -1;
    } else if (DASHES.has(t.text)) {
      if (dash < 0) dash = i;
      else {
        found.push([dash, i]);
        dash = -1;
      }
    }
  });
  asidesByTokens.set(tokens, found);
  return found;
}

const DASHES = new Set(['--', '—', '–']);

/** How many tokens away a verb may govern an expression. */
const REACH = 40;

/** The finite verb nearest to `span`, preferring its own clause, whose tense dates it; null if none. */
export function verbAround(tokens: readonly Token[], span: Span): VerbGroup | null {
  return governingVerb(tokens, span, (g) => g.tense !== null);
}

/**
 * "Temperatures hit 49.6C": a verb whose past is its base form, after a plural, is present or
 * past alike (`describe` calls it present), so it does not say which way a date points.
 */
export function presentOrPast(tokens: readonly Token[], g: VerbGroup): boolean {
  return g.tense === 'present' && g.first === g.last && PAST_AS_BASE.has(tokens[g.first]!.text.toLowerCase());
}
