import type { Analysis } from '../analysis';
import { humanDay } from '../time/calendar';
import { humanize } from '../time/humanize';
import type { Figure } from '../language/figures';
import { LineIndex } from '../positions';
import { RULES } from '../rules';
import type { TimeExpression } from '../time/timeExpression';
import type { Finding, Span } from '../types';
import { otherMentions, sourceOf } from './claims';
import { escapeMarkdown } from './markdownText';

/** How many other mentions a hover lists before it stops. */
const MAX_MENTIONS = 5;

export interface ClaimNote {
  /** The claim (or finding) the note is about: the hover's range. */
  span: Span;
  markdown: string;
}

const PUBLICATION_SOURCE = { 'front-matter': 'front matter `date:`', dateline: 'the dateline', setting: 'the publication date setting' } as const;

/**
 * The hover note at an offset: what the engine understood of each claim there (a figure's value,
 * unit and source; a time expression's resolved date and the publication date it was resolved
 * from) and, for each finding there, why the rule fired. Null where there is no claim.
 */
export function claimNote(analysis: Analysis, offset: number): ClaimNote | null {
  const within = (s: Span): boolean => s.start <= offset && offset <= s.end && s.start < s.end;
  const figures = analysis.figures.filter(within);
  const times = analysis.times.filter(within);
  const findings = analysis.findings.filter((f) => within(f.span));
  if (!figures.length && !times.length && !findings.length) return null;
  const lines = new LineIndex(analysis.text);
  const lineOf = (o: number): number => lines.positionAt(o).line + 1;
  const parts = [...figures.map((f) => figureNote(analysis, f, lineOf)), ...times.map((t) => timeNote(analysis, t, lineOf)), ...findings.map(findingNote)];
  const spans = [...figures, ...times, ...findings.map((f) => f.span)];
  const span = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
  return { span, markdown: parts.join('\n\n---\n\n') };
}

function figureNote(analysis: Analysis, figure: Figure, lineOf: (o: number) => number): string {
  const lines = [`**Figure** “${escapeMarkdown(figure.text)}”: ${describeValue(figure)}`];
  const source = sourceOf(analysis, figure);
  lines.push(source ? `Source: ${escapeMarkdown(source.source)} (${describeCue(analysis, source.cue, source.kind)})` : 'Source: no source found in its sentence');
  const others = otherMentions(analysis, figure);
  if (others.length) {
    const shown = others.slice(0, MAX_MENTIONS).map((o) => `“${escapeMarkdown(o.text)}” (line ${lineOf(o.start)})`);
    const more = others.length > MAX_MENTIONS ? `, and ${others.length - MAX_MENTIONS} more` : '';
    lines.push(`Other mentions: ${shown.join(', ')}${more}`);
  }
  return lines.join('  \n');
}

function timeNote(analysis: Analysis, time: TimeExpression, lineOf: (o: number) => number): string {
  const head = `**Time** “${escapeMarkdown(time.text)}”`;
  if (time.kind === 'absolute') return `${head}: an absolute date${time.value ? ` (${humanize(time.value)})` : ''}`;
  const published = analysis.publicationDate;
  if (!published) return `${head}: relative, and the draft has no publication date to resolve it against`;
  const from = `publication date ${humanDay(published.date)}, from ${PUBLICATION_SOURCE[published.source]}${published.span ? ` on line ${lineOf(published.span.start)}` : ''}`;
  if (time.kind === 'vague' || !time.value) return `${head}: vague, it names no single date  \nAgainst the ${from}`;
  return `${head}: ${humanize(time.value)} (\`${time.value}\`)  \nResolved against the ${from}`;
}

/**
 * Why the rule fired, in the rule's own words. The finding's message is on the diagnostic, which
 * editors show beside the hover: repeating it here would say everything twice.
 */
function findingNote(finding: Finding): string {
  const rule = RULES.find((r) => r.id === finding.rule);
  return `**Flagged: ${finding.rule}** (${finding.severity}): ${escapeMarkdown(rule?.description ?? finding.message)}`;
}

/** "more than 300 · counts: employee", "between 1,140 and 1,260 · unit: dollar". */
function describeValue(figure: Figure): string {
  let value: string;
  if (figure.vague) value = `vague, on the order of ${number(figure.value)}`;
  else if (figure.qualifier) value = `${escapeMarkdown(figure.qualifier)} ${number(figure.value)}`;
  else if (figure.low === figure.high) value = number(figure.value);
  else if (figure.high === Infinity) value = `${number(figure.low)} or more`;
  else if (figure.low === -Infinity || figure.low === 0) value = `up to ${number(figure.high)}`;
  else value = `between ${number(figure.low)} and ${number(figure.high)}`;
  const parts = [value];
  if (figure.unit) parts.push(`unit: ${escapeMarkdown(figure.unit)}`);
  if (figure.counts) parts.push(`counts: ${escapeMarkdown(figure.counts)}`);
  return parts.join(' · ');
}

function describeCue(analysis: Analysis, cue: Span, kind: string): string {
  const text = analysis.text.slice(cue.start, cue.end);
  return `${kind.replace('-', ' ')} “${escapeMarkdown(text)}”`;
}

function number(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 6 });
}
