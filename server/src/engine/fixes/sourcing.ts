import type { Analysis } from '../analysis';
import type { Attribution } from '../language/attributions';
import type { Figure } from '../language/figures';
import type { Finding } from '../types';
import { insert, type Fix } from './fix';
import { clauseInsertionPoint } from './placement';

/** How far from the figure, in sentences, a source the draft names is offered. */
const NEARBY_SENTENCES = 3;
/** At most this many "Attribute to" fixes: the light-bulb menu stays short. */
const MAX_SOURCES = 3;
/** Sources that are not names: "Attribute to he" helps nobody. */
const PRONOUN = /^(?:he|she|they|it|we|i|you|him|her|them|this|that|these|those|who)$/i;

/**
 * Fixes for `unattributed-figure`: "Attribute to <source>" for each source the draft already
 * names near the figure (", according to <source>" before the sentence's full stop), and
 * "Add a source…", which cites the figure with a footnote (Markdown) or a source tag (plain
 * text). The attribution layer reads all three, so the figure is no longer flagged.
 */
export function sourcingFixes(analysis: Analysis, finding: Finding): Fix[] {
  const figure = analysis.figures.find((f) => f.start < finding.span.end && finding.span.start < f.end);
  const sentenceIndex = figure?.sentence ?? analysis.sentences.findIndex((s) => s.start <= finding.span.start && finding.span.start < s.end);
  const sentence = analysis.sentences[sentenceIndex];
  if (!sentence) return [];
  const fixes: Fix[] = [];
  const at = clauseInsertionPoint(sentence);
  if (at !== null) {
    for (const source of nearbySources(analysis, sentenceIndex)) {
      fixes.push({ title: `Attribute to ${source}`, kind: 'quickfix', rule: finding.rule, edits: [insert(at, `, according to ${source}`)] });
    }
  }
  fixes.push(addSource(analysis, figure ?? { ...finding.span }, finding));
  return fixes;
}

/**
 * The distinct sources named in attributions near a sentence, nearest first; a pronoun ("It
 * said") offers the source it stands for, as "Attribute to it" would help nobody.
 */
function nearbySources(analysis: Analysis, sentence: number): string[] {
  const block = analysis.sentences[sentence]?.block;
  const near = analysis.attributions
    .filter((a) => isNamed(a) && (Math.abs(a.sentence - sentence) <= NEARBY_SENTENCES || analysis.sentences[a.sentence]?.block === block))
    .sort((a, b) => Math.abs(a.sentence - sentence) - Math.abs(b.sentence - sentence) || a.cue.start - b.cue.start);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const a of near) {
    const name = asObject(analysis, a);
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
    if (out.length === MAX_SOURCES) break;
  }
  return out;
}

function isNamed(a: Attribution): boolean {
  const named = a.refersTo !== undefined || (a.source.trim() !== '' && !PRONOUN.test(a.source.trim()));
  return (a.kind === 'reporting-verb' || a.kind === 'according-to' || a.kind === 'quote' || a.kind === 'document') && named;
}

/**
 * The source as the object of "according to": a capital that only opened the sentence goes
 * ("Central bank governor Amara Lindqvist said" → "according to central bank governor Amara
 * Lindqvist", "Prosecutors say" → "according to prosecutors"); a name keeps its capital. A
 * leading "The" is lower-cased as wire style does ("according to the Syrian Observatory").
 */
function asObject(analysis: Analysis, a: Attribution): string {
  const source = (a.refersTo ?? a.source).trim();
  if (/^The \S/.test(source)) return `t${source.slice(1)}`;
  if (a.refersTo) return source;
  const sentence = analysis.sentences[a.sentence];
  if (!sentence || !a.sourceSpan || a.sourceSpan.start !== sentence.start) return source;
  // wink tags every capitalised opening word as a proper noun, so the tag cannot tell. A common
  // source noun can ("Prosecutors"), and so can the draft itself: "Central bank governor" when
  // "central" is written in lower case elsewhere, but not "Observatory director", which is a name.
  const word = /^[A-Z][a-z]+\b/.exec(source)?.[0];
  if (!word) return source;
  const lower = word.toLowerCase();
  if (COMMON_SOURCES.has(lower) || new RegExp(`(?<![\\p{L}])${lower}(?![\\p{L}])`, 'u').test(analysis.text)) return `${lower}${source.slice(word.length)}`;
  return source;
}

/** Sources named by a common noun that opens a sentence: "Prosecutors say", "Officials said". */
const COMMON_SOURCES = new Set(['officials', 'police', 'prosecutors', 'residents', 'witnesses', 'analysts', 'doctors', 'activists', 'rescuers', 'investigators', 'economists', 'experts', 'authorities', 'officers', 'lawyers', 'medics', 'organisers', 'organizers', 'researchers', 'scientists', 'sources', 'critics', 'diplomats', 'villagers', 'survivors', 'campaigners']);

/**
 * "Add a source…": Markdown gets a footnote reference after the figure and its definition at
 * the end of the draft (`[^n]: source, link, date`); plain text gets an inline source tag
 * `[source: …]` after the figure. Clients that take snippets get tab stops in place of "…".
 */
function addSource(analysis: Analysis, figure: Pick<Figure, 'end'>, finding: Finding): Fix {
  const title = 'Add a source…';
  if (analysis.format === 'markdown') {
    const n = nextFootnoteNumber(analysis.text);
    const end = analysis.text.length;
    const gap = endsWithBlankLine(analysis.text) || end === 0 ? '' : analysis.text.endsWith('\n') ? '\n' : '\n\n';
    const ref = insert(figure.end, `[^${n}]`);
    return {
      title,
      kind: 'quickfix',
      rule: finding.rule,
      edits: [ref, insert(end, `${gap}[^${n}]: …\n`)],
      snippet: [ref, insert(end, `${gap}[^${n}]: \${1:source}, \${2:link}, \${3:date}\n`)],
    };
  }
  return {
    title,
    kind: 'quickfix',
    rule: finding.rule,
    edits: [insert(figure.end, ' [source: …]')],
    snippet: [insert(figure.end, ' [source: ${1:name, link, date}]')],
  };
}

/** One more than the highest numbered footnote in the draft. */
function nextFootnoteNumber(text: string): number {
  let max = 0;
  for (const m of text.matchAll(/\[\^(\d{1,6})\]/g)) max = Math.max(max, Number(m[1]));
  return max + 1;
}

/** `/\n\s*\n$/` without its quadratic scan over long runs of white space. */
function endsWithBlankLine(text: string): boolean {
  const tail = text.slice(text.trimEnd().length);
  return tail.endsWith('\n') && tail.indexOf('\n') < tail.length - 1;
}
