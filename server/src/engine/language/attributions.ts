import type { Block } from '../document/block';
import type { SentenceInfo } from './sentences';
import type { Span } from '../types';
import { carryAttributions } from './attributions/carried';
import { citationCues, footnoteDefinitions } from './attributions/citations';
import type { Cue } from './attributions/cue';
import { datedSpan } from './attributions/dated';
import { phraseCues } from './attributions/phrases';
import type { ProseOf } from './attributions/phrase';
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

/** Finds every attribution of the draft, sentence by sentence, then carries them on. */
export function findAttributions(sentences: readonly SentenceInfo[], blocks: readonly Block[], text: string): Attribution[] {
  const definitions = footnoteDefinitions(text);
  const own = new Map<number, Attribution[]>();
  const byBlock = blocks.map((): SentenceInfo[] => []);
  for (const s of sentences) byBlock[s.block]?.push(s);
  const named: Named = {};
  blocks.forEach((block, b) => {
    const prose: ProseOf = (start, end) => block.text.slice(start - block.start, end - block.start).replace(/\s+/g, ' ').trim();
    const inBlock = byBlock[b]!;
    const cited = citationCues(block, inBlock, text, definitions);
    for (const s of inBlock) {
      const cues: Cue[] = [...reportingVerbCues(s, prose), ...phraseCues(s, prose), ...(cited.get(s.index) ?? [])];
      if (cues.length === 0) continue;
      const list: Attribution[] = [];
      // In order, so "The carrier said ... it expects" reads "it" as the carrier.
      for (const c of cues.sort((x, y) => x.cue.start - y.cue.start)) {
        const a = toAttribution(c, s, named, text);
        list.push(a);
        if (a.refersTo || !a.source || a.kind === 'source-tag') continue;
        named.any = a.source;
        if (looksLikePerson(a.source)) named.person = a.source;
      }
      own.set(s.index, list);
    }
  });
  const all = [...own.values()].flat();
  return [...all, ...carryAttributions(own, byBlock, blocks)].sort((a, b) => a.sentence - b.sentence || a.cue.start - b.cue.start);
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
  return (/\p{Lu}[\p{Ll}'’-]+$/u.test(source) || PERSON_NOUN.test(source)) && !NOT_A_PERSON.test(source);
}

function toAttribution(c: Cue, s: SentenceInfo, named: Named, text: string): Attribution {
  const a: Attribution = { kind: c.kind, cue: c.cue, source: c.source, sentence: s.index };
  if (c.sourceSpan) a.sourceSpan = c.sourceSpan;
  const refersTo = c.pronoun ? (/^(he|she|i)$/i.test(c.source) ? named.person : named.any) : undefined;
  if (refersTo) a.refersTo = refersTo;
  const dated = c.dated ?? (c.after === undefined ? undefined : datedSpan(s, c.after, text.slice(c.cue.start, c.cue.end)));
  if (dated) a.dated = dated;
  return a;
}
