import type { Block } from '../document/block';
import { describe, quote } from './describe';
import type { Inconsistency } from './inconsistency';
import { PERSON_NOUNS } from './lexicon';
import { gridOf, type Mention } from './mentions';
import { claimOf, comparableUnit, formatNumber, roundingSlack } from './values';

/** Words between two figures that make them items of one enumeration ("23 adults and nine children"). */
// Two tests rather than /^[^()]*?(?:,|...)[^()]*$/, which rescans the rest at every comma.
export const coordination = (between: string) => !/[()]/.test(between) && /,|;|\band\b|\bplus\b/i.test(between);
/**
 * Words right before the second figure that relate two figures another way: a change ("from
 * 1,100 to 2,900"), a comparison, a score ("31 votes to 17"), an alternative ("two or three").
 */
export const NOT_PARTS = /\b(?:from|to|than|versus|vs|against|compared with|out of|per|every|times|up|down|or|of)\s*$/i;
/** "four more than anyone", "three times as many": a comparison, not an item of an enumeration. */
const COMPARATIVE = /^\s*(?:more|fewer|less|times|higher|lower|ahead|behind)\b/i;
/** How many words may stand between two items of one enumeration. */
const MAX_GAP_WORDS = 7;
/** "the other 900", "the remaining districts for 271", "the rest": the parts claim to be all of it. */
const EXHAUSTIVE = /\b(?:the other|the remaining|the remainder|the rest\b(?!\s+(?:unaccounted|unknown|undisclosed|not|is unclear|remains unclear))|in all\b|respectively)/i;
/** A list item or a table row that gives the total ("Total: 45", a "Total" row). */
const TOTAL_LABEL = /^\W*(?:total|overall|all|combined|sum)\b/i;
/** Words between a total and the parts that break it down in the same sentence. */
const INTRODUCES_PARTS = /^[^.;]{0,40}?(?:\bincluding\b|\bamong them\b|\bof whom\b|\bof which\b|:|—)\s*(?:\w+\s+){0,2}$/i;
/** How many sentences after the parts a total may come ("In all, 18 people died"). */
const TOTAL_AFTER = 2;
/** How many sentences back a stated total may be. */
const TOTAL_REACH = 4;

/**
 * Parts against a stated total: figures enumerated in one sentence ("23 adults and nine
 * children"), a list or a table column, against the total they break down ("31 people had died",
 * "Of the 3,500 evacuees", a "Total" row). Parts that add up to more than the total cannot all
 * be true; parts that claim to be the whole ("and the other 900") must add up to it.
 */
export function findPartsAgainstTotal(mentions: readonly Mention[], blocks: readonly Block[], text: string): Inconsistency[] {
  const out: Inconsistency[] = [];
  for (const parts of findEnumerations(mentions, text)) {
    const total = statedTotal(parts, mentions, text);
    if (total) {
      const found = compareParts(parts, total, text);
      if (found) out.push(found);
    }
  }
  out.push(...gridTotals(mentions, blocks, text));
  return out;
}

/** Runs of two or more figures of one unit, enumerated in one sentence ("23 adults and nine children"). */
export function findEnumerations(mentions: readonly Mention[], text: string): Mention[][] {
  const runs: Mention[][] = [];
  let run: Mention[] = [];
  const flush = (): void => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  for (const m of mentions) {
    const last = run.at(-1);
    if (!last) {
      if (isPart(m, text)) run = [m];
      continue;
    }
    const between = text.slice(last.figure.end, m.figure.start);
    const sameSentence = last.sentence === m.sentence;
    const linked =
      sameSentence && coordination(between) && !NOT_PARTS.test(between) && !INTRODUCES_PARTS.test(between) && between.trim().split(/\s+/).length <= MAX_GAP_WORDS;
    if (linked && isPart(m, text) && comparableUnit(m.figure) === comparableUnit(last.figure)) run.push(m);
    else {
      flush();
      if (isPart(m, text)) run = [m];
    }
  }
  flush();
  return runs;
}

/** A figure that can be a part: a count or amount, not a share, a target or a vague magnitude. */
function isPart(m: Mention, text: string): boolean {
  if (opensWithTotal(m, text) || COMPARATIVE.test(text.slice(m.figure.end, m.sentence.end))) return false;
  const unit = comparableUnit(m.figure);
  return !m.figure.vague && !m.target && unit !== 'percent' && unit !== 'point' && unit !== 'percentage point' && claimOf(m.figure, '').kind !== 'upper';
}

/** "Of the 3,500 evacuees, ...": the sentence opens with the total it goes on to break down. */
function opensWithTotal(m: Mention, text: string): boolean {
  return /^\s*of\s+(?:the|its|their|these|those)\s*$/i.test(text.slice(m.sentence.start, m.figure.start));
}

/**
 * The total the parts break down: "Of the 3,500 evacuees, 2,100 ... and the other 900" or "50
 * killed, including 20 soldiers and 35 fighters" in their own sentence; otherwise a figure a few
 * sentences back (or just after) that counts the whole ("31 people had
 * died" for "The dead included 23 adults and nine children"): same unit, same event or a noun
 * for all of them, and at least as large as the largest part.
 */
