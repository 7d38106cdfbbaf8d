import type { Mention } from './mentions';

/** How far the counted noun may sit from the number and still be quoted with it. */
const NEAR = 40;

/**
 * A mention as a desk reads it in a message: its source when known, the figure with what it
 * counts and, when the mentions compared share an event, the word that names it ("Sana: more
 * than 300 employees kidnapped").
 */
export function describe(m: Mention, text: string, withEvent = true): string {
  const f = m.figure;
  const end = m.head && m.head.span.start >= f.end && m.head.span.start - f.end < NEAR ? m.head.span.end : f.end;
  let phrase = text.slice(f.start, end).replace(/\s+/g, ' ');
  if (withEvent && m.eventWord && !phrase.toLowerCase().includes(m.eventWord.toLowerCase())) phrase += ` ${m.eventWord}`;
  const where = m.role === 'body' ? '' : ` (${m.role})`;
  return `${m.source ? `${m.source}: ` : ''}${phrase}${where}`;
}

/** Quotes a span of the draft for a message, on one line. */
export function quote(text: string, span: { start: number; end: number }): string {
  return `"${text.slice(span.start, span.end).replace(/\s+/g, ' ')}"`;
}
