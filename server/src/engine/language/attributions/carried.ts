import type { Block } from '../../document/block';
import type { SentenceInfo } from '../sentences';
import type { Attribution } from '../attributions';
import { SOURCE_NOUNS } from './lexicon';
import type { QuoteState } from './quotes';

/**
 * Carried attribution (RULES.md): a sentence that continues a quoted or reported passage from
 * the sentence before takes its source. Three shapes:
 *
 * - quotes: the sentences of one quotation share the speaker named in any of them, and a new
 *   quotation right after an attributed one continues it ('"...," said Oduya. "We have moved ..."');
 * - a sentence whose subject is "It" or "They" standing for the body just named ("the institute
 *   said. It surveyed 1,850 adults ..."); "He won narrowly" is narrative, not a report;
 * - a sentence that opens on a part of what was just reported ("Of those, four ...");
 * - items of a list or table introduced by an attributed line ending in a colon ("The
 *   commission's figures show:").
 *
 * `own` holds each sentence's own attributions and `quotes` its quotation marks, by sentence
 * index; `attributed` says, by block, whether any of its sentences has one of its own.
 */
export function carryAttributions(own: readonly (readonly Attribution[] | undefined)[], byBlock: readonly (readonly SentenceInfo[])[], blocks: readonly Block[], quotes: readonly QuoteState[], attributed: readonly boolean[]): Attribution[] {
  const carried: Attribution[] = [];
  // Sentences' carried attributions, beside their own: no copy of `own` made for every keystroke.
  const carriedTo = new Map<number, Attribution>();
  const sourceOf = (sentence: number): Attribution | undefined => own[sentence]?.[0] ?? carriedTo.get(sentence);
  const add = (to: number, from: Attribution, kind: Attribution['kind']) => {
    if (sourceOf(to)) return;
    const a: Attribution = { kind, cue: from.cue, source: from.source, sentence: to };
    if (from.sourceSpan) a.sourceSpan = from.sourceSpan;
    if (from.refersTo) a.refersTo = from.refersTo;
    carried.push(a);
    carriedTo.set(to, a);
  };

  let listSource: Attribution | undefined;
  // The last sentence of the block before (its quotation marks are in `quotes`).
  let previousLast: SentenceInfo | undefined;
  // Index loops, no per-block copies: this runs over the whole draft on every keystroke.
  blocks.forEach((block, b) => {
    const inBlock = byBlock[b]!;
    // Nothing to carry into a block with no attribution of its own, after a sentence with no
    // source and no list source: most paragraphs of a long draft, passed over without reading
    // their sentences (this runs on every keystroke). Its list source stays none: its last
    // sentence has no source.
    if (!attributed[b] && !listSource && !(previousLast && sourceOf(previousLast.index))) {
      previousLast = inBlock.at(-1) ?? previousLast;
      return;
    }
    // Quotations that run over several sentences: share any attribution inside the run.
    for (let i = 0; i < inBlock.length; ) {
      let j = i + 1;
      while (j < inBlock.length && quotes[inBlock[j]!.index]!.openAtStart) j++;
      let speaker: Attribution | undefined;
      for (let k = i; k < j && !speaker; k++) {
        const a = sourceOf(inBlock[k]!.index);
        if (a && a.kind !== 'carried' && a.kind !== 'quote') speaker = a;
      }
      if (speaker && j - i > 1) for (let k = i; k < j; k++) add(inBlock[k]!.index, speaker, 'quote');
      i = j;
    }
    for (let i = 0; i < inBlock.length; i++) {
      const s = inBlock[i]!;
      const before = i > 0 ? inBlock[i - 1] : previousLast;
      const prior = before && sourceOf(before.index);
      if (!prior) continue;
      if (quotes[s.index]!.startsWithQuote && quotes[before.index]!.hasQuote) add(s.index, prior, 'quote');
      else if (i > 0 && ((startsWithBodyPronoun(s, block) && standsFor(s, prior.source)) || startsWithPartOfBefore(s, block))) add(s.index, prior, 'carried');
    }
    // A list or table right after "X's figures show:" carries X to its items.
    if (block.list || block.cell || /^\s*(?:[-*•]|\d{1,2}[.)])\s/.test(block.text)) {
      if (listSource) for (const s of inBlock) add(s.index, listSource, 'carried');
    } else {
      const last = inBlock.at(-1);
      listSource = last && endsWithColon(block.text) ? sourceOf(last.index) : undefined;
    }
    previousLast = inBlock.at(-1) ?? previousLast;
  });
  return carried;
}

/**
 * Whether the block's prose ends with a colon ("X's figures show:"). Read from the end: the
 * pattern /:\s*$/ tries every colon of every paragraph, on every keystroke.
 */
function endsWithColon(text: string): boolean {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return text[end - 1] === ':';
}

/**
 * Whether the sentence's "It" or "They" can stand for the source: not a person ("He won
 * narrowly" is narrative), and "It" not for people ("Analysts said ... It has 40 branches").
 */
function standsFor(s: SentenceInfo, source: string): boolean {
  if (/^(he|she|i|we)$/i.test(source)) return false;
  // A plural source noun, not a name that ends in "s" ("Reuters").
  const head = source.slice(source.lastIndexOf(' ') + 1).toLowerCase();
  const people = SOURCE_NOUNS.has(head) && (/^(police|staff)$/.test(head) || /[^s]s$/.test(head));
  return !(people && /^it$/i.test(s.tokens[0]!.text));
}

/**
 * "Of those, four were in Arequipa", "Among them, 30 were children": a part of what the sentence
 * before reported, so the same source's.
 */
function startsWithPartOfBefore(s: SentenceInfo, block: Block): boolean {
  PART_OF_BEFORE.lastIndex = s.start - block.start;
  return PART_OF_BEFORE.test(block.text);
}

// Sticky: read where the sentence starts in its block's prose, with no slice of it made for
// every sentence of a long draft on every keystroke.
const PART_OF_BEFORE = /\s{0,8}(?:of|among)\s+(?:those|them|these|that|this)\s*,/iy;
const BODY_PRONOUN = /\s{0,8}(?:it|they)/iy;

/** "It surveyed ...", "They counted ...": a pronoun subject followed by a verb that is not "be". */
function startsWithBodyPronoun(s: SentenceInfo, block: Block): boolean {
  // The words first: most sentences do not open with "it" or "they", and their tokens need
  // not be read (a moved sentence shifts them on first read: `PlacedSentence`).
  BODY_PRONOUN.lastIndex = s.start - block.start;
  if (!BODY_PRONOUN.test(block.text)) return false;
  const [first, second] = s.tokens;
  if (!first || !second || !/^(it|they)$/i.test(first.text)) return false;
  return second.pos === 'VERB' || (second.pos === 'AUX' && !/^(is|was|are|were|'s|'re|has|have|had)$/i.test(second.text));
}
