import type { Analysis } from '../analysis';
import { formatIsoDate, PLACE } from '../document/publicationDate';
import { humanDay } from '../time/calendar';
import { humanize } from '../time/humanize';
import type { TimeExpression } from '../time/timeExpression';
import type { Rule, RuleFinding } from './rule';

/**
 * `relative-date`: a time expression whose meaning depends on the day of writing or that leaves
 * out the year ("on Thursday", "next week", "in March", "February 27", "recently"), including
 * inside quotes. Absolute dates, measured durations and ages are not time expressions of this kind.
 *
 * `data` carries what the quick fix needs: `resolved` (the TimeML value, absent for vague ones and
 * for drafts with no publication date), `absolute` (the value as a sub-editor writes it: "7 April
 * 2016", "March 2016", "the week of 11 April 2016", "spring 2016"; the fix writes it in brackets
 * after the phrase), `publicationDate` (YYYY-MM-DD or null) and `vague`.
 */
export const relativeDate: Rule = {
  id: 'relative-date',
  description: 'A time expression that depends on the day of writing or leaves out the year.',
  defaultSeverity: 'warning',
  check(analysis, cache) {
    const published = analysis.publicationDate?.date ?? null;
    const publishedIso = published ? formatIsoDate(published) : null;
    const findings: RuleFinding[] = [];
    const dated = datedInBrackets(analysis.text, analysis.times);
    // The finding reads the expression (resolved once, kept while its sentence and what dates
    // it are unchanged) and the publication date, nothing else.
    const inputs = [publishedIso];
    for (const t of analysis.times) {
      if (t.kind === 'absolute' || dated.has(t) || restatesPublication(analysis, t, publishedIso)) continue;
      const kept = cache?.relativeDates.get(t, t.start, inputs);
      if (kept) {
        for (const f of kept) findings.push(f);
        continue;
      }
      const data: Record<string, unknown> = { publicationDate: publishedIso, vague: t.kind === 'vague' };
      if (t.value !== undefined) {
        data['resolved'] = t.value;
        data['absolute'] = humanize(t.value);
      }
      const found: RuleFinding = { message: message(t, published ? humanDay(published) : null), span: { start: t.start, end: t.end }, data };
      cache?.relativeDates.set(t, t.start, inputs, [found]);
      findings.push(found);
    }
    return findings;
  },
};

/**
 * "LONDON, May 10 (Reuters) -": the wire dateline's day, right after the place, restates the
 * publication date (which dates the story); it asks the reader for nothing.
 */
function restatesPublication(analysis: Analysis, t: TimeExpression, publishedIso: string | null): boolean {
  if (publishedIso === null || t.value !== publishedIso) return false;
  const block = analysis.blocks[analysis.sentences[t.sentence]!.block]!;
  const before = analysis.text.slice(block.start, t.start);
  return PLACE.exec(before)?.[0].length === before.length;
}

/**
 * Relative expressions the writer has already dated: "on Thursday (7 April 2016)", "next week
 * [the week of 11 April 2016]", "last year (2023)", as the quick fix writes them. A bracket right
 * after the phrase that holds an absolute date or a year anchors the phrase, and any relative
 * words inside the bracket.
 */
function datedInBrackets(text: string, times: readonly TimeExpression[]): Set<TimeExpression> {
  const dated = new Set<TimeExpression>();
  for (const t of times) {
    if (t.kind === 'absolute') continue;
    // " (" or "[" right after the phrase; read by character, as a slice for every relative
    // expression of a long draft was garbage on every keystroke.
    let from = text[t.end] === ' ' ? t.end + 1 : t.end;
    if (text[from] !== '(' && text[from] !== '[') continue;
    from++;
    const close = text.slice(from, from + 80).search(/[)\]]/);
    if (close < 0) continue;
    const inside = times.filter((o) => o.start >= from && o.end <= from + close);
    // A bare year ("last year (2023)") is not a time expression of its own, but it dates the phrase.
    if (!inside.some((o) => o.kind === 'absolute') && !/^\s*(?:1[89]|2\d)\d\d\s*$/.test(text.slice(from, from + close))) continue;
    dated.add(t);
    for (const o of inside) dated.add(o);
  }
  return dated;
}

function message(t: TimeExpression, published: string | null): string {
  const phrase = `'${t.text}'`;
  if (t.kind === 'vague') return `${phrase} is vague: it gives the reader no date. Say when, or as of when.`;
  const what = t.yearless ? `${phrase} leaves out the year` : t.basis === 'earlier-date' ? `${phrase} depends on an earlier date` : `${phrase} depends on the publication date`;
  if (t.value === undefined) {
    return published
      ? `${what}, and the checker cannot tell which date it means. Write the date.`
      : `${what}, and the draft has no publication date to resolve it against (add a date: to the front matter, a dateline, or the factdesk.publicationDate setting).`;
  }
  const meaning = humanize(t.value, true);
  if (t.basis === 'earlier-date') return `${what}: counted from the date before it, it is ${meaning}. Write the date.`;
  return `${what}: against ${published ?? 'the publication date'} it is ${meaning}. Write the date.`;
}
