import type { Block } from '../document/block';
import { type SentenceInfo, sentenceProse } from '../language/sentences';
import type { Span } from '../types';
import type { Inconsistency } from './inconsistency';

/** A name as news copy writes it before or after an age: capitalised words. */
// It starts at the start of a word: tried inside a long capitalised run it would be quadratic.
const NAME = String.raw`(?<![\p{L}'’.-])((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)`;
/** "Lind, 58,", "Marek Dvorsky, aged 52,", "arrested Adel Karim, 52.": a name with the age set off by commas, or a comma and the sentence's end. */
const AGE_AFTER = new RegExp(String.raw`${NAME},\s+(?:aged\s+)?(\d{1,3})(?:,|\.(?=\s|$))`, 'gu');
/** "the 45-year-old Reyes": an age before the name. */
const AGE_BEFORE = new RegExp(String.raw`\b(\d{1,3})-year-old\s+${NAME}`, 'gu');
/** "Reyes, a 45-year-old lawyer": an age in apposition. */
const AGE_APPOSED = new RegExp(String.raw`${NAME},\s+(?:an?|the)\s+(\d{1,3})-year-old\b`, 'gu');
/** Titles are not first names: "Judge Kostova" and "Mirela Kostova" can be one person. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'judge', 'justice', 'president', 'minister', 'senator', 'governor', 'mayor', 'sir', 'dame', 'lord', 'lady', 'the', 'former', 'striker', 'director', 'chief', 'councillor', 'coach', 'manager', 'general', 'captain']);

/** A person's age as the draft states it. */
export interface Age {
  surname: string;
  given?: string;
  age: number;
  span: Span;
  name: string;
}

/**
 * The same person's age given twice with different values ("Reyes, 44," then "the 45-year-old
 * Reyes"). People are matched by surname; two different given names are two people.
 */
export function findAgeMismatches(ages: readonly Age[]): Inconsistency[] {
  const out: Inconsistency[] = [];
  ages.forEach((later, j) => {
    const earlier = ages.slice(0, j).filter((a) => samePerson(a, later) && a.age !== later.age);
    if (earlier.length === 0) return;
    out.push({
      kind: 'age',
      severity: 'warning',
      span: later.span,
      message: `${later.name} is ${later.age} here but ${earlier.map((a) => a.age).join(' and ')} earlier in the story.`,
      related: earlier.map((a) => ({ span: a.span, message: `${a.name}'s age given as ${a.age}` })),
    });
  });
  return out;
}

/** The ages a block states, in order; `sentences` are the block's. */
export function blockAges(block: Block, sentences: readonly SentenceInfo[]): Age[] {
  // Every pattern has a comma before a number or a "-year-old": most paragraphs have neither.
  if (!/,\s+(?:aged\s+)?\d|-year-old/.test(block.text)) return [];
  const ages: Age[] = [];
  for (const s of sentences) {
    const prose = sentenceProse(s, block);
    const add = (name: string, digits: string, at: number): void => {
      const age = Number(digits);
      if (age < 1 || age > 120) return;
      const words = name.trim().split(/\s+/).filter((w) => !TITLES.has(w.toLowerCase().replace(/\.$/, '')));
      const surname = words.at(-1);
      if (!surname) return;
      const entry: Age = { surname, age, span: { start: s.start + at, end: s.start + at + digits.length }, name: words.join(' ') };
      if (words.length > 1) entry.given = words[0]!;
      ages.push(entry);
    };
    for (const m of prose.matchAll(AGE_AFTER)) add(m[1]!, m[2]!, m.index + m[0].lastIndexOf(m[2]!));
    for (const m of prose.matchAll(AGE_APPOSED)) add(m[1]!, m[2]!, m.index + m[0].lastIndexOf(m[2]!));
    for (const m of prose.matchAll(AGE_BEFORE)) add(m[2]!, m[1]!, m.index);
  }
  return ages.sort((a, b) => a.span.start - b.span.start);
}

function samePerson(a: Age, b: Age): boolean {
  return a.surname === b.surname && (!a.given || !b.given || a.given === b.given);
}
