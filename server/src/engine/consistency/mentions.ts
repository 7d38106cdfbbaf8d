import type { Analysis } from '../analysis';
import type { Block, BlockRole } from '../document/block';
import { firstIndex, groupBy } from '../collections';
import type { Attribution } from '../language/attributions';
import type { Figure } from '../language/figures';
import type { Token } from '../language/nlp';
import type { SentenceInfo } from '../language/sentences';
import type { TimeExpression } from '../time/timeExpression';
import type { Span } from '../types';
import { type Frame, frameOf } from './frame';
import { CALENDAR_WORDS, eventOf, GENERAL_NOUNS, INCREMENT_WORDS, nounConcept, TARGET_NOUNS, TARGET_VERBS } from './lexicon';
import { placesOf } from './places';

/**
 * A figure as the consistency pass sees it: the figure, what it counts, the words around it that
 * say which quantity it is, and the marks that make it a different quantity from a look-alike
 * (a part of a whole, an increment, a target, another period).
 */
export interface Mention {
  figure: Figure;
  sentence: SentenceInfo;
  block: Block;
  role: BlockRole;
  /** The counted noun ("employees" in "more than 300 employees"), its lemma and concept. */
  head?: { lemma: string; concept: string; span: Span };
  /** Names and identifiers in the figure's noun phrase ("airbus", "a320" in "42 Airbus A320 jets"). */
  names: Set<string>;
  /** Content nouns near the figure in its sentence (lemmas), without the counted noun. */
  topic: Set<string>;
  /** Event groups named near the figure ("missing" for "had been missing"), nearest first. */
  events: string[];
  /** The word that named the nearest event, as written ("kidnapped"), and where it starts. */
  eventWord?: string;
  eventStart?: number;
  /** "eight of its aircraft", "31,900 of them": a part of a quantity, not the quantity. */
  partitive: boolean;
  /** "18,000 new members", "another 150": an increment, not a total. */
  increment: boolean;
  /** "from 4.5 percent", "down from 64 percent": the value a change started at, of another time. */
  previous: boolean;
  /** "hopes to carry out 2,000", "previous forecast of 185 million": not a fact of now. */
  target: boolean;
  /** Whose figure it is, when a name governs it: "Kessa Mining employs 3,000", "City's 58 points". */
  owner?: string;
  /** Places the sentence puts its claim in ("in Kessa", "at Lusk General", "In the north,"), lower-cased. */
  places: Set<string>;
  /** The phrase that opens the sentence and scopes its figures ("Last year,", "Among women,"), if any. */
  frame?: Frame;
  /** The period the sentence dates its claim to (a TimeML prefix: "2016-04", "2018"), if any. */
  period?: string;
  /**
   * The day the claim is dated to ("without power on Saturday", "by Sunday morning"): not a
   * report's date ("said on Thursday") nor the start of a span ("since Monday").
   */
  day?: string;
  /** Who the draft says the figure comes from, when the attribution pass found a source. */
  source?: string;
}

const WINDOW = 8;
const CLAUSE_BREAK = /^[;:—–]$/;
const PARTITIVE_DETERMINERS = new Set(['the', 'its', 'their', 'them', 'those', 'these', 'whom', 'which', 'his', 'her', 'our', 'my', 'your', 'all']);
/** "from 4.5 percent", "compared with 31", "up from 24,500": a change's starting value. */
const PREVIOUS = /\b(?:from|compared\s+(?:with|to)|against)\s+(?:(?:a|an|the|its|their)\s+)?(?:(?:previous|earlier|prior|former)\s+[\p{L}-]+\s+(?:of\s+)?)?$/iu;
/** Verbs that name a source ("the ministry said 40"), not the figure's owner. */
const REPORTING = new Set(['say', 'tell', 'report', 'announce', 'state', 'estimate', 'claim', 'confirm', 'add', 'put', 'show', 'find', 'count', 'record', 'cite', 'quote']);
/** "since Monday", "from Friday": the start of a span, not the day a figure stands for. */
const SPAN_START = /\b(?:since|from|until|till)\s+$/i;
const MONTH_OR_YEAR = /^(\d{4})(?:-(\d{2}))?/;

