import { describe } from './describe';
import type { Block } from '../document/block';
import { RESTATED } from './conversion';
import type { Inconsistency } from './inconsistency';
import { GENERIC_EVENTS, GENERIC_PERSON_NOUNS, PERSON_NOUNS } from './lexicon';
import type { Mention } from './mentions';
import { type Claim, claimOf, comparableUnit, convert, isScaleSlip, isTransposition, relate, type Relation, significantDigits, unitScale } from './values';

/** Evidence needed before two figures are taken for one quantity (see `evidence`). */
const THRESHOLD = 3;
/** Two mentions of one quantity rarely differ by more than this factor, scale slips aside. */
const MAX_RATIO = 3;
/** Units that say nothing about what is measured: every story has money and percentages. */
const COMMON_DIMENSIONS = new Set(['count', 'ratio', 'percentage point', 'basis point']);
const CURRENCY = /dollar|euro|^pound$|crown|yen|franc|rupee|peso|rouble|lira|naira|rand|shekel|dinar|riyal|yuan|real|won/;

interface Pair {
  a: Mention;
  b: Mention;
  score: number;
  relation: Relation;
}

/**
 * Same referent, different values; headline or standfirst against the body; scale slips.
 * Every pair of figures in different sentences is weighed for evidence that it is one quantity
 * (what is counted, names in the phrase, shared nouns and events, a transposition of digits), and
 * the pairs that pass are compared by value with their qualifiers. Items of an enumeration of
 * different things (`parts`: "23 adults and nine children") are parts, not re-mentions.
 */
export function findDifferentValues(mentions: readonly Mention[], parts: ReadonlySet<Mention>, text: string, publication?: string): Inconsistency[] {
  const frequency = new Map<string, number>();
  // Every pair is weighed, so what depends on one mention alone is worked out once per mention.
  const keys = new Map<Mention, string | undefined>();
  for (const m of mentions) {
    const key = kindKey(m);
    keys.set(m, key);
    if (key) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  }
  const claims = new Map<Mention, Claim>();
  const claim = (m: Mention): Claim => claims.get(m) ?? claims.set(m, claimOf(m.figure, text)).get(m)!;
  const crowded = crowdedMentions(mentions, text);
  const lead = mentions.find((m) => m.role === 'body' && m.block.kind === 'paragraph')?.block;
  const pairs: Pair[] = [];
  const eligible = mentions.filter((m) => !parts.has(m) && !crowded.has(m));
  for (const [a, b] of candidatePairs(eligible, keys)) {
    // Evidence first: it rules most pairs out with a few comparisons, before any value is read.
    const score = evidence(a, b, frequency, keys, lead, publication);
    if (score < THRESHOLD) continue;
    const relation = compare(a, b, claim);
    if (relation) pairs.push({ a, b, score, relation });
  }
  return report(pairs, text);
}

/** A clue shared by more mentions than this says nothing about any two of them. */
const MAX_BUCKET = 40;

/**
 * The pairs worth weighing, in document order. Evidence only comes from what two mentions share
 * (a counted noun, a name, a noun or event nearby, a distinctive unit, the same digits) or from
 * a headline or standfirst, so mentions are indexed by those clues and only pairs that meet in an
 * index are weighed: a long draft with thousands of figures is not weighed pair by pair.
 */
function candidatePairs(mentions: readonly Mention[], keys: Map<Mention, string | undefined>): [Mention, Mention][] {
  const n = mentions.length;
  const buckets = new Map<string, number[]>();
  const add = (clue: string, i: number): void => {
    const bucket = buckets.get(clue);
    if (bucket) bucket.push(i);
    else buckets.set(clue, [i]);
  };
  mentions.forEach((m, i) => {
    if (m.head) add(`head:${m.head.concept}`, i);
    for (const name of m.names) add(`name:${name}`, i);
    for (const t of m.topic) add(`topic:${t}`, i);
    for (const e of m.events) add(`event:${e}`, i);
    const key = keys.get(m);
    if (key) add(key, i);
    const digits = significantDigits(m.figure.value);
    add(`digits:${digits}`, i);
    add(`anagram:${[...digits].sort().join('')}`, i);
  });
  // A pair (i < j) is the number j * n + i: numbers sort by the later mention, then the earlier,
  // which is document order, and a set of numbers is far cheaper than one of strings.
  const pairs = new Set<number>();
  const pair = (x: number, y: number): void => {
    if (x !== y) pairs.add(x < y ? y * n + x : x * n + y);
  };
  for (const bucket of buckets.values()) {
    if (bucket.length > MAX_BUCKET) continue;
    for (let j = 1; j < bucket.length; j++) for (let i = 0; i < j; i++) pair(bucket[i]!, bucket[j]!);
  }
  // A headline or standfirst sums up the body: each is weighed against every body mention.
  mentions.forEach((summary, s) => {
    if (summary.role !== 'body') for (let i = 0; i < n; i++) pair(s, i);
  });
  return [...Float64Array.from(pairs).sort()].map((id) => [mentions[id % n]!, mentions[Math.floor(id / n)]!]);
}

