import { groupBy } from '../collections';
import type { Token } from '../language/nlp';
import { quote } from './describe';
import type { Inconsistency } from './inconsistency';
import { eventOf, nounConcept } from './lexicon';
import type { Mention } from './mentions';
import { claimOf, comparableUnit, formatNumber, precisionOf } from './values';

/** Multiplying verbs and the factor each states. */
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([['double', 2], ['triple', 3], ['treble', 3], ['quadruple', 4], ['halve', 0.5]]);
const TIMES_WORDS: ReadonlyMap<string, number> = new Map([['two', 2], ['three', 3], ['four', 4], ['five', 5], ['ten', 10]]);
/** A factor a multiplier may be off by and still be the word a writer would use ("doubled" for ×1.96). */
const FACTOR_TOLERANCE = 0.05;
/** "from 3,200", "from its previous forecast of 185 million": the value a change starts at. */
const FROM = /\bfrom\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;
/** Qualifiers of a multiplier: "more than doubled", "nearly tripled". */
const ABOVE = new Set(['more', 'over']);
const BELOW = new Set(['nearly', 'almost']);

/**
 * Arithmetic a sentence states: a percentage change against the two values it runs between
 * ("rose 12 percent to $4.2 billion, from $3.5 billion"), and a multiplier against its values
 * ("doubled ... from 1,100 to 2,900") or against the increase stated next to it ("doubled ... to
 * 40,000. That is 18,000 new members").
 */
export function findArithmetic(mentions: readonly Mention[], text: string): Inconsistency[] {
  const bySentence = groupBy(mentions, (m) => m.sentence.index);
  const out: Inconsistency[] = [];
  for (const [index, list] of bySentence) {
    const change = percentageChange(list, text);
    if (change) out.push(change);
    const multiplied = multiplier(list, bySentence.get(index + 1) ?? [], text);
    if (multiplied) out.push(multiplied);
  }
  return out;
}

/** The values a change runs between: "from A" and "to B" (or the sentence's other figure of A's unit). */
function endpoints(list: readonly Mention[], skip: Mention | undefined, text: string): { from: Mention; to: Mention } | null {
  const candidates = list.filter((m) => m !== skip && comparableUnit(m.figure) !== 'percent' && !m.figure.vague);
  const from = candidates.find((m) => FROM.test(text.slice(Math.max(m.sentence.start, m.figure.start - 50), m.figure.start)));
  if (!from) return null;
  const to = candidates.find((m) => m !== from && comparableUnit(m.figure) === comparableUnit(from.figure) && /\bto\s+$/i.test(text.slice(m.sentence.start, m.figure.start)))
    ?? candidates.find((m) => m !== from && comparableUnit(m.figure) === comparableUnit(from.figure));
  if (!to) return null;
  const kinds = [claimOf(from.figure, text, false).kind, claimOf(to.figure, text, false).kind];
  return kinds.every((k) => k === 'point' || k === 'approx') && from.figure.value > 0 ? { from, to } : null;
}

/** The range of a change ratio B / A given the rounding of both values. */
function ratioRange(from: Mention, to: Mention, text: string): [number, number] {
  const a = claimOf(from.figure, text, false);
  const b = claimOf(to.figure, text, false);
  return [b.low / a.high, b.high / a.low];
}

function percentageChange(list: readonly Mention[], text: string): Inconsistency | null {
  const percent = list.find((m) => m.figure.unit === 'percent' && (m.events.includes('rose') || m.events.includes('fell')));
  if (!percent) return null;
  const ends = endpoints(list, percent, text);
  if (!ends) return null;
  const [lo, hi] = ratioRange(ends.from, ends.to, text);
  const stated = claimOf(percent.figure, text, false);
  const half = precisionOf(percent.figure, text, false) / 2;
  // A fall of 35 percent is a ratio of 0.65; a rise of 12 percent one of 1.12.
  const falling = percent.events[0] === 'fell';
  const statedLow = falling ? 1 - (stated.high + half) / 100 : 1 + (stated.low - half) / 100;
  const statedHigh = falling ? 1 - (stated.low - half) / 100 : 1 + (stated.high + half) / 100;
  if (hi >= statedLow && lo <= statedHigh) return null;
  const actual = (ends.to.figure.value / ends.from.figure.value - 1) * 100;
  const word = actual >= 0 ? 'a rise' : 'a fall';
  return {
    kind: 'percentage-change',
    severity: 'warning',
    span: { start: percent.figure.start, end: percent.figure.end },
    message: `From ${quote(text, ends.from.figure)} to ${quote(text, ends.to.figure)} is ${word} of ${formatNumber(Math.abs(actual))} percent, not ${quote(text, percent.figure)}.`,
    related: [ends.from, ends.to].map((m) => ({ span: { start: m.figure.start, end: m.figure.end }, message: `One of the two values: ${quote(text, m.figure)}` })),
  };
}

