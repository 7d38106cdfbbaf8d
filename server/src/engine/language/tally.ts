import { bareAfterBe, governingVerb, verbGroups, type VerbGroup } from '../time/tense';
import type { Figure } from './figures';
import { CURRENCY_PREFIXES } from './figures/lexicon';
import type { SentenceInfo } from './sentences';

/**
 * Whether a figure states a running total or a current level, read from the verb that governs
 * it: a present perfect ("have been killed", "has risen to") or a present tense ("stands at",
 * "employs", "are on the fire lines"). Returns that verb group, or null.
 *
 * Not a level: a duration ("five years"), a size ("300 metres tall"), a multiple ("2.6
 * times"), a modifier ("a 26.2-mile race", "a 3 percent boost"), a figure in brackets or in a
 * ", which ..." clause (background), an age ("before he is 40", "children under five"); and
 * verbs that report, estimate or forecast it ("says", "estimate", "expects"), habits ("has
 * always given", "die in an average season"), "that is", a figure classified by a noun
 * ("47,000 employees are controllers"), a bare verb after a past or future one ("saw its
 * shares plummet", "will see 400 jobs go"), what a mandative subjunctive asks for
 * ("recommends that every child receive two doses"), the price or penalty of one deal ("has
 * been sold for £2.5bn"), an obituary's survivors ("he leaves three sons"), a hedged prediction
 * ("a rise of 2% is likely"); what is asked for, bid, agreed to or disputed; a figure in an
 * "if" clause; a threshold that picks out a group ("firms with more than 50 staff").
 */
export function tallyVerb(s: SentenceInfo, prose: string, figure: Figure): VerbGroup | null {
  // Remembered by sentence and the figure's place in it: a sentence moved by an edit is the same
  // object (`BlockCache`) with the same verdicts (token indices, nothing to move).
  let known = verdicts.get(s);
  if (!known) verdicts.set(s, (known = new Map()));
  const at = `${figure.start - s.start}:${figure.end - s.start}`;
  let verb = known.get(at);
  if (verb === undefined) known.set(at, (verb = readTallyVerb(s, prose, figure)));
  return verb;
}

const verdicts = new WeakMap<SentenceInfo, Map<string, VerbGroup | null>>();

