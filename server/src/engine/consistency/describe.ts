import type { Mention } from './mentions';

/** How far the counted noun may sit from the number and still be quoted with it. */
const NEAR = 40;
/** How far before the figure an event word may be and still be quoted with it ("fell to"). */
const NEAR_BEFORE = 12;

/**
 * A mention as a desk reads it in a message: its source when known, the figure with what it
 * counts and, when the mentions compared share an event, the word that names it ("Sana: more
 * than 300 employees kidnapped").
 */
export function describe(m: Mention, text: string, withEvent = true): string {
  const f = m.figure;
  const end = m.head && m.head.span.start >= f.end && m.head.span.start - f.end < NEAR ? m.head.span.end : f.end;
  // "fell to 4.2 percent", "kidnapped more than 300 employees": an event word just before is quoted with the figure.
  const before = withEvent && m.eventStart !== undefined && m.eventStart < f.start && f.start - m.eventStart <= NEAR_BEFORE;
  let phrase = text.slice(before ? m.eventStart! : f.start, end).replace(/\s+/g, ' ');
  if (withEvent && !before && m.eventWord && !phrase.toLowerCase().includes(m.eventWord.toLowerCase())) phrase += ` ${m.eventWord}`;
  const where = m.role === 'body' ? '' : ` (${m.role})`;
  return `${m.source ? `${m.source}: ` : ''}${phrase}${where}`;
}

/** Quotes a span of the draft for a message, on one line. */
export function quote(text: string, span: { start: number; end: number }): string {
  return `"${text.slice(span.start, span.end).replace(/\s+/g, ' ')}"`;
}
