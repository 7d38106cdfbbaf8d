import type { Block } from '../../document/block';
import type { SentenceInfo } from '../sentences';
import type { Attribution } from '../attributions';
import type { QuoteState } from './quotes';

/**
 * Carried attribution (RULES.md): a sentence that continues a quoted or reported passage from
 * the sentence before takes its source. Three shapes:
 *
 * - quotes: the sentences of one quotation share the speaker named in any of them, and a new
 *   quotation right after an attributed one continues it ('"...," said Oduya. "We have moved ..."');
 * - a sentence whose subject is "It" or "They" standing for the body just named ("the institute
 *   said. It surveyed 1,850 adults ..."); "He won narrowly" is narrative, not a report;
 * - items of a list or table introduced by an attributed line ending in a colon ("The
 *   commission's figures show:").
 *
 * `quotes` holds each sentence's quotation marks, by sentence index.
 */
export function carryAttributions(own: ReadonlyMap<number, Attribution[]>, byBlock: readonly (readonly SentenceInfo[])[], blocks: readonly Block[], quotes: readonly QuoteState[]): Attribution[] {
  const carried: Attribution[] = [];
  const sourceOf = new Map<number, Attribution>();
  for (const [i, list] of own) sourceOf.set(i, list[0]!);
  const add = (to: number, from: Attribution, kind: Attribution['kind']) => {
    if (sourceOf.has(to)) return;
    const a: Attribution = { kind, cue: from.cue, source: from.source, sentence: to };
    if (from.sourceSpan) a.sourceSpan = from.sourceSpan;
    if (from.refersTo) a.refersTo = from.refersTo;
    carried.push(a);
    sourceOf.set(to, a);
  };

  let listSource: Attribution | undefined;
  let previousLast: { sentence: SentenceInfo; hasQuote: boolean } | undefined;
  blocks.forEach((block, b) => {
    const inBlock = byBlock[b]!;
    const states = inBlock.map((s) => quotes[s.index]!);
    // Quotations that run over several sentences: share any attribution inside the run.
    for (let i = 0; i < inBlock.length; ) {
      let j = i + 1;
      while (j < inBlock.length && states[j]!.openAtStart) j++;
      const run = inBlock.slice(i, j);
      const speaker = run.map((s) => sourceOf.get(s.index)).find((a) => a && a.kind !== 'carried' && a.kind !== 'quote');
      if (speaker && run.length > 1) for (const s of run) add(s.index, speaker, 'quote');
      i = j;
    }
    inBlock.forEach((s, i) => {
      const before = i > 0 ? { sentence: inBlock[i - 1]!, hasQuote: states[i - 1]!.hasQuote } : previousLast;
      const prior = before && sourceOf.get(before.sentence.index);
      if (!prior) return;
      if (states[i]!.startsWithQuote && before.hasQuote) add(s.index, prior, 'quote');
      else if (i > 0 && startsWithBodyPronoun(s) && !/^(he|she|i|we)$/i.test(prior.source)) add(s.index, prior, 'carried');
    });
    // A list or table right after "X's figures show:" carries X to its items.
    if (block.list || block.cell || /^\s*(?:[-*•]|\d{1,2}[.)])\s/.test(block.text)) {
      if (listSource) for (const s of inBlock) add(s.index, listSource, 'carried');
    } else {
      const last = inBlock.at(-1);
      listSource = last && /:\s*$/.test(block.text) ? sourceOf.get(last.index) : undefined;
    }
    const last = inBlock.at(-1);
    if (last) previousLast = { sentence: last, hasQuote: states.at(-1)!.hasQuote };
  });
  return carried;
}

/** "It surveyed ...", "They counted ...": a pronoun subject followed by a verb that is not "be". */
function startsWithBodyPronoun(s: SentenceInfo): boolean {
  const [first, second] = s.tokens;
  if (!first || !second || !/^(it|they)$/i.test(first.text)) return false;
  return second.pos === 'VERB' || (second.pos === 'AUX' && !/^(is|was|are|were|'s|'re|has|have|had)$/i.test(second.text));
}