interface Factor {
  span: { start: number; end: number };
  low: number;
  high: number;
  /** The concept of what was multiplied ("membership" → "member"), when a noun follows the verb. */
  object?: string;
}

/** "doubled", "more than tripled", "nearly halved", "three times": the factor a sentence states. */
function statedFactor(tokens: readonly Token[]): Factor | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let k = MULTIPLIERS.get(t.lemma);
    let start = t.start;
    if (k === undefined && t.lemma === 'time' && TIMES_WORDS.has(tokens[i - 1]?.lemma ?? '')) {
      k = TIMES_WORDS.get(tokens[i - 1]!.lemma)!;
      start = tokens[i - 1]!.start;
    }
    if (k === undefined) continue;
    const before = tokens.slice(Math.max(0, i - 3), i).map((x) => x.lemma);
    let low = k * (1 - FACTOR_TOLERANCE);
    let high = k * (1 + FACTOR_TOLERANCE);
    if (before.some((w) => ABOVE.has(w))) [low, high] = [k, Infinity];
    else if (before.some((w) => BELOW.has(w))) [low, high] = [k * 0.85, k];
    if (k < 1) [low, high] = [1 / high, 1 / low];
    const factor: Factor = { span: { start, end: t.end }, low: Math.min(low, high), high: Math.max(low, high) };
    // What was multiplied: "doubled our membership", "tripled its profit" (not "tripled last year").
    let j = i + 1;
    while (tokens[j] && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'PRON') && j < i + 3) j++;
    const object = tokens[j]?.pos === 'NOUN' ? tokens[j] : undefined;
    if (object) {
      factor.object = nounConcept(object.lemma);
      factor.span.end = object.end;
    }
    return factor;
  }
  return null;
}

function multiplier(list: readonly Mention[], next: readonly Mention[], text: string): Inconsistency | null {
  const first = list[0];
  if (!first) return null;
  const factor = statedFactor(first.sentence.tokens);
  if (!factor) return null;
  const ends = endpoints(list, undefined, text);
  if (ends) {
    const [lo, hi] = ratioRange(ends.from, ends.to, text);
    if (hi >= factor.low && lo <= factor.high) return null;
    const ratio = ends.to.figure.value / ends.from.figure.value;
    return {
      kind: 'multiplier',
      severity: 'warning',
      span: factor.span,
      message: `${quote(text, factor.span)} does not match its values: from ${quote(text, ends.from.figure)} to ${quote(text, ends.to.figure)} is ${formatNumber(ratio)} times as much.`,
      related: [ends.from, ends.to].map((m) => ({ span: { start: m.figure.start, end: m.figure.end }, message: `One of the two values: ${quote(text, m.figure)}` })),
    };
  }
  return impliedIncrease(factor, list, next, text);
}

/**
 * "We have doubled our membership ... to 40,000. That is 18,000 new members": doubling to
 * 40,000 means 20,000 were added. The increase must count what was multiplied.
 */
function impliedIncrease(factor: Factor, list: readonly Mention[], next: readonly Mention[], text: string): Inconsistency | null {
  const result = list.find((m) => /\bto\s+$/i.test(text.slice(m.sentence.start, m.figure.start)) && comparableUnit(m.figure) !== 'percent');
  if (!result || !factor.object || !Number.isFinite(factor.high)) return null;
  const increment = [...list, ...next].find((m) => m.increment && m.head?.concept === factor.object && comparableUnit(m.figure) === comparableUnit(result.figure));
  if (!increment || eventOf(increment.head!.lemma)) return null;
  const total = claimOf(result.figure, text, false);
  const stated = claimOf(increment.figure, text, false);
  const low = total.low * (1 - 1 / factor.low);
  const high = total.high * (1 - 1 / factor.high);
  if (stated.high >= Math.min(low, high) && stated.low <= Math.max(low, high)) return null;
  return {
    kind: 'multiplier',
    severity: 'warning',
    span: { start: increment.figure.start, end: increment.head!.span.end },
    message: `${quote(text, factor.span)} to ${quote(text, result.figure)} means about ${formatNumber(total.value * (1 - 1 / ((factor.low + factor.high) / 2)))} added, not ${quote(text, increment.figure)}.`,
    related: [
      { span: factor.span, message: `The stated change: ${quote(text, factor.span)}` },
      { span: { start: result.figure.start, end: result.figure.end }, message: `The result: ${quote(text, result.figure)}` },
    ],
  };
}