export function buildMentions(analysis: Analysis): Mention[] {
  // What a sentence says once, for all its figures: a run-on sentence with thousands of figures
  // must not make this pass quadratic.
  const times = groupBy(analysis.times, (t) => t.sentence);
  const attributions = groupBy(analysis.attributions, (a) => a.sentence);
  // Each sentence's places and opening frame, read once for all its figures.
  const scopes = new Map<number, { places: Set<string>; frame: Frame | undefined }>();
  return analysis.figures.map((figure) => {
    const sentence = analysis.sentences[figure.sentence]!;
    const block = analysis.blocks[sentence.block]!;
    const tokens = sentence.tokens;
    const at = firstIndex(tokens, (t) => t.end > figure.start);
    const next = firstIndex(tokens, (t) => t.start >= figure.end);
    const ownTimes = times.get(sentence.index) ?? [];
    let scope = scopes.get(sentence.index);
    if (!scope) scopes.set(sentence.index, (scope = { places: placesOf(tokens), frame: frameOf(tokens, ownTimes) }));
    const head = headNoun(figure, tokens, next);
    const mention: Mention = {
      figure,
      sentence,
      block,
      role: block.role,
      names: phraseNames(analysis.text.slice(0, sentence.end), figure.end, head?.span.end),
      topic: new Set(),
      events: [],
      places: scope.places,
      partitive: isPartitive(tokens, at, next, sentence, figure, analysis.text),
      increment: INCREMENT_WORDS.has(tokens[next]?.lemma ?? '') || INCREMENT_WORDS.has(tokens[at - 1]?.lemma ?? '') || tokens[at - 1]?.lemma === 'other',
      target: isTarget(tokens, at),
      previous: PREVIOUS.test(analysis.text.slice(Math.max(sentence.start, figure.start - 30), figure.start)),
    };
    if (head) mention.head = head;
    const { frame } = scope;
    if (frame) mention.frame = frame;
    // Title-case headlines capitalise every word: names cannot be told from other words there.
    const owner = block.role === 'body' ? ownerOf(tokens, at) : undefined;
    if (owner) mention.owner = owner;
    readContext(mention, tokens, at, next);
    const period = periodOf(ownTimes, frame);
    if (period) mention.period = period;
    const day = dayOf(analysis, sentence, ownTimes);
    if (day) mention.day = day;
    const source = sourceOf(attributions.get(sentence.index) ?? [], figure.start);
    if (source) mention.source = source;
    return mention;
  });
}

/**
 * Who the draft says a figure comes from: of its sentence's attributions, the last whose cue comes
 * before the figure ("Sana said ..., after local residents reported that at least 250 workers"
 * → local residents), else the first; "it said" stands for the source it refers to.
 */
function sourceOf(attributions: readonly Attribution[], at: number): string | undefined {
  const own = attributions.filter((a) => a.source);
  const chosen = own.filter((a) => a.cue.start < at).at(-1) ?? own[0];
  return chosen?.refersTo ?? chosen?.source;
}

/**
 * The counted noun: the figure detector's when it found one, otherwise the first noun right
 * after the figure ("1.2 million doses", "a 12 percent rise"), taking the last of a compound
 * ("15% bus fare rise" → "rise").
 */
function headNoun(figure: Figure, tokens: readonly Token[], next: number): Mention['head'] {
  let found: Token | undefined;
  const counted = figure.counts ? tokens.slice(next, next + 6).find((t) => t.lemma === figure.counts) : undefined;
  if (counted) return { lemma: counted.lemma, concept: nounConcept(counted.lemma), span: { start: counted.start, end: counted.end } };
  for (let i = next; i < Math.min(tokens.length, next + 5); i++) {
    const t = tokens[i]!;
    if (t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text)) {
      found = t;
      if (tokens[i + 1]?.pos !== 'NOUN') break;
    } else if (found || !(t.pos === 'ADJ' || t.pos === 'PROPN' || (t.pos === 'NUM' && /\p{L}/u.test(t.text)) || t.text === '-')) break;
  }
  if (figure.counts && !found) return { lemma: figure.counts, concept: nounConcept(figure.counts), span: { start: figure.end, end: figure.end } };
  return found ? { lemma: found.lemma, concept: nounConcept(found.lemma), span: { start: found.start, end: found.end } } : undefined;
}

