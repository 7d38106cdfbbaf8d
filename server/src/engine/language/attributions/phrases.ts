import type { SentenceInfo } from '../sentences';
import type { Token } from '../nlp';
import type { Cue } from './cue';
import { DATA_NOUNS, DOCUMENT_NOUNS } from './lexicon';
import { isName, phraseEndingAt, phraseStartingAt, rangeText, sourceKind, type ProseOf } from './phrase';

/**
 * Attributions that are phrases rather than verbs: "according to X", "X's figures",
 * "the inspectors' figure of 30 tonnes", "data from X", "a report by X".
 */
export function phraseCues(sentence: SentenceInfo, prose: ProseOf): Cue[] {
  const tokens = sentence.tokens;
  const cues: Cue[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const lower = t.text.toLowerCase();
    if (lower === 'according' && tokens[k + 1]?.text.toLowerCase() === 'to') {
      const source = phraseStartingAt(tokens, k + 2);
      // "according to" attributes whatever follows it, even a source the checker cannot judge.
      const end = source ? tokens[source.last]! : tokens[k + 1]!;
      cues.push({
        kind: 'according-to',
        cue: { start: t.start, end: tokens[k + 1]!.end },
        source: source ? rangeText(prose, tokens, source) : '',
        ...(source ? { sourceSpan: { start: tokens[source.first]!.start, end: end.end } } : {}),
        after: (source?.last ?? k + 1) + 1,
      });
      continue;
    }
    // "Per the census, ...", "..., per the ministry", "..., per Reuters": "according to" in a
    // word. Only opening the sentence or after a comma, and before a source, not a rate ("5 per
    // cent", "$3 per head").
    if (lower === 'per' && (k === 0 || tokens[k - 1]!.text === ',')) {
      const source = phraseStartingAt(tokens, k + 1);
      const determined = source && source.last > k + 1 && /^(?:the|its|their|a|an)$/i.test(tokens[k + 1]!.text);
      if (source && (determined || isName(tokens, k + 1)) && sourceKind(tokens, source)) {
        cues.push({ kind: 'according-to', cue: { start: t.start, end: t.end }, source: rangeText(prose, tokens, source), sourceSpan: { start: tokens[source.first]!.start, end: tokens[source.last]!.end }, after: source.last + 1 });
        continue;
      }
    }
    // A data noun is a source by being someone's even where it is no document ("by his calculations").
    if (!DOCUMENT_NOUNS.has(lower) && !DATA_NOUNS.has(lower)) continue;
    const owned = DATA_NOUNS.has(lower) ? possessiveOwner(tokens, k) : null;
    if (owned !== null) {
      cues.push({ kind: 'document', cue: { start: tokens[owned]!.start, end: t.end }, source: prose(tokens[owned]!.start, t.end), sourceSpan: { start: tokens[owned]!.start, end: t.end }, after: k + 1 });
      continue;
    }
    // "figures from the regional health board", "a survey by the Institute for Public Opinion",
    // "data released by the central bank".
    const at = RELEASED.has(tokens[k + 1]?.text.toLowerCase() ?? '') ? k + 2 : k + 1;
    const link = tokens[at]?.text.toLowerCase();
    if (link !== 'by' && link !== 'from') continue;
    const source = phraseStartingAt(tokens, at + 1);
    if (!source || !sourceKind(tokens, source)) continue;
    const sourceSpan = { start: tokens[source.first]!.start, end: tokens[source.last]!.end };
    cues.push({ kind: 'document', cue: { start: t.start, end: tokens[at]!.end }, source: rangeText(prose, tokens, source), sourceSpan, after: source.last + 1 });
  }
  return cues;
}

/** Participles between a document and its issuer: "data released by", "figures compiled from". */
const RELEASED = new Set(['released', 'published', 'issued', 'compiled', 'collected', 'gathered', 'provided', 'produced', 'commissioned', 'conducted', 'carried', 'obtained']);

/**
 * The first token of the owner of a document noun at `k` ("The commission's figures", "the
 * council's audited accounts", "its figures"), or null when nobody owns it.
 */
function possessiveOwner(tokens: readonly Token[], k: number): number | null {
  let j = k - 1;
  // Modifiers between the owner and the document: "the office's monthly bulletin".
  while (j >= 0 && (tokens[j]!.pos === 'ADJ' || (tokens[j]!.pos === 'NOUN' && !/^['’]/.test(tokens[j]!.text)) || tokens[j]!.pos === 'VERB') && k - j < 4) j--;
  const mark = tokens[j];
  if (!mark) return null;
  if (/^(its|their|his|her)$/i.test(mark.text)) return /^(his|her)$/i.test(mark.text) && measuredBy(tokens, j) ? null : j;
  if (!/^['’]s?$/.test(mark.text)) return null;
  const owner = phraseEndingAt(tokens, j - 1);
  if (!owner) return null;
  // The owner must be able to speak: "the lake's fish stocks" is not a document of the lake's.
  const named = isName(tokens, owner.last) || sourceKind(tokens, owner) !== null || tokens[owner.last]!.pos === 'NOUN';
  return named ? owner.first : null;
}

/**
 * "A late header took her tally to 19", "The brace lifted his tally to 40": a person's count that
 * is the object of a verb whose subject cannot be a source is a score the figure measures, not
 * who gives it. A body's count stays its own ("The new deaths took the ministry's tally to 300",
 * "it will revise its estimate"), as does any count a source moves. `first` is the owner's
 * first token.
 */
function measuredBy(tokens: readonly Token[], first: number): boolean {
  if (tokens[first - 1]?.pos !== 'VERB') return false;
  let k = first - 2;
  while (k >= 0 && ['ADV', 'AUX', 'PART'].includes(tokens[k]!.pos) && !/^['’]s?$/.test(tokens[k]!.text)) k--;
  const subject = k >= 0 ? phraseEndingAt(tokens, k) : null;
  return subject !== null && sourceKind(tokens, subject) === null;
}
