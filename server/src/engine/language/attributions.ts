import { remembered } from '../collections';
import type { Block } from '../document/block';
import type { SentenceInfo } from './sentences';
import type { Span } from '../types';
import { carryAttributions } from './attributions/carried';
import { citationCues, footnoteDefinitions } from './attributions/citations';
import type { Cue } from './attributions/cue';
import { datedSpan } from './attributions/dated';
import { phraseCues } from './attributions/phrases';
import type { ProseOf, TokenRange } from './attributions/phrase';
import type { QuoteState } from './attributions/quotes';
import { reportingVerbCues } from './attributions/reportingVerbs';

/** Who says so: a reporting verb with its source, "according to X", a citation, a source tag. */
export interface Attribution {
  /** The cue: "said", "according to", a link, a footnote reference, a source tag. */
  cue: Span;
  /**
   * reporting-verb: "Abdel Rahman said"; according-to; document: "X's figures show", "data from
   * X", "the cabinet paper allocates"; citation: a Markdown link; source-tag: "[source: …]" or a
   * footnote reference; quote and carried: taken from the sentence before (a quotation that runs
   * on, "It surveyed ...", a list after "X's figures show:")).
   */
  kind: 'reporting-verb' | 'according-to' | 'quote' | 'carried' | 'citation' | 'source-tag' | 'document';
  /** The source as the draft names it ("the Syrian Observatory for Human Rights"). */
  source: string;
  sourceSpan?: Span;
  /** For a pronoun source ("it said"), the source named before that it stands for. */
  refersTo?: string;
  /** Index of the sentence it covers in `Analysis.sentences`. */
  sentence: number;
  /** A time stated with the attribution ("said on Sunday"): it anchors running totals. */
  dated?: Span;
}

/**
 * The cues one sentence holds on its own: reporting verbs with their source and phrases
 * ("according to X"), in the order written, each dated when a date follows it ("said on
 * Sunday"); `dates` are the sentence's time expressions (`dateRanges`). They read only the
 * sentence and its block's prose, so `BlockCache` keeps them with the block.
 */
export function sentenceCues(s: SentenceInfo, block: Block, dates: readonly TokenRange[]): Cue[] {
  const prose: ProseOf = (start, end) => block.text.slice(start - block.start, end - block.start).replace(/\s+/g, ' ').trim();
  // In the order they are written: "it said" after "according to the ministry" stands for it.
  const cues = [...reportingVerbCues(s, prose, dates), ...phraseCues(s, prose)].sort((x, y) => x.cue.start - y.cue.start);
  for (const c of cues) {
    if (c.dated || c.after === undefined) continue;
    const dated = datedSpan(s, dates, c.after, block.text.slice(c.cue.start - block.start, c.cue.end - block.start));
    if (dated) c.dated = dated;
  }
  return cues;
}

/**
 * Finds every attribution of the draft from each sentence's own cues (`cues` and `quotes` are
 * indexed by sentence: see `sentenceCues` and `quoteStates`) and its citations, then carries
 * them on. `byBlock` holds each block's sentences: the block cache's own arrays, as grouping the
 * draft's sentences again made an array for each of a long draft's blocks on every keystroke.
 * `mayAttribute` says, by block, whether it holds a cue or a written source tag
 * (`BlockAnalysis.mayAttribute`): most paragraphs hold neither, and reading their sentences
 * anyway was the larger part of this pass on a long draft.
 */
export function findAttributions(byBlock: readonly (readonly SentenceInfo[])[], blocks: readonly Block[], text: string, cues: readonly (readonly Cue[])[], quotes: readonly QuoteState[], mayAttribute: readonly boolean[]): Attribution[] {
  const definitions = footnoteDefinitions(text);
  // Each sentence's own attributions, by sentence index; in sentence order, as is `all`.
  const own: (Attribution[] | undefined)[] = [];
  const all: Attribution[] = [];
  const named: Named = {};
  // By block: whether a sentence of it has an attribution of its own (for `carryAttributions`).
  const attributed: boolean[] = new Array<boolean>(blocks.length).fill(false);
  blocks.forEach((block, b) => {
    if (!mayAttribute[b] && block.citations.length === 0) return;
    const inBlock = byBlock[b]!;
    const cited = citationCues(block, inBlock, text, definitions);
    for (const s of inBlock) {
      const found = cited.get(s.index);
      const sorted = found ? [...cues[s.index]!, ...found].sort((x, y) => x.cue.start - y.cue.start) : cues[s.index]!;
      if (sorted.length === 0) continue;
      const list: Attribution[] = [];
      // In order, so "The carrier said ... it expects" reads "it" as the carrier.
      for (const c of sorted) {
        const a = toAttribution(c, s, named);
        list.push(a);
        all.push(a);
        if (a.refersTo || !a.source || a.kind === 'source-tag') continue;
        named.any = a.source;
        if (looksLikePerson(a.source)) named.person = a.source;
      }
      own[s.index] = list;
      attributed[b] = true;
    }
  });
  // Carried attributions go to sentences with none of their own: merged in by sentence, not
  // sorted with the rest, as this runs over a long draft's thousands on every keystroke.
  const carried = carryAttributions(own, byBlock, blocks, quotes, attributed).sort((a, b) => a.sentence - b.sentence);
  if (carried.length === 0) return all;
  const merged: Attribution[] = [];
  let c = 0;
  for (const a of all) {
    while (c < carried.length && carried[c]!.sentence < a.sentence) merged.push(carried[c++]!);
    merged.push(a);
  }
  while (c < carried.length) merged.push(carried[c++]!);
  return merged;
}

/** The sources named so far: the last of any kind ("it", "they"), and the last person ("he", "she"). */
interface Named {
  any?: string;
  person?: string;
}

const NOT_A_PERSON = /\b(ministry|office|department|agency|bureau|council|board|commission|committee|court|institute|observatory|university|bank|company|group|party|union|association|federation|society|network|organi[sz]ation|street|house|government|times|post|news|service|police|army|poll|survey|report|data|figures)\b/i;
const PERSON_NOUN = /\b(resident|spokes(?:man|woman|person)|official|minister|director|witness|doctor|nurse|activist|lawyer|judge|prosecutor|leader|envoy|mayor|governor|president|chief|officer|commander|coordinator|analyst|economist|expert|councillor|senator|secretary|manager|executive|chairman|chairwoman|woman|man)$/i;

/**
 * "Health Minister Joris Adeyemi", "Lindqvist", "a Dmeir resident": a name or a person's role,
 * and no body or document. "He" and "she" stand for the last of these.
 */
function looksLikePerson(source: string): boolean {
  // Remembered by source, and forgotten past a bound: a long draft names a few hundred sources
  // a thousand times, and the three patterns for each were half a millisecond of every
  // keystroke at 100k words.
  return remembered(PERSON_LIKE, source, 10_000, personLike);
}

function personLike(source: string): boolean {
  return (/\p{Lu}[\p{Ll}'’-]+$/u.test(source) || PERSON_NOUN.test(source)) && !NOT_A_PERSON.test(source);
}

const PERSON_LIKE = new Map<string, boolean>();

function toAttribution(c: Cue, s: SentenceInfo, named: Named): Attribution {
  const a: Attribution = { kind: c.kind, cue: c.cue, source: c.source, sentence: s.index };
  if (c.sourceSpan) a.sourceSpan = c.sourceSpan;
  const refersTo = c.pronoun ? (/^(he|she|i)$/i.test(c.source) ? named.person : named.any) : undefined;
  if (refersTo) a.refersTo = refersTo;
  if (c.dated) a.dated = c.dated;
  return a;
}
