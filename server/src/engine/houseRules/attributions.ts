import type { Block } from '../document/block';
import type { Attribution } from '../language/attributions';
import type { SentenceInfo } from '../language/sentences';
import type { EngineSettings } from '../settings';
import { findPhrases } from './phrases';

/** Tokens that may stand between a subject and its verb ("Reuters has briefed", "officials also tweeted"). */
const BETWEEN = new Set(['AUX', 'ADV', 'PART']);
/** Tokens a subject is made of, read leftwards from the verb. */
const SUBJECT = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'PRON', 'NUM']);

/**
 * The attributions the house rules add to the engine's own:
 * - `trustedSources`: a listed name in a sentence attributes its figures, as a citation does;
 * - `attributionVerbs`: a listed verb (any inflection) with a subject before it reports, as
 *   "said" does ("the ministry briefed"); with no subject it says nothing (silence over a guess).
 */
export function houseAttributions(sentences: readonly SentenceInfo[], blocks: readonly Block[], text: string, settings: EngineSettings): Attribution[] {
  const out: Attribution[] = [];
  const names = findPhrases(blocks, settings.trustedSources);
  for (const s of sentences) {
    for (const n of names) {
      if (n.start >= s.start && n.end <= s.end) out.push({ kind: 'citation', cue: n, source: text.slice(n.start, n.end).replace(/\s+/g, ' '), sourceSpan: n, sentence: s.index });
    }
  }
  const verbs = new Set((settings.attributionVerbs ?? []).map((v) => v.trim().toLowerCase()));
  if (verbs.size === 0) return out;
  for (const s of sentences) {
    s.tokens.forEach((t, v) => {
      if (!isHouseVerb(t.text.toLowerCase(), t.lemma, verbs)) return;
      let last = v - 1;
      while (last >= 0 && BETWEEN.has(s.tokens[last]!.pos)) last--;
      let first = last;
      while (first >= 0 && SUBJECT.has(s.tokens[first]!.pos)) first--;
      first++;
      if (first > last || !s.tokens.slice(first, last + 1).some((x) => x.pos === 'PROPN' || x.pos === 'NOUN' || x.pos === 'PRON')) return;
      const sourceSpan = { start: s.tokens[first]!.start, end: s.tokens[last]!.end };
      out.push({ kind: 'reporting-verb', cue: { start: t.start, end: t.end }, source: text.slice(sourceSpan.start, sourceSpan.end).replace(/\s+/g, ' '), sourceSpan, sentence: s.index });
    });
  }
  return out;
}

/** "brief" matches brief, briefs, briefed, briefing (and wink's lemma of any other form). */
function isHouseVerb(form: string, lemma: string, verbs: ReadonlySet<string>): boolean {
  if (verbs.has(lemma) || verbs.has(form)) return true;
  for (const suffix of ['s', 'es', 'ed', 'd', 'ing']) {
    if (form.endsWith(suffix) && verbs.has(form.slice(0, -suffix.length))) return true;
  }
  // Doubled consonants and dropped e: "chatted" → "chat", "quoting" → "quote".
  return /(?:ed|ing)$/.test(form) && (verbs.has(form.replace(/(\w)\1(?:ed|ing)$/, '$1')) || verbs.has(form.replace(/(?:ed|ing)$/, 'e')));
}