/** Compares the values of two mentions in one unit; null when they cannot be compared. */
function compare(a: Mention, b: Mention, claim: (m: Mention) => Claim): Relation | null {
  const ua = comparableUnit(a.figure);
  const ub = comparableUnit(b.figure);
  if (unitScale(ua).dimension !== unitScale(ub).dimension) return null;
  const ca = claim(a);
  const cb = inUnit(claim(b), ub, ua);
  if (!cb) return null;
  if (ca.kind === 'vague' && cb.kind === 'vague') return null;
  const ratio = Math.max(ca.value, cb.value) / Math.min(ca.value, cb.value);
  const slip = scaleSlip(a, b);
  if (!(ratio <= MAX_RATIO) && !slip && ca.kind !== 'vague' && cb.kind !== 'vague') return null;
  return relate(ca, cb);
}

function inUnit(c: Claim, from: string | undefined, to: string | undefined): Claim | null {
  if (from === to) return c;
  const value = convert(c.value, from, to);
  const low = convert(c.low, from, to);
  const high = convert(c.high, from, to);
  return value === null || low === null || high === null ? null : { ...c, value, low, high };
}

/** A unit that is distinctive in a story ("tonne", "hectare", "point"), unlike counts, money and shares. */
function kindKey(m: Mention): string | undefined {
  const dimension = unitScale(comparableUnit(m.figure)).dimension;
  return COMMON_DIMENSIONS.has(dimension) || CURRENCY.test(dimension) ? undefined : `unit:${m.figure.unit}`;
}

/**
 * Mentions that share their sentence with another figure of the same kind (the same unit, or
 * the same counted noun): "an 11.6-inch version and a 13.3-inch model", "five models ... two of
 * them". Such a sentence compares different things, so none of its figures is taken for a
 * re-mention of a figure elsewhere. A conversion in brackets restates its figure and does not count.
 */
function crowdedMentions(mentions: readonly Mention[], text: string): Set<Mention> {
  const crowded = new Set<Mention>();
  const sameKind = (a: Mention, b: Mention): boolean => {
    const ua = comparableUnit(a.figure);
    if (ua || comparableUnit(b.figure)) return unitScale(ua).dimension === unitScale(comparableUnit(b.figure)).dimension;
    return !!a.head && a.head.concept === b.head?.concept;
  };
  for (let j = 0; j < mentions.length; j++) {
    // Mentions are in document order: those of one sentence sit next to each other.
    for (let i = j - 1; i >= 0 && mentions[i]!.sentence === mentions[j]!.sentence; i--) {
      const a = mentions[i]!;
      const b = mentions[j]!;
      if (a.previous || b.previous || !sameKind(a, b)) continue;
      if (j === i + 1 && RESTATED.test(text.slice(a.figure.end, b.figure.start))) continue;
      crowded.add(a).add(b);
    }
    // "5,600 miles (10,400 km)": the conversion restates its figure; the conversion check reads it.
    const previous = mentions[j - 1];
    if (previous && previous.sentence === mentions[j]!.sentence && RESTATED.test(text.slice(previous.figure.end, mentions[j]!.figure.start))) crowded.add(mentions[j]!);
  }
  return crowded;
}

/**
 * How strongly the draft says two mentions are one quantity, or 0 when something says they are
 * not: parts, increments and targets are other quantities; so are figures of another period,
 * of another event ("killed" against "missing"), of another named thing, or rows of one list.
 */