/**
 * Capitalised words and identifiers in the figure's noun phrase: between the number and its
 * head ("42 Airbus A320 jets"), or right after the number when it has none ("24 A320s" → "a320").
 */
function phraseNames(text: string, from: number, to: number | undefined): Set<string> {
  const names = new Set<string>();
  const stretch = text.slice(from, to ?? Math.min(text.length, from + 40));
  for (const raw of stretch.split(/\s+/)) {
    const word = trimToWord(raw);
    if (word === '') {
      if (to === undefined && raw !== '') break;
      continue;
    }
    const identifier = /\d/.test(word) && /\p{L}/u.test(word);
    if (identifier) names.add(word.toLowerCase().replace(/(\d)s$/, '$1'));
    else if (/^\p{Lu}/u.test(word)) names.add(word.toLowerCase());
    else if (to === undefined) break;
    // Without a head, the phrase ends at the first punctuation after a name.
    if (to === undefined && /[^\p{L}\d]$/u.test(raw)) break;
  }
  return names;
}

/** "hopes to carry out 2,000", "would reach", "its previous forecast of 185 million". */
function isTarget(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 6); i--) {
    const t = tokens[i]!;
    if (CLAUSE_BREAK.test(t.text) || t.text === ',') return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && TARGET_VERBS.has(t.lemma)) return true;
    if (at - i <= 3 && TARGET_NOUNS.has(t.lemma)) return true;
  }
  return false;
}

/**
 * A part of a quantity: "eight of its aircraft", "31,900 of them", and the parts that follow an
 * "Of the 3,500 evacuees," opening.
 */
function isPartitive(tokens: readonly Token[], at: number, next: number, s: SentenceInfo, figure: Figure, text: string): boolean {
  // Right after the number: "eight of its aircraft" is a part; "2.4 million doses of the vaccine" is not.
  if (tokens[next]?.lemma === 'of' && PARTITIVE_DETERMINERS.has(tokens[next + 1]?.lemma ?? '')) return true;
  const opening = /^\s*of\s+(?:the|its|their|those|these)\b[^,]*,/i.exec(text.slice(s.start, figure.start));
  return opening !== null && tokens[at - 1]?.lemma !== 'of';
}

/** Content nouns and events within a few words of the figure, not across a semicolon or dash. */
function readContext(m: Mention, tokens: readonly Token[], at: number, next: number): void {
  let lo = at;
  while (lo > 0 && at - lo < WINDOW && !CLAUSE_BREAK.test(tokens[lo - 1]!.text)) lo--;
  let hi = next;
  while (hi < tokens.length && hi - next < WINDOW && !CLAUSE_BREAK.test(tokens[hi]!.text)) hi++;
  const events: [number, string, string, number][] = [];
  // A name of several words is one term: "Air India" and "Air Canada" share no name.
  let name: string[] = [];
  const flush = (): void => {
    const joined = name.join(' ');
    if (/\p{L}{3,}/u.test(joined) && !CALENDAR_WORDS.has(joined)) m.topic.add(joined);
    name = [];
  };
  for (let i = lo; i < hi; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'PROPN' || (i >= at && i < next)) flush();
    if (i >= at && i < next) continue;
    const lemma = t.lemma.toLowerCase();
    const event = eventOf(lemma);
    if (event) events.push([i < at ? at - i : i - next + 1, event, t.text, t.start]);
    if (t.pos === 'PROPN') name.push(lemma);
    else if (t.pos === 'NOUN' && /\p{L}{3,}/u.test(lemma) && !GENERAL_NOUNS.has(lemma) && t.start !== m.head?.span.start) m.topic.add(lemma);
  }
  flush();
  if (m.head) {
    const event = eventOf(m.head.lemma);
    if (event) events.push([0, event, m.head.lemma, m.head.span.start]);
  }
  events.sort((a, b) => a[0] - b[0]);
  for (const [, event] of events) if (!m.events.includes(event)) m.events.push(event);
  if (events[0]) {
    m.eventWord = events[0][2];
    m.eventStart = events[0][3];
  }
}