function readTallyVerb(s: SentenceInfo, prose: string, figure: Figure): VerbGroup | null {
  // The words either side are all the checks read; bounded so a run-on sentence stays linear.
  const before = prose.slice(Math.max(0, figure.start - s.start - 200), figure.start - s.start);
  // Past the figure restated in another unit: "9.3 millimetres (0.37 inches) thick".
  const after = prose.slice(figure.end - s.start, figure.end - s.start + 80).replace(CONVERSION, '');
  if (notALevel(figure, before, after)) return null;
  const verb = governingVerb(s.tokens, figure, (g) => !NOT_A_LEVEL.has(g.head));
  if (!verb || !(verb.perfect || verb.tense === 'present')) return null;
  const t = s.tokens;
  const words = t.slice(verb.first, verb.last + 1).map((w) => w.text.toLowerCase());
  const prev = t[verb.first - 1]?.text.toLowerCase();
  // "has always given", "usually award": a habit, not a level.
  if (words.some((w) => HABIT.has(w)) || HABIT.has(prev ?? '')) return null;
  // "if it does not receive $2.3bn", "unless 40 more are found": a condition, not a level.
  if (conditional(t, verb)) return null;
  // "Skyline Aldine, which flies 42 jets, slumped": background, not the claim.
  if ((prev === 'which' || prev === 'who') && t[verb.first - 2]?.text === ',') return null;
  // "the fifteen countries -- that is, those ...": a gloss, not a verb.
  if (prev === 'that' && words.length === 1 && /^[,—–-]/.test(t[verb.last + 1]?.text ?? '')) return null;
  // "2,100 are from Hollis Ridge": where they come from, not how many there are now.
  if (verb.head === 'be' && t[verb.last + 1]?.text.toLowerCase() === 'from') return null;
  // "A rise of 2% is likely", "cuts of 300 are possible": a prediction, not a level.
  if (verb.head === 'be' && HEDGES.has(t[verb.last + 1]?.text.toLowerCase() ?? '')) return null;
  if (complementOfPastOrFuture(s, verb) || mandative(s, verb)) return null;
  // "He leaves three sons", "is survived by two daughters": an obituary's survivors, fixed at the
  // death it reports, not a level to date ("the flood leaves 2,000 homeless" still is one).
  if ((verb.head === 'leave' || verb.head === 'survive') && KIN.has(figure.counts ?? '')) return null;
  // "has been sold for £2.5bn", "has been fined £2m": the price or penalty of one deal, fixed when
  // it was made ("is selling for $250" is today's price; "has sold 2 million copies", "has fined
  // 300 drivers" are tallies). By the word: wink gives "fined" the lemma "fin".
  if (verb.perfect && DEALS.has(verb.head) && /\bfor\s+$/i.test(before)) return null;
  if (verb.perfect && /^(?:fined|awarded)$/.test(words[words.length - 1]!) && MONEY.has(figure.unit ?? '')) return null;
  const subject = figure.end <= t[verb.first]!.start;
  // "Roughly 100 children die in an average flu season": a simple present with a frequency is
  // a habit, true every year, not a count that has an "as of".
  if (subject && !verb.perfect && FREQUENCY.test(prose.slice(0, Math.min(prose.length, 400)))) return null;
  // "47,000 employees are air traffic controllers": what they are, not how many there are now
  // ("300 people are missing", "12 are in hospital" still are levels).
  if (subject && verb.head === 'be' && !verb.perfect && nounPredicate(t, verb.last + 1)) return null;
  return verb;
}

/**
 * Verbs that report, believe, estimate, forecast, dispute or ask for a figure rather than state it
 * as a level: in "the UN believes 3 million people have fled" the level is "have fled".
 */