function evidence(a: Mention, b: Mention, frequency: Map<string, number>, keys: Map<Mention, string | undefined>, leadBlock: Block | undefined, publication?: string): number {
  if (a.sentence === b.sentence || a.partitive || b.partitive || a.increment || b.increment || a.previous || b.previous || a.target !== b.target) return 0;
  if (!samePeriod(a.period, b.period, publication) || (a.day && b.day && a.day !== b.day)) return 0;
  if (sameGrid(a, b)) return 0;
  // "Kessa Mining employs 3,000 ... Dunmore Steel employs 2,500": figures of different owners.
  if (a.owner && b.owner && a.owner !== b.owner) return 0;
  // "In Kessa, 612 cases ... In Dunmore, 401 cases": figures for different places.
  if (a.places.size > 0 && b.places.size > 0 && ![...a.places].some((p) => b.places.has(p))) return 0;
  // "Last year, ..." against "This year, ...", "Among women, ..." against "Among men, ...".
  if (a.frame && b.frame && a.frame.kind === b.frame.kind && a.frame.key !== b.frame.key) return 0;
  // "In 2019, 400 people were killed" against "250 are killed each year": a figure framed to
  // another time than the story's own is of that time. One that names its period ("400 killed
  // in 2019") was weighed by samePeriod above.
  const timed = [a, b].filter((m) => m.frame?.kind === 'time');
  const undated = timed[0] === a ? b : a;
  if (timed.length === 1 && !undated.period && !isNow(timed[0]!.frame!.key, publication)) return 0;
  // "In Tala, 45 people died" against "the quake killed at least 120": one place's (or group's)
  // share of the whole, when the figure with the place is the smaller (and not the same digits
  // mistyped). A rate of a part ("Among women, 40 percent") may be above or below the whole's;
  // a headline's place ("Inflation hits 4.1% in Britain") names the story's whole, not a part.
  if (isScoped(a) !== isScoped(b) && !isTransposition(a.figure.value, b.figure.value) && !scaleSlip(a, b)) {
    const [local, whole] = isScoped(a) ? [a, b] : [b, a];
    if (local.figure.high < whole.figure.low || (isRate(local) && local.role === whole.role)) return 0;
  }
  let score = 0;
  if (a.head && b.head) {
    if (a.head.concept === b.head.concept) score += 2;
    else if (oneIsPeopleInGeneral(a.head.lemma, b.head.lemma)) score += 1;
    else return 0;
  }
  if (a.names.size > 0 && b.names.size > 0) {
    if (![...a.names].some((n) => b.names.has(n))) return 0;
    score += 2;
  }
  if (a.events.length > 0 && b.events.length > 0) {
    const shared = a.events.filter((e) => b.events.includes(e));
    if (shared.length === 0) return 0;
    // "killed", "missing", "lead" say which count it is; "rose" or "spent" say less.
    score += shared.some((e) => !GENERIC_EVENTS.has(e)) ? 2 : 1;
  }
  score += Math.min(2, [...a.topic].filter((t) => b.topic.has(t)).length);
  const key = keys.get(a);
  if (key && key === keys.get(b)) {
    // Index and poll points are as common as money in their stories; only a pair stands out.
    if (key !== 'unit:point') score += 1;
    if (frequency.get(key) === 2) score += 1;
  }
  if (isTransposition(a.figure.value, b.figure.value)) score += significantDigits(a.figure.value).length >= 3 ? 2 : 1;
  if (scaleSlip(a, b)) score += 1;
  if (a.role !== b.role) {
    score += 1;
    // A headline sums up the lead: the first paragraph of the body is what it restates.
    const body = a.role === 'body' ? a : b.role === 'body' ? b : undefined;
    if (body && body.block === leadBlock) score += 1;
  }
  return score;
}

/**
 * One digit string at two scales, where a scale slips: in its scale word or decimal point
 * ("1.2 million" against "12 million", "$1.2bn" against "$120m"), or in a measure of a unit the
 * story uses rarely ("12,000 hectares" against "a 1,200-hectare blaze"). "12 people" pulled
 * from the water and "1,200 people" in shelters are two counts: a disaster story has many.
 */
function scaleSlip(a: Mention, b: Mention): boolean {
  const slips = (m: Mention) => m.figure.scale !== undefined || /\d\.\d/.test(m.figure.text) || kindKey(m) !== undefined;
  // In one unit: "7 metres" and "0.7mm" share their digits, but one is ten thousand times the other.
  const value = convert(b.figure.value, comparableUnit(b.figure), comparableUnit(a.figure));
  return value !== null && isScaleSlip(a.figure.value, value) && significantDigits(a.figure.value) === significantDigits(b.figure.value) && (slips(a) || slips(b));
}

