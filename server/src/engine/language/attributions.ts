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
import { matchSpans, NO_HOUSE_RULES, type HouseRules } from './houseRules';

/** Who says so: a reporting verb with its source, "according to X", a citation, a source tag. */
export interface Attribution {
  /** The cue: "said", "according to", a link, a footnote reference, a source tag. */
  cue: Span;
  /**
   * reporting-verb: "Abdel Rahman said"; according-to; document: "X's figures show", "data from
   * X", "the cabinet paper allocates"; citation: a Markdown link; source-tag: "[source: …]" or a
   * footnote reference; quote and carried: taken from the sentence before (a quotation that runs
   * on, "It surveyed ...", a list after "X's figures show:"); trusted-source: a name the house
   * rules trust wherever it stands with a figure.
   */
  kind: 'reporting-verb' | 'according-to' | 'quote' | 'carried' | 'citation' | 'source-tag' | 'document' | 'trusted-source';
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
export function findAttributions(sentences: readonly SentenceInfo[], blocks: readonly Block[], text: string, house: HouseRules = NO_HOUSE_RULES): Attribution[] {
  const definitions = footnoteDefinitions(text);
  const own = new Map<number, Attribution[]>();
  const byBlock = blocks.map((): SentenceInfo[] => []);
  for (const s of sentences) byBlock[s.block]?.push(s);
  let lastNamed: string | undefined;
  blocks.forEach((block, b) => {
    const prose: ProseOf = (start, end) => block.text.slice(start - block.start, end - block.start).replace(/\s+/g, ' ').trim();
    const inBlock = byBlock[b]!;
    const cited = citationCues(block, inBlock, text, definitions);
    for (const s of inBlock) {
      const cues: Cue[] = [...reportingVerbCues(s, prose, house.attributionVerbs), ...phraseCues(s, prose), ...(cited.get(s.index) ?? []), ...trustedSourceCues(s, block, house)];
      if (cues.length === 0) continue;
      const list = cues.sort((x, y) => x.cue.start - y.cue.start).map((c) => toAttribution(c, s, lastNamed, text));
      for (const a of list) if (!a.refersTo && a.source && a.kind !== 'source-tag') lastNamed = a.source;
      own.set(s.index, list);
    }
  });
  const all = [...own.values()].flat();
  return [...all, ...carryAttributions(own, byBlock, blocks)].sort((a, b) => a.sentence - b.sentence || a.cue.start - b.cue.start);
}

/** House rule: a trusted name in the sentence ("Reuters") is its source, with or without a verb. */
function trustedSourceCues(s: SentenceInfo, block: Block, house: HouseRules): Cue[] {
  const prose = block.text.slice(s.start - block.start, s.end - block.start);
  return matchSpans(house.trustedSources, prose, s.start).map((m) => ({ kind: 'trusted-source', cue: { start: m.start, end: m.end }, source: m.text, sourceSpan: { start: m.start, end: m.end } }));
}

function toAttribution(c: Cue, s: SentenceInfo, lastNamed: string | undefined, text: string): Attribution {
  const a: Attribution = { kind: c.kind, cue: c.cue, source: c.source, sentence: s.index };
  if (c.sourceSpan) a.sourceSpan = c.sourceSpan;
  if (c.pronoun && lastNamed) a.refersTo = lastNamed;
  const dated = c.dated ?? (c.after === undefined ? undefined : datedSpan(s, c.after, text.slice(c.cue.start, c.cue.end)));
  if (dated) a.dated = dated;
  return a;
}