/**
 * The list, or the table column, a mention's block belongs to: items of one grid are parallel
 * entries (shares of a vote, rows of districts). Table header cells belong to none.
 */
export function gridOf(m: Mention): string | undefined {
  const b = m.block;
  if (b.list) return `list:${b.list.id}`;
  return b.cell && b.cell.row > 0 ? `table:${b.cell.table}:${b.cell.column}` : undefined;
}

/**
 * The name that owns a figure: the subject of the verb right before it ("Kessa Mining employs
 * 3,000", "Skyline Aldine, which flies 42") or a possessive ("City's 58 points"). Reporting verbs
 * name a source, not an owner.
 */
function ownerOf(tokens: readonly Token[], at: number): string | undefined {
  let i = at - 1;
  while (i >= 0 && (tokens[i]!.pos === 'DET' || tokens[i]!.pos === 'ADJ' || tokens[i]!.pos === 'ADV' || tokens[i]!.pos === 'ADP' && /^(?:than|least|of)$/.test(tokens[i]!.lemma))) i--;
  const possessive = tokens[i]?.text === "'s" || tokens[i]?.text === '’s';
  if (possessive) i--;
  else {
    if (!tokens[i] || tokens[i]!.pos !== 'VERB' || REPORTING.has(tokens[i]!.lemma)) return undefined;
    i--;
    while (i >= 0 && (tokens[i]!.pos === 'AUX' || tokens[i]!.pos === 'ADV')) i--;
    if (tokens[i]?.lemma === 'which' || tokens[i]?.lemma === 'who') i -= tokens[i - 1]?.text === ',' ? 2 : 1;
  }
  const name: string[] = [];
  while (i >= 0 && tokens[i]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[i]!.text)) name.unshift(tokens[i--]!.lemma);
  // "on Monday approved": a name after a preposition is not the subject.
  if (name.length === 0 || tokens[i]?.pos === 'ADP' || CALENDAR_WORDS.has(name.join(' '))) return undefined;
  return name.join(' ');
}

function dayOf(analysis: Analysis, sentence: SentenceInfo, times: readonly TimeExpression[]): string | undefined {
  for (const t of times) {
    if (!t.value || !/^\d{4}-\d{2}-\d{2}/.test(t.value)) continue;
    if (SPAN_START.test(analysis.text.slice(sentence.start, t.start))) continue;
    const before = sentence.tokens.filter((k) => k.end <= t.start).slice(-2);
    if (before.some((k) => REPORTING.has(k.lemma))) continue;
    return t.value.slice(0, 10);
  }
  return undefined;
}

/** The month (or year) a sentence dates its claims to, from its resolved time expressions. */
function periodOf(times: readonly TimeExpression[], frame: Frame | undefined): string | undefined {
  // A year framed alone ("In 2019,") is no time expression, but dates the sentence all the same.
  const values = [...times.map((t) => t.value), frame?.kind === 'time' ? frame.key : undefined];
  for (const value of values) {
    const m = value ? MONTH_OR_YEAR.exec(value) : null;
    if (m) return m[2] ? `${m[1]}-${m[2]}` : m[1];
  }
  return undefined;
}

/** `raw` without the punctuation around it (a hand scan: `/[^\p{L}\d]+$/` is quadratic on long runs). */
function trimToWord(raw: string): string {
  const wordy = (c: string) => /[\p{L}\d]/u.test(c);
  let start = 0;
  let end = raw.length;
  while (start < end && !wordy(raw[start]!)) start++;
  while (end > start && !wordy(raw[end - 1]!)) end--;
  return raw.slice(start, end);
}
