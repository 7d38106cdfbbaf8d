import { CALENDAR_WORDS } from '../../consistency/lexicon';
import type { Token } from '../nlp';
import { BE_FORMS, DOCUMENT_NOUNS, DOCUMENT_ONLY_VERBS, REPORTING_VERBS, SOURCE_NOUNS, SUBJECT_PRONOUNS } from './lexicon';

/** A run of a sentence's tokens, by index, inclusive. */
export interface TokenRange {
  first: number;
  last: number;
}

const JOINERS = new Set(['of', 'for', 'at', 'in', 'from', 'on', 'de', 'and', '&']);
/** Adjectives that tie a source to what it knows, with their preposition: "a source close to the family", "people familiar with the matter". */
const LINKED: ReadonlyMap<string, string> = new Map([['close', 'to'], ['familiar', 'with']]);
/** A joiner, or the preposition of a `LINKED` adjective just before it. */
const joins = (tokens: readonly Token[], k: number): boolean => {
  const lower = tokens[k]!.text.toLowerCase();
  return JOINERS.has(lower) || (k > 0 && LINKED.get(tokens[k - 1]!.text.toLowerCase()) === lower);
};
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
const REFERRING = new Set(['the', 'this', 'that', 'these', 'those', ...POSSESSIVES]);
/** Adjectives that say a document is an issuer's own ("official results showed"), unlike "earlier estimates". */
const OFFICIAL = new Set(['official', 'provisional', 'preliminary', 'final', 'unofficial', 'published', 'government', 'federal', 'national', 'census']);

/**
 * Capitalised inside the sentence: a name, whatever wink tags it ("the Harbour Herald"). First
 * in the sentence, a name by its tag, or a word tagged a verb before another verb: wink reads
 * "Ford" in "Ford said" as the verb "to ford", and a sentence does not open on two verbs.
 */
export function isName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!/^\p{Lu}/u.test(t.text)) return false;
  return k > 0 && !/^["“‘'(]$/.test(tokens[k - 1]!.text) ? true : t.pos === 'PROPN' || (t.pos === 'VERB' && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? ''));
}

/** Could this token be part of a noun phrase naming a source? */
function inPhrase(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (/^(that|which|who|whom|whose|what)$/i.test(t.text)) return false;
  if (isName(tokens, k) || t.text === "'s" || t.text === "'" || t.text === '’s' || t.text === '’' || t.text === '-') return true;
  if (DOCUMENT_NOUNS.has(t.text.toLowerCase()) || SOURCE_NOUNS.has(t.text.toLowerCase())) return true;
  return ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(t.pos) || (t.pos === 'PRON' && POSSESSIVES.has(t.text.toLowerCase()));
}

/**
 * The noun phrase that ends at token `end` (walking left): "the Syrian Observatory for Human
 * Rights", "Analysts at Meridian Securities", "the nurses' union". Joiners ("of", "at", "and")
 * are kept only between two words of the phrase.
 */
