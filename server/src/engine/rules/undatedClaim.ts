import type { Block } from '../document/block';
import { restates } from '../consistency/conversion';
import { type CalendarDate, formatIsoDate } from '../document/publicationDate';
import type { Figure } from '../language/figures';
import { isInside, quotations } from '../language/quotations';
import { type SentenceInfo, sentenceProse } from '../language/sentences';
import { tallyVerb } from '../language/tally';
import { humanDay } from '../time/calendar';
import { governingVerb, type VerbGroup } from '../time/tense';
import type { TimeExpression } from '../time/timeExpression';
import type { Span } from '../types';
import type { Rule, RuleFinding } from './rule';

/**
 * `undated-claim`: a figure that states a running total or a current level, with no time anchor
 * in its sentence. "More than 270,000 people have been killed": since when counted, and as of
 * when? What counts as a level is `language/tally.ts`. An absolute date, "as of ...", a dated
 * attribution ("said on Sunday"), or a day named with the figure's own verb ("has fallen 14%
 * today") anchors it. Headlines (headlinese is present tense) and quotations are left alone.
 *
 * One finding per sentence, on the first such figure and its verb. `data`: `insertAt` and
 * `insertText` (" as of 7 April 2016", at the end of the figure's clause) for the quick fix,
 * `asOf` and `publicationDate` (null when the draft has none: the fix then asks for a date).
 */
export const undatedClaim: Rule = {
  id: 'undated-claim',
  description: 'A running total or current level with no date saying as of when.',
  defaultSeverity: 'warning',
  check(analysis, cache) {
    const findings: RuleFinding[] = [];
    const { figures, times, attributions } = analysis;
    const published = analysis.publicationDate?.date ?? null;
    const publishedIso = published ? formatIsoDate(published) : null;
    const quotesOf = new Map<number, Span[]>();
    const reading: Reading = {
      text: analysis.text,
      published,
      quotes: (b) => {
        let spans = quotesOf.get(b);
        if (!spans) quotesOf.set(b, (spans = quotations(analysis.blocks[b]!)));
        return spans;
      },
    };
    // Figures, times and attributions all come in sentence order: each sentence's share is a run
    // of each list, walked together. Grouping them in maps first made a map and an array per
    // sentence of a long draft on every keystroke.
    let t = 0;
    let a = 0;
    // One array for every sentence's inputs: the memo keeps a copy when it remembers.
    const inputs: unknown[] = [];
    for (let f = 0; f < figures.length; ) {
      const index = figures[f]!.sentence;
      let fEnd = f + 1;
      while (fEnd < figures.length && figures[fEnd]!.sentence === index) fEnd++;
      while (t < times.length && times[t]!.sentence < index) t++;
      let tEnd = t;
      while (tEnd < times.length && times[tEnd]!.sentence === index) tEnd++;
      while (a < attributions.length && attributions[a]!.sentence < index) a++;
      let dated = false;
      for (let i = a; i < attributions.length && attributions[i]!.sentence === index; i++) dated ||= attributions[i]!.dated !== undefined;
      const s = analysis.sentences[index]!;
      const block = analysis.blocks[s.block]!;
      // What the check reads beyond the sentence's own words (the block's text comes with them).
      inputs.length = 0;
      inputs.push(block.role, dated, publishedIso);
      for (let i = f; i < fEnd; i++) inputs.push(figures[i]);
      for (let i = t; i < tEnd; i++) inputs.push(times[i]);
      let found = cache?.undatedClaims.get(s, s.start, inputs);
      if (!found) {
        found = claimIn(reading, s, block, figures.slice(f, fEnd), times.slice(t, tEnd), dated);
        cache?.undatedClaims.set(s, s.start, inputs, found);
      }
      for (const finding of found) findings.push(finding);
      f = fEnd;
      t = tEnd;
    }
    return findings;
  },
};

/** What every sentence's check reads from the draft: its text, its date, each block's quotations (found once per block). */
interface Reading {
  text: string;
  published: CalendarDate | null;
  quotes: (block: number) => Span[];
}

/** The sentence's undated claim, if it makes one: on its first figure that states a running total or level. */
function claimIn(reading: Reading, s: SentenceInfo, block: Block, figures: readonly Figure[], times: readonly TimeExpression[], dated: boolean): RuleFinding[] {
  if (block.role !== 'body' || dated || anchored(reading.text, s, times)) return [];
  const prose = sentenceProse(s, block);
  for (let i = 0; i < figures.length; i++) {
    const figure = figures[i]!;
    // "12 km, or 7.5 miles,": the conversion is read with the figure it restates.
    if (isInside(reading.quotes(s.block), figure) || (i > 0 && restates(figures[i - 1]!, figure, reading.text))) continue;
    const verb = tallyVerb(s, prose, figure);
    if (!verb || datedVerb(s, times, verb)) continue;
    return [finding(reading, s, prose, figure, verb)];
  }
  return [];
}

/** An absolute date or "as of" anywhere in the sentence (a dated attribution is checked apart). */
function anchored(text: string, s: SentenceInfo, times: readonly TimeExpression[]): boolean {
  const sentence = text.slice(s.start, s.end);
  return /\bas of\b/i.test(sentence) || times.some((t) => t.kind === 'absolute');
}

/** "It has fallen by 14.45% today": a day stated with the figure's own verb dates it. */
function datedVerb(s: SentenceInfo, times: readonly TimeExpression[], verb: VerbGroup): boolean {
  return times.some((t) => t.value !== undefined && /^\d{4}-\d{2}-\d{2}/.test(t.value) && same(governingVerb(s.tokens, t), verb));
}

const same = (a: VerbGroup | null, b: VerbGroup) => a !== null && a.first === b.first && a.last === b.last;

function finding({ text, published }: Reading, s: SentenceInfo, prose: string, figure: Figure, verb: VerbGroup): RuleFinding {
  const verbSpan = { start: s.tokens[verb.first]!.start, end: s.tokens[verb.last]!.end };
  const span = { start: Math.min(figure.start, verbSpan.start), end: Math.max(figure.end, verbSpan.end) };
  const claim = text.slice(span.start, span.end).replace(/\s+/g, ' ');
  // The fix writes "as of <date>" where the figure's clause ends: before a comma, "and", the stop.
  const rest = prose.slice(span.end - s.start);
  const stop = clauseEnd(rest);
  const insertAt = span.end + (stop ?? rest.trimEnd().length);
  const asOf = published ? humanDay(published) : null;
  const message = asOf
    ? `'${claim}' is a running total or current level with no date: as of when? Nothing in the sentence dates it (a date, "as of", a dated source); if it is current, add "as of ${asOf}".`
    : `'${claim}' is a running total or current level with no date: as of when? Nothing in the sentence dates it, and the draft has no publication date to offer.`;
  return {
    message,
    span,
    data: { figure: figure.text, publicationDate: published ? formatIsoDate(published) : null, asOf, insertAt, insertText: asOf ? ` as of ${asOf}` : null },
  };
}

/**
 * Where the clause ends: the white space before the first comma, stop, dash, "and", "but"...
 * (`/\s*(?:[,;:.!?—–(]|\s(?:and|...)\b)/` without its quadratic scan over long runs of spaces).
 */
function clauseEnd(rest: string): number | null {
  const stop = /[,;:.!?—–(]|\s(?:and|but|while|whereas|according)\b/.exec(rest);
  if (!stop) return null;
  let at = stop.index;
  while (at > 0 && /\s/.test(rest[at - 1]!)) at--;
  return at;
}