const NOT_A_LEVEL = new Set([
  'say', 'tell', 'show', 'estimate', 'put', 'expect', 'forecast', 'predict', 'project', 'plan', 'hope', 'want', 'need', 'aim', 'target', 'call', 'propose', 'promise', 'announce',
  // Not "report", "confirm", "claim" or "add": "has reported 212 cases", "has claimed 300 lives" are tallies.
  'believe', 'think', 'fear', 'suspect', 'suggest', 'indicate', 'reckon', 'allege', 'argue', 'insist', 'warn',
  // What is asked for, bid or agreed to: "has asked for $5bn in aid", "has agreed to pay $5m".
  'ask', 'seek', 'request', 'apply', 'bid', 'agree', 'pledge', 'vow', 'commit',
  // What is said of a figure someone gave: "the ministry's figure of 40 deaths is disputed".
  'dispute', 'question', 'challenge', 'doubt', 'contest', 'deny', 'reject',
]);
/** Deals whose price follows "for": "has been sold for £2.5bn". */
const DEALS = new Set(['sell', 'buy', 'acquire', 'purchase']);
const MONEY = new Set(CURRENCY_PREFIXES.values());
/** Relatives an obituary lists, as the lemmas `Figure.counts` holds. */
const KIN = new Set(['child', 'son', 'daughter', 'stepchild', 'stepson', 'stepdaughter', 'grandchild', 'grandson', 'granddaughter', 'great-grandchild', 'brother', 'sister', 'sibling', 'niece', 'nephew']);
/** Words after "be" that hedge what it says into a prediction: "is likely", "are possible". */
const HEDGES = new Set(['likely', 'unlikely', 'possible', 'probable', 'expected', 'forecast', 'predicted', 'projected']);
const HABIT = new Set(['always', 'never', 'often', 'usually', 'sometimes', 'typically', 'generally']);
const FREQUENCY = /\b(?:each|every|per|a)\s+(?:year|month|week|weekend|day|night|season|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\bannually\b|\bon average\b|\bin an?\s+(?:average|typical|normal|ordinary)\b/i;
/** People grouped by age: "children under five", "those over 80". */
const AGE_GROUP = /\b(?:children|people|adults|those|anyone|everyone|men|women|boys|girls|pupils|patients|residents|drivers|workers)\s+$/i;
/** The figure again in another unit, right after it: " (0.37 inches)", " (£20.1bn)", ", or 7.5 miles,". */
const CONVERSION = /^\s*(?:\([^()]{0,40}\d[^()]{0,20}\)|,\s*or\s+[^,]{0,30}\d[^,]{0,20},)/;
/** A figure qualified as a bound: "more than 50", "over 40", "at least 10". */
const THRESHOLD = /^(?:(?:more|fewer|less)\s+than|over|under|above|below|at\s+least|up\s+to)\s/i;
const DURATION = /^[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b/i;

function notALevel(f: Figure, before: string, after: string): boolean {
  if (/^(?:year|month|week|day|hour|minute|second|decade|centur)/.test(f.counts ?? '') || DURATION.test(after)) return true;
  // "a bridge 1.2km long", "stands 300 metres tall": a size, which no date changes. ("Deep" and
  // "high" stay levels: "floodwater is two metres deep".)
  if (/^\s+(?:long|tall|wide|thick|across|in\s+(?:diameter|length|circumference))\b/i.test(after)) return true;
  // "2 1/2 times higher", "2.6 times the size": a comparison, not an amount.
  if (/^\s+(?:\d+\/\d+\s+)?times\b/i.test(after)) return true;
  // "a 26.2-mile event", "a 3 percent boost": the figure describes a noun.
  if (/^-[a-z]/i.test(after) || (/\b(?:a|an)\s+$/i.test(before) && /^\s+[a-z]+\b(?!\s+of\b)/.test(after) && !/^\s+(?:of|in|to|from|per)\b/.test(after))) return true;
  // "louder than 100 decibels", "older than 65": a threshold compared with, not an amount. ("more
  // than", "fewer than" qualify the figure itself: "more than 300 people have been killed".)
  if (/\b(?!(?:more|less|fewer|lower|higher|greater|larger|bigger|smaller)\b)[a-z]+er\s+than\s+$/i.test(before)) return true;
  // "firms with more than 50 staff", "areas with over 40 cases": a threshold that picks out a
  // group, not a count of one ("an army with more than 20,000 troops" still is a level).
  if (/\b[a-z]+s\s+with\s+$/.test(before) && THRESHOLD.test(f.text)) return true;
  // "(£19.2 million)": a breakdown in brackets.
  if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) return true;
  // "before he is 40", "Biden is 81.", "children under five are most at risk": an age (a bare
  // number ending its clause after a name's "is"), or the age that bounds a group.
  const bare = f.unit === undefined && f.counts === undefined;
  if (bare && /\b(?:he|she|I|you|they|we)\s+(?:is|was|are|were|turns|turned|'s)\s+$/i.test(before)) return true;
  if (bare && /\b[A-Z][a-z]+\s+(?:is|turns)\s+$/.test(before) && /^\s*(?:[,.;:!?)]|(?:and|but)\b|$)/.test(after)) return true;
  if (bare && /^(?:under|over)\s/i.test(f.text) && AGE_GROUP.test(before)) return true;
  // Inside ", which ..." or ", who ..." not yet closed: background to the sentence's claim.
  const open = Math.max(before.lastIndexOf(', which '), before.lastIndexOf(', who '));
  return open >= 0 && !before.slice(open + 2).includes(',');
}

/** Whether the verb group is in an "if" or "unless" clause: the word is among the four before it, with no mark between. */
function conditional(t: SentenceInfo['tokens'], verb: VerbGroup): boolean {
  for (let k = verb.first - 1; k >= Math.max(0, verb.first - 4); k--) {
    const w = t[k]!.text.toLowerCase();
    if (w === 'if' || w === 'unless') return true;
    if (t[k]!.pos === 'PUNCT') return false;
  }
  return false;
}

/** A noun phrase after "be": "are children", "are the victims", "are air traffic controllers" (wink: "air" a verb). */
function nounPredicate(t: SentenceInfo['tokens'], i: number): boolean {
  const pos = t[i]?.pos;
  return pos === 'NOUN' || pos === 'PROPN' || pos === 'DET' || (pos === 'ADJ' && /^(?:NOUN|PROPN)$/.test(t[i + 1]?.pos ?? '')) || (t[i] !== undefined && bareAfterBe(t[i]!, t[i - 1]));
}

/**
 * Verbs that demand rather than report: the "that" clause after them says what should be, in
 * the subjunctive ("demanded that the bank hold", "recommends that every child receive").
 */
const MANDATIVE = new Set(['demand', 'require', 'recommend', 'urge', 'order', 'request', 'propose', 'stipulate', 'direct', 'ask', 'advise']);

/**
 * "recommends that every child receive two doses": a base form (or "be") in a "that" clause
 * after a verb (or "be" and an adjective) that demands is a mandative subjunctive, what is
 * asked for, not a level. "Insist" also reports: only a past one demands, since news copy
 * would backshift a fact after it ("insisted that 300 remained missing"), so "insisted that
 * depositors contribute" is asked for.
 */
function mandative(s: SentenceInfo, verb: VerbGroup): boolean {
  const first = s.tokens[verb.first]!;
  const w = first.text.toLowerCase();
  if (verb.perfect || !(w === first.lemma || w === 'be')) return false;
  const groups = verbGroups(s.tokens);
  const prev = groups[groups.indexOf(verb) - 1];
  if (!prev || verb.first - prev.last > 16) return false;
  const between = s.tokens.slice(prev.last + 1, verb.first).map((t) => t.text.toLowerCase());
  const that = between.indexOf('that');
  if (that < 0) return false;
  // "were adamant that depositors contribute": "be" and an adjective that demands, just before "that".
  if (prev.head === 'be') return between.slice(0, that).some((w) => MANDATIVE_ADJECTIVES.has(w));
  return verb.first - prev.last <= 12 && (MANDATIVE.has(prev.head) || (prev.head === 'insist' && prev.tense === 'past'));
}

/** Adjectives after "be" that demand as the verbs do: "is essential that every child receive". */
const MANDATIVE_ADJECTIVES = new Set(['adamant', 'insistent', 'essential', 'vital', 'imperative', 'crucial']);

/**
 * "saw its shares plummet", "will see its passengers jump to 70m": a bare verb right after a past
 * verb, or after a past or future verb of seeing or causing with its object between, is that
 * verb's complement, in the past or to come, not a level now.
 */
function complementOfPastOrFuture(s: SentenceInfo, verb: VerbGroup): boolean {
  const first = s.tokens[verb.first]!;
  if (verb.perfect || first.text.toLowerCase() !== first.lemma || first.lemma === 'be' || first.lemma === 'have') return false;
  const groups = verbGroups(s.tokens);
  const prev = groups[groups.indexOf(verb) - 1];
  if (!prev) return false;
  const gap = verb.first - prev.last;
  if (prev.tense === 'past' && gap <= 4) return true;
  if (!(prev.tense === 'past' || prev.tense === 'future') || !SEE_OR_CAUSE.has(prev.head) || gap > 8) return false;
  // Its object between, with no clause of its own ("help firms which supply Airbus and employ").
  return !s.tokens.slice(prev.last + 1, verb.first).some((t) => /^(?:which|who|that)$/i.test(t.text));
}

/** Verbs whose object takes a bare verb after it: "saw its shares plummet", "will make prices rise". */
const SEE_OR_CAUSE = new Set(['see', 'watch', 'hear', 'feel', 'notice', 'make', 'let', 'help']);