function statedTotal(parts: readonly Mention[], mentions: readonly Mention[], text: string): Mention | undefined {
  const first = parts[0]!;
  const unit = comparableUnit(first.figure);
  const largest = Math.max(...parts.map((p) => p.figure.value));
  const opening = mentions.find((m) => m.sentence === first.sentence && m.figure.end <= first.figure.start && opensWithTotal(m, text));
  if (opening) return comparableUnit(opening.figure) === unit ? opening : undefined;
  // "50 people were killed, including 20 soldiers and 35 fighters": the total just before the parts.
  const before = mentions.filter((m) => m.sentence === first.sentence && m.figure.end <= first.figure.start).at(-1);
  if (before && INTRODUCES_PARTS.test(text.slice(before.figure.end, first.figure.start)) && comparableUnit(before.figure) === unit && !parts.includes(before)) return before;
  const partEvents = new Set(parts.flatMap((p) => p.events));
  const partNouns = parts.flatMap((p) => (p.head ? [p.head.lemma] : []));
  const candidates = mentions.filter((m) => {
    const distance = first.sentence.index - m.sentence.index;
    if (distance === 0 || distance > TOTAL_REACH || distance < -TOTAL_AFTER) return false;
    if (m.partitive || m.increment || m.target || m.figure.vague || comparableUnit(m.figure) !== unit || m.figure.value < largest) return false;
    if (parts.includes(m)) return false;
    const sameEvent = m.events.some((e) => partEvents.has(e));
    const wholeNoun = m.head !== undefined && partNouns.length > 0 && (partNouns.every((n) => n === m.head!.lemma) || (m.head.lemma === 'people' && partNouns.every((n) => PERSON_NOUNS.has(n))));
    return sameEvent && (wholeNoun || partNouns.length === 0 || m.head === undefined);
  });
  // The nearest one before the parts is the total they refer to; failing that, one just after ("In all, 18 died").
  return candidates.filter((m) => m.sentence.index < first.sentence.index).at(-1) ?? candidates[0];
}

function compareParts(parts: readonly Mention[], total: Mention, text: string): Inconsistency | null {
  const claims = parts.map((p) => claimOf(p.figure, text));
  const sumLow = claims.reduce((s, c) => s + (c.kind === 'upper' ? 0 : c.kind === 'point' ? c.value : c.low), 0);
  const sumHigh = claims.reduce((s, c) => s + (c.kind === 'point' ? c.value : c.high), 0);
  const slack = parts.reduce((s, p) => s + roundingSlack(p.figure, text), 0) + roundingSlack(total.figure, text);
  const t = claimOf(total.figure, text);
  const sentence = text.slice(parts[0]!.sentence.start, parts[0]!.sentence.end);
  let problem: string | null = null;
  const high = t.kind === 'point' ? t.value : t.high;
  const low = t.kind === 'point' ? t.value : t.low;
  if (sumLow - slack > high) problem = `add up to ${formatNumber(sumLow)}, more than the total`;
  else if (EXHAUSTIVE.test(sentence) && sumHigh + slack < low) problem = `add up to ${formatNumber(sumHigh)}, less than the total they claim to make up`;
  if (!problem) return null;
  const last = parts.at(-1)!;
  // "23 adults and nine children": the last part with what it counts, when that follows it.
  const end = last.head && last.head.span.start >= last.figure.end && last.head.span.start - last.figure.end < 20 ? last.head.span.end : last.figure.end;
  const span = { start: parts[0]!.figure.start, end };
  return {
    kind: 'parts-total',
    severity: 'warning',
    span,
    message: `The parts in ${quote(text, span)} ${problem} of ${describe(total, text, false)}.`,
    related: [{ span: { start: total.figure.start, end: total.figure.end }, message: `The stated total: ${describe(total, text, false)}` }],
  };
}

/**
 * Lists and table columns with a total item or row ("Total: 45", a "Total" row): the other
 * items of the same unit must add up to it.
 */
function gridTotals(mentions: readonly Mention[], blocks: readonly Block[], text: string): Inconsistency[] {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = gridOf(m);
    if (key && isPart(m, text)) groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const out: Inconsistency[] = [];
  for (const group of groups.values()) {
    const total = group.find((m) => TOTAL_LABEL.test(rowLabel(m.block, blocks)));
    if (!total || group.length < 3) continue;
    const parts = group.filter((m) => m !== total && m.block !== total.block && comparableUnit(m.figure) === comparableUnit(total.figure));
    if (parts.length < 2 || new Set(parts.map((p) => p.block)).size !== parts.length) continue;
    const sum = parts.reduce((s, p) => s + p.figure.value, 0);
    const slack = parts.reduce((s, p) => s + roundingSlack(p.figure, text), 0) + roundingSlack(total.figure, text);
    const t = claimOf(total.figure, text);
    if (t.kind !== 'point' || Math.abs(sum - t.value) <= slack) continue;
    out.push({
      kind: 'parts-total',
      severity: 'warning',
      span: { start: total.figure.start, end: total.figure.end },
      message: `The items add up to ${formatNumber(sum)}, but the total given is ${quote(text, total.figure)}.`,
      related: parts.map((p) => ({ span: { start: p.figure.start, end: p.figure.end }, message: `Part: ${quote(text, p.figure)}` })),
    });
  }
  return out;
}

/** The label of a list item (its own text) or a table row (its first cell). */
export function rowLabel(b: Block, blocks: readonly Block[]): string {
  if (!b.cell) return b.text.trimStart();
  const { table, row } = b.cell;
  return blocks.find((x) => x.cell?.table === table && x.cell.row === row && x.cell.column === 0)?.text.trimStart() ?? '';
}