export function phraseEndingAt(tokens: readonly Token[], end: number): TokenRange | null {
  if (end >= tokens.length) return null;
  let k = end;
  while (k >= 0) {
    if (inPhrase(tokens, k)) {
      // A determiner opens its phrase ("Last week [the bank] said"), unless a joiner ties it to
      // the words before ("[Officials at the ministry] said").
      const opens = DETERMINERS.has(tokens[k]!.text.toLowerCase()) && !(k > 1 && joins(tokens, k - 1) && inPhrase(tokens, k - 2));
      k--;
      if (opens) break;
    } else if (joins(tokens, k) && k > 0 && inPhrase(tokens, k - 1) && k < end) k--;
    else break;
  }
  let first = k + 1;
  // A mark that opens the phrase closes a quotation ("'We need 15,' Lee said"): a possessive
  // mark follows its word. A dash there ends a wire dateline ("(Reuters) - Acme reported").
  while (first <= end && (JOINERS.has(tokens[first]!.text.toLowerCase()) || /^['’-]$/.test(tokens[first]!.text))) first++;
  first = afterOpeningTime(tokens, first, end);
  return first <= end ? { first, last: end } : null;
}

const DETERMINERS = new Set(['the', 'a', 'an']);
/** Words of time that open a sentence before its subject ("On Monday the company said", "Last week police said"). */
const TIME_NOUNS = new Set(['week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'today', 'yesterday', 'tonight', 'tomorrow']);

/** Words that go with a word of time before it ("last week", "on Monday", "in March 2024"). */
const TIME_MODIFIERS = new Set(['last', 'this', 'next', 'earlier', 'later', 'on', 'in', 'by', 'since', 'early', 'late']);

/**
 * Past a time that opens the clause before its subject: "[Last week] police said", "[Monday]
 * police said". A date between the subject and its verb stays for `splitDate` ("The FAA on
 * Friday announced"): the phrase does not open on it.
 */
function afterOpeningTime(tokens: readonly Token[], first: number, end: number): number {
  let after = first;
  for (let j = first; j < end; j++) {
    const t = tokens[j]!;
    if (isTimeWord(tokens, j)) after = j + 1;
    else if (!TIME_MODIFIERS.has(t.text.toLowerCase()) && t.pos !== 'NUM') break;
  }
  return after;
}

/**
 * A word of time: a weekday, a month, "week", "yesterday"... A capitalised one before another
 * word of a name is the name's ("Sunday Times journalists said").
 */
function isTimeWord(tokens: readonly Token[], k: number): boolean {
  const lower = tokens[k]!.text.toLowerCase();
  if (!CALENDAR_WORDS.has(lower) && !TIME_NOUNS.has(lower)) return false;
  return !(/^\p{Lu}/u.test(tokens[k]!.text) && k + 1 < tokens.length && isName(tokens, k + 1));
}

/** The noun phrase that starts at token `start` (walking right): 'said [councillor Dev Patel]'. */
export function phraseStartingAt(tokens: readonly Token[], start: number): TokenRange | null {
  if (start < 0) return null;
  let k = start;
  while (k < tokens.length) {
    if (k > start && endsPhrase(tokens, k)) break;
    if (inPhrase(tokens, k) && tokens[k]!.pos !== 'PUNCT') k++;
    // A joiner goes on to a word of the phrase, not to a date: "the statistics office [on Friday]";
    // a weekday or month in a name is the name's ("reporters for Sunday Times").
    else if ((joins(tokens, k) || tokens[k]!.text === "'s") && k > start && k + 1 < tokens.length && inPhrase(tokens, k + 1) && tokens[k + 1]!.pos !== 'NUM' && !isTimeWord(tokens, k + 1)) k++;
    else break;
  }
  let last = k - 1;
  while (last >= start && (JOINERS.has(tokens[last]!.text.toLowerCase()) || tokens[last]!.pos === 'PUNCT')) last--;
  return last >= start ? { first: start, last } : null;
}

/**
 * Where a phrase read rightward stops though wink tags the word a noun or a number: at a
 * document's verb after the phrase ("figures from [the commission] show 40 schools closed",
 * "a report by [Amnesty International] lists 212 cases"), and at a figure right after a common
 * noun ("according to [the ministry] 40 people died"). A capitalised word is a name ("the
 * Chelsea Flower Show").
 */
function endsPhrase(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1]!;
  if (DOCUMENT_VERB_FORMS.has(t.text) && (before.pos === 'NOUN' || before.pos === 'PROPN' || isName(tokens, k - 1))) return true;
  return t.pos === 'NUM' && before.pos === 'NOUN';
}

/** Every form of the verbs only a document is the subject of ("show", "lists", "indicated"), lower case. */
const DOCUMENT_VERB_FORMS: ReadonlySet<string> = new Set([...REPORTING_VERBS].filter(([, base]) => DOCUMENT_ONLY_VERBS.has(base)).map(([form]) => form));

/** What a phrase is, as a source: a name, a described source, a pronoun, a document, or nothing. */
export type SourceKind = 'named' | 'described' | 'pronoun' | 'document' | null;

/**
 * Judges a phrase as a source (RULES.md: "a named or described source"). A document counts only
 * with an owner or a referring determiner ("the ministry's report", "central bank data", "the
 * report"), so "Earlier estimates had put it at 800 metres" stays unattributed.
 */
export function sourceKind(tokens: readonly Token[], whole: TokenRange, speech = false): SourceKind {
  const r = beforeLink(tokens, whole);
  const head = tokens[r.last]!;
  const lower = head.text.toLowerCase();
  if (r.first === r.last && SUBJECT_PRONOUNS.has(lower)) return 'pronoun';
  if (DOCUMENT_NOUNS.has(lower)) {
    for (let k = r.first; k < r.last; k++) {
      const t = tokens[k]!;
      const w = t.text.toLowerCase();
      if (REFERRING.has(w) || OFFICIAL.has(w) || t.text.endsWith("'s") || t.text === "'" || t.text === '’' || isName(tokens, k) || t.pos === 'NOUN') return 'document';
    }
    return null;
  }
  for (let k = r.first; k <= r.last; k++) if (isName(tokens, k) && !BE_FORMS.has(tokens[k]!.text.toLowerCase())) return 'named';
  for (let k = r.first; k <= r.last; k++) if (SOURCE_NOUNS.has(tokens[k]!.text.toLowerCase())) return 'described';
  // The subject of a verb of speech is a source whatever its head: "the oil giant said".
  return speech && (head.pos === 'NOUN' || head.pos === 'PROPN') ? 'described' : null;
}

/** "a source close to the family", "people familiar with the plans": the source is what comes before the `LINKED` adjective. */
function beforeLink(tokens: readonly Token[], r: TokenRange): TokenRange {
  for (let k = r.first + 1; k < r.last; k++) if (LINKED.get(tokens[k]!.text.toLowerCase()) === tokens[k + 1]!.text.toLowerCase()) return { first: r.first, last: k - 1 };
  return r;
}

/** Reads the prose of a span of the draft (Markdown syntax blanked, white space collapsed). */
export type ProseOf = (start: number, end: number) => string;

/** The prose of a token range. */
export function rangeText(prose: ProseOf, tokens: readonly Token[], r: TokenRange): string {
  return prose(tokens[r.first]!.start, tokens[r.last]!.end);
}