/** A figure for one place, group or part of a story's whole. */
function isScoped(m: Mention): boolean {
  return m.places.size > 0 || m.frame?.kind === 'group' || m.frame?.kind === 'part';
}

/**
 * Whether a time frame's key names the story's own time: a resolved value that samePeriod puts
 * at the publication, or, unresolved, "this year" and the like. Without a publication date a
 * past frame ("In 2019,", "last year") cannot be told from now, and silence is the safer guess.
 */
function isNow(key: string, publication: string | undefined): boolean {
  if (/^\d{4}/.test(key)) return publication !== undefined && samePeriod(key, undefined, publication);
  return /^this\b/.test(key);
}

/** A share or a rate: of a part, it says nothing of the whole's. */
function isRate(m: Mention): boolean {
  const dimension = unitScale(comparableUnit(m.figure)).dimension;
  return dimension === 'ratio' || dimension === 'percentage point' || m.figure.unit?.startsWith('per ') === true;
}

function oneIsPeopleInGeneral(x: string, y: string): boolean {
  return (GENERIC_PERSON_NOUNS.has(x) && PERSON_NOUNS.has(y)) || (GENERIC_PERSON_NOUNS.has(y) && PERSON_NOUNS.has(x));
}

/**
 * Whether two mentions may speak of one time. Periods are TimeML prefixes: "2016-04" and "2016"
 * agree, "2024-03" and "2025-01" do not. A sentence with no date speaks of the publication's
 * time, which the latest figures ("as of 31 October" in a story of 30 November) still share.
 */
function samePeriod(x: string | undefined, y: string | undefined, publication: string | undefined): boolean {
  if (x && y) return x.startsWith(y) || y.startsWith(x);
  const explicit = x ?? y;
  if (!explicit || !publication) return true;
  if (explicit.length === 4) return publication.startsWith(explicit);
  return monthIndex(publication) - monthIndex(explicit) <= 1 && monthIndex(publication) >= monthIndex(explicit);
}

function monthIndex(period: string): number {
  return Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7));
}

/** Rows of one list or one table column are parallel entries, not re-mentions. */
function sameGrid(a: Mention, b: Mention): boolean {
  if (a.block.list && b.block.list && a.block.list.id === b.block.list.id) return true;
  return !!a.block.cell && !!b.block.cell && a.block.cell.table === b.block.cell.table;
}

/**
 * One finding per mention that disagrees with earlier ones (or, for a headline or standfirst,
 * with the body), listing the others. A headline that agrees with some body mention of the same
 * quantity is left alone: it summarises that one.
 */
function report(pairs: readonly Pair[], text: string): Inconsistency[] {
  const agreeing = new Set<Mention>();
  for (const p of pairs) {
    if (p.relation === 'same' && p.a.role !== p.b.role) agreeing.add(p.a.role === 'body' ? p.b : p.a);
  }
  const byTarget = new Map<Mention, Pair[]>();
  for (const p of pairs) {
    if (p.relation === 'same') continue;
    const summary = p.a.role !== 'body' ? p.a : p.b.role !== 'body' ? p.b : undefined;
    if (summary && agreeing.has(summary)) continue;
    const target = summary ?? p.b;
    byTarget.set(target, [...(byTarget.get(target) ?? []), p]);
  }
  const out: Inconsistency[] = [];
  for (const [target, list] of byTarget) {
    const others = list.map((p) => (p.a === target ? p.b : p.a));
    const warning = list.some((p) => p.relation !== 'compatible');
    const slip = list.some((p) => p.relation === 'scale-slip');
    const kind = slip ? 'scale-slip' : target.role !== 'body' ? 'headline-body' : 'different-values';
    const mentions = [target, ...others];
    const withEvent = mentions.every((m) => m.events.length > 0);
    const values = mentions.map((m) => describe(m, text, withEvent)).join('; ');
    const lead = slip
      ? 'The same figure appears at two scales'
      : kind === 'headline-body'
        ? `The ${target.role} and the body give different figures for the same thing`
        : 'Different figures for the same thing';
    const tail = warning ? 'they cannot both be true.' : 'both can be true, but they differ: check which the story means.';
    out.push({
      kind,
      severity: warning ? 'warning' : 'information',
      span: { start: target.figure.start, end: target.figure.end },
      message: `${lead}: ${values}; ${tail}`,
      related: others.map((m) => ({ span: { start: m.figure.start, end: m.figure.end }, message: `Also given as ${describe(m, text, withEvent)}` })),
    });
  }
  return out;
}
