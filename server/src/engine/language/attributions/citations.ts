import type { Block } from '../../document/block';
import type { Span } from '../../types';
import type { SentenceInfo } from '../sentences';
import type { Cue } from './cue';

/**
 * The project's source tag, as the quick fixes insert it: in plain text an inline
 * "[source: …]"; in Markdown a footnote reference "[^n]" whose definition is appended at the
 * end of the draft. Both forms are recognised in either format, since drafts move between them.
 */
export const SOURCE_TAG = /\[source:\s*([^\]\n]{1,300})\]/gi;
const FOOTNOTE_REF = /\[\^([^\]\s]{1,40})\](?!:)/g;
const FOOTNOTE_DEF = /^[ \t]*\[\^([^\]\s]{1,40})\]:(.*)$/gm;

/** A citation or tag of one block, with the text of the source it points to. */
interface Citation extends Span {
  kind: 'citation' | 'source-tag';
  source: string;
}

/**
 * Assigns the block's citations (links, footnote references) and source tags to its
 * sentences: to the sentence that contains one, or to the sentence just before it when it
 * follows the full stop ("...in the past week.[^1]").
 */
export function citationCues(block: Block, sentences: readonly SentenceInfo[], text: string, definitions: ReadonlyMap<string, string>): ReadonlyMap<number, Cue[]> {
  // Most paragraphs cite nothing: skip them without reading their sentences, or making a map
  // for each of them on every keystroke.
  if (block.citations.length === 0 && !writesSourceTag(block.text)) return NONE;
  const inBlock = sentences.filter((s) => s.start >= block.start && s.end <= block.start + block.text.length);
  if (inBlock.length === 0) return NONE;
  const out = new Map<number, Cue[]>();
  for (const c of blockCitations(block, text, definitions)) {
    let target = inBlock[0]!;
    for (const s of inBlock) if (s.start <= c.start) target = s;
    // A link's "[" sits between sentences when the link opens one: it belongs to that sentence.
    const opened = inBlock.find((s) => c.start < s.start && s.start < c.end);
    if (opened && c.start >= target.end) target = opened;
    // A footnote or tag that opens a sentence follows the full stop of the claim it cites; a
    // link opening a sentence is that sentence's own words.
    const idx = inBlock.indexOf(target);
    if (c.kind === 'source-tag' && idx > 0 && !/\S/.test(block.text.slice(target.start - block.start, c.start - block.start))) target = inBlock[idx - 1]!;
    const list = out.get(target.index) ?? [];
    list.push({ kind: c.kind, cue: { start: c.start, end: c.end }, source: c.source });
    out.set(target.index, list);
  }
  return out;
}

const NONE: ReadonlyMap<number, Cue[]> = new Map();

/**
 * Whether prose holds a source tag or a footnote reference as written text ("[source: …]",
 * "[^1]"). `includes` first: the pattern alone read every paragraph of a long draft.
 */
export function writesSourceTag(prose: string): boolean {
  return prose.includes('[') && /\[(?:source:|\^)/i.test(prose);
}

function blockCitations(block: Block, text: string, definitions: ReadonlyMap<string, string>): Citation[] {
  // The prose view: a tag inside inline code or a URL is not one.
  const raw = block.text;
  const found: Citation[] = [];
  for (const span of block.citations) {
    const written = text.slice(span.start, span.end);
    const footnote = /^\[\^([^\]]+)\]$/.exec(written);
    const source = footnote ? (definitions.get(footnote[1]!) ?? written) : linkText(written);
    found.push({ ...span, kind: footnote ? 'source-tag' : 'citation', source });
  }
  for (const m of raw.matchAll(SOURCE_TAG)) found.push({ start: block.start + m.index, end: block.start + m.index + m[0].length, kind: 'source-tag', source: m[1]!.trim() });
  // In plain text a footnote reference is not parsed as one: read it here.
  for (const m of raw.matchAll(FOOTNOTE_REF)) {
    const start = block.start + m.index;
    if (found.some((c) => c.start <= start && start < c.end)) continue;
    found.push({ start, end: start + m[0].length, kind: 'source-tag', source: definitions.get(m[1]!) ?? m[0] });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "[the report](https://...)" → "the report". */
function linkText(written: string): string {
  const m = /^\[([^\]]*)\]/.exec(written);
  return (m ? m[1]! : written).replace(/[*_`]/g, '').trim();
}

/** Footnote definitions of the draft ("[^1]: Ministry of Health, 2024"), by label. */
export function footnoteDefinitions(text: string): Map<string, string> {
  const map = new Map<string, string>();
  if (!text.includes('[^')) return map;
  for (const m of text.matchAll(FOOTNOTE_DEF)) map.set(m[1]!, m[2]!.trim());
  return map;
}

/** A block that is a footnote definition: its text is a source, not a claim. */
export function isFootnoteDefinition(block: Block, text: string): boolean {
  const lineStart = text.lastIndexOf('\n', block.start - 1) + 1;
  return /^[ \t]*\[\^[^\]\s]{1,40}\]:/.test(text.slice(lineStart, block.start + 50));
}
