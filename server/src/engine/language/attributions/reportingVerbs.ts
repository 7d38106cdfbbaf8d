import type { Span } from '../../types';
import type { SentenceInfo } from '../sentences';
import type { Token } from '../nlp';
import type { Cue } from './cue';
import { AGENT_PARTICIPLES, BE_FORMS, CLAUSE_ONLY_VERBS, DOCUMENT_NOUNS, DOCUMENT_ONLY_VERBS, HEARING_BODIES, INVERTING_VERBS, NOUN_LIKE_FORMS, REPORTING_VERBS, SOURCE_NOUNS, SPEECH_VERBS, SUBJECT_PRONOUNS } from './lexicon';
import { phraseEndingAt, phraseStartingAt, rangeText, sourceKind, type ProseOf, type TokenRange } from './phrase';

const SKIPPABLE = new Set(['ADV', 'AUX', 'PART']);
const QUOTES = /^["“”‘’']$/;
/** The mark that closes an aside between a subject and its verb → the mark that opens it. */
const ASIDE_CLOSERS: ReadonlyMap<string, string> = new Map([[',', ','], [')', '('], ['—', '—'], ['–', '–']]);

/**
 * Reporting verbs with their source, before the verb ("Abdel Rahman said", "officials estimate",
 * "the nurses' union estimates", "Prosecutors, who had sought 6 million crowns, said") or after it
 * ('"...," said Hamisi Oduya'), and passives with an agent ("estimated by the agency").
 */
export function reportingVerbCues(sentence: SentenceInfo, prose: ProseOf, dates: readonly TokenRange[]): Cue[] {
  const tokens = sentence.tokens;
  const cues: Cue[] = [];
  for (let v = 0; v < tokens.length; v++) {
    const form = tokens[v]!.text.toLowerCase();
    const base = REPORTING_VERBS.get(form);
    if (!base || !readsAsVerb(tokens, v, form)) continue;
    const source = subjectOf(tokens, v) ?? quotedAsSaying(tokens, v) ?? (INVERTING_VERBS.has(base) ? speakerAfter(tokens, v) : null) ?? agentAfter(tokens, v) ?? (base === 'tell' ? toldBody(tokens, v) : null);
    if (!source || isDate(dates, source)) continue;
    const hearing = HEARING_BODIES.has(tokens[source.last]!.text.toLowerCase());
    if (base === 'hear' && !hearing) continue;
    const dated = splitDate(sentence, dates, source);
    let kind = sourceKind(tokens, source, SPEECH_VERBS.has(base) || hearing);
    // "a YouGov poll for The Times shows", "A study of 500 patients found": the document is the
    // phrase's head, before "for" or "of".
    if ((!kind || DOCUMENT_ONLY_VERBS.has(base)) && kind !== 'document' && kind !== 'pronoun' && documentInside(tokens, source)) kind = 'document';
    if (!kind || (DOCUMENT_ONLY_VERBS.has(base) && kind !== 'document' && kind !== 'pronoun')) continue;
    // "estimates put the toll at 300": "put" reports only with the figure it puts "at".
    if (CLAUSE_ONLY_VERBS.has(base) && !reportsClause(tokens, v, source)) continue;
    if (base === 'put' && !tokens.slice(v + 1, v + 10).some((t) => t.text.toLowerCase() === 'at' || t.text.toLowerCase() === 'on')) continue;
    const verb = tokens[v]!;
    cues.push({
      kind: kind === 'document' ? 'document' : 'reporting-verb',
      cue: { start: verb.start, end: verb.end },
      source: rangeText(prose, tokens, source),
      sourceSpan: { start: tokens[source.first]!.start, end: tokens[source.last]!.end },
      after: v + 1,
      pronoun: kind === 'pronoun',
      ...(dated ? { dated } : {}),
    });
  }
  return cues;
}

/**
 * "claimed that 300 were killed", "claimed 300 soldiers were killed", or a quotation before
 * the verb: a reported clause. "claimed £12,000 in expenses" has none, nor has "wrote 23
 * novels and won the Booker" (a second verb of the same subject) or "... until she was 85".
 */
function reportsClause(tokens: readonly Token[], v: number, source: TokenRange): boolean {
  // '"...," he claimed', '"...," wrote Oduya': the quotation is what the verb reports.
  const before = (k: number) => QUOTES.test(tokens[k]?.text ?? '') || tokens[k]?.text === ',';
  if (before(v - 1) || (source.last < v && before(source.first - 1))) return true;
  // "He added, however, that", "She added: 'We ...'": a plain object never follows punctuation.
  if (/^[,:]$/.test(tokens[v + 1]?.text ?? '') || QUOTES.test(tokens[v + 1]?.text ?? '')) return true;
  for (let k = v + 1; k < tokens.length && !/^[,;.]$/.test(tokens[k]!.text); k++) {
    const t = tokens[k]!;
    if (t.text.toLowerCase() === 'that' || t.pos === 'AUX' || t.pos === 'VERB') return true;
    if (t.pos === 'SCONJ' || (t.pos === 'CCONJ' && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? ''))) return false;
  }
  return false;
}

/** A document noun inside a source phrase that is a source on its own ("a YouGov poll" in "a YouGov poll for The Times"). */
function documentInside(tokens: readonly Token[], r: TokenRange): boolean {
  for (let k = r.first; k < r.last; k++) if (DOCUMENT_NOUNS.has(tokens[k]!.text.toLowerCase()) && sourceKind(tokens, { first: r.first, last: k }) === 'document') return true;
  return false;
}

/** A phrase that is only a date ("..., announced last November") is no source. */
function isDate(dates: readonly TokenRange[], r: TokenRange): boolean {
  return dates.some((e) => e.first <= r.first && e.last >= r.last);
}

/**
 * "The FAA on Friday announced": a date between the subject and the verb dates the report and
 * is no part of the source. Shortens the range to the subject and returns the date's span.
 */
function splitDate(sentence: SentenceInfo, dates: readonly TokenRange[], source: TokenRange): Span | undefined {
  const e = dates.find((x) => x.first > source.first && x.last <= source.last);
  if (!e) return undefined;
  const on = sentence.tokens[e.first - 1]!;
  const cut = /^(on|in|at|last|this)$/i.test(on.text) ? e.first - 1 : e.first;
  if (cut <= source.first) return undefined;
  source.last = cut - 1;
  return { start: sentence.tokens[cut]!.start, end: sentence.tokens[e.last]!.end };
}

/**
 * Whether a reporting verb's form is a verb here. A capitalised form inside a sentence is a
 * name ("Islamic State", "Situation Report"); after a modal or "to" it reports nothing yet
 * ("Residents can report potholes"). A form that is also a noun ("its forecast", "Earlier
 * estimates had") is a verb only after a noun phrase, not before another verb, and in its bare
 * form only after a plural subject ("officials estimate", but "the Syrian state news agency").
 */
function readsAsVerb(tokens: readonly Token[], v: number, form: string): boolean {
  const prev = tokens[v - 1];
  const next = tokens[v + 1];
  if (v > 0 && /^\p{Lu}/u.test(tokens[v]!.text) && !QUOTES.test(prev!.text)) return false;
  if (prev && /^(can|could|will|would|should|may|might|must|to|shall)$/i.test(prev.text)) return false;
  if (!NOUN_LIKE_FORMS.has(form)) return true;
  // After an adjective the form is a noun ("the latest estimates"), but not after a source
  // noun wink tagged an adjective ("the union claims 2,000 members walked out").
  const adjective = prev?.pos === 'ADJ' && !SOURCE_NOUNS.has(prev.text.toLowerCase());
  if (!prev || adjective || ['DET', 'ADP', 'PART'].includes(prev.pos) || /^(its|their|his|her|our|a|an|the|'s|'|’s|’)$/i.test(prev.text)) return false;
  if (next && (next.pos === 'AUX' || next.pos === 'VERB')) return false;
  return /(s|ed)$/.test(form) || form === 'put' || looksPlural(prev.text) || pastAsBase(form, prev, next);
}

/**
 * "The IMF forecast growth of 3%", "the bank forecast that", "analysts had forecast the losses":
 * "forecast" is its own past and participle, so after a singular source or "have" it is a verb
 * when an object or a clause follows; before "of", "for" or a comma it is the noun ("The IMF
 * forecast of 3% was cut").
 */
function pastAsBase(form: string, prev: Token, next: Token | undefined): boolean {
  if (form !== 'forecast' || !next || ['ADP', 'PUNCT', 'CCONJ', 'PART'].includes(next.pos)) return false;
  return /^\p{Lu}/u.test(prev.text) || SOURCE_NOUNS.has(prev.text.toLowerCase()) || /^(has|have|had)$/i.test(prev.text);
}

/** A subject that takes a bare verb: "officials", "data", "they". */
function looksPlural(word: string): boolean {
  return /^(data|people|police|they|we|i|you|staff|media)$/i.test(word) || (/[^s]s$/i.test(word) && word.length > 3);
}

/** The subject before the verb, past adverbs and auxiliaries and one aside between commas, brackets or dashes. */
function subjectOf(tokens: readonly Token[], v: number): TokenRange | null {
  let k = v - 1;
  while (k >= 0 && SKIPPABLE.has(tokens[k]!.pos) && !QUOTES.test(tokens[k]!.text)) {
    // "is expected", "had been estimated": a passive has no subject that reports.
    if (BE_FORMS.has(tokens[k]!.text.toLowerCase())) return null;
    k--;
  }
  if (k >= 0 && SUBJECT_PRONOUNS.has(tokens[k]!.text.toLowerCase())) return { first: k, last: k };
  // "Reyes conceded defeat and said ...": the second verb shares the clause's subject.
  if (k >= 0 && /^(and|but)$/i.test(tokens[k]!.text)) return clauseSubject(tokens, k);
  const opening = k >= 0 ? ASIDE_CLOSERS.get(tokens[k]!.text) : undefined;
  if (opening) {
    // "Prosecutors, who had sought 6 million crowns, said", "The ministry (MoH) said", "Smith —
    // the police chief — said": skip the aside between its marks.
    let j = k - 1;
    while (j >= 0 && tokens[j]!.text !== opening && !QUOTES.test(tokens[j]!.text) && k - j < 16) j--;
    if (j < 0 || tokens[j]!.text !== opening) return null;
    k = j - 1;
  }
  return k >= 0 ? phraseEndingAt(tokens, k) : null;
}

/** "The ministry was quoted as saying", "Lee is reported as saying": the subject of the passive before "as". */
function quotedAsSaying(tokens: readonly Token[], v: number): TokenRange | null {
  if (tokens[v - 1]?.text.toLowerCase() !== 'as' || !/^(?:quoted|reported|cited)$/i.test(tokens[v - 2]?.text ?? '')) return null;
  let k = v - 3;
  while (k >= 0 && SKIPPABLE.has(tokens[k]!.pos) && !BE_FORMS.has(tokens[k]!.text.toLowerCase())) k--;
  if (k < 0 || !BE_FORMS.has(tokens[k]!.text.toLowerCase())) return null;
  k--;
  while (k >= 0 && SKIPPABLE.has(tokens[k]!.pos)) k--;
  if (k >= 0 && SUBJECT_PRONOUNS.has(tokens[k]!.text.toLowerCase())) return { first: k, last: k };
  return k >= 0 ? phraseEndingAt(tokens, k) : null;
}

/** The phrase that opens the clause before token `k`: the subject a coordinated verb shares. */
function clauseSubject(tokens: readonly Token[], k: number): TokenRange | null {
  if (k < 1) return null;
  let start = k - 1;
  while (start > 0 && !QUOTES.test(tokens[start - 1]!.text) && !/^[;:]$/.test(tokens[start - 1]!.text)) start--;
  if (SUBJECT_PRONOUNS.has(tokens[start]?.text.toLowerCase() ?? '')) return { first: start, last: start };
  return phraseStartingAt(tokens, start);
}

/** The speaker named after an inverted verb: '"...," said councillor Dev Patel'. */
function speakerAfter(tokens: readonly Token[], v: number): TokenRange | null {
  const prev = tokens[v - 1];
  if (prev && !QUOTES.test(prev.text) && prev.text !== ',') return null;
  const speaker = phraseStartingAt(tokens, v + 1);
  if (!speaker) return null;
  // "..., said 150 nurses had quit": a figure, or a phrase with a verb of its own after it, is the
  // subject of the reported clause, not who speaks.
  const next = tokens[speaker.last + 1];
  if (tokens[speaker.first]!.pos === 'NUM' || next?.pos === 'VERB' || next?.pos === 'AUX') return null;
  return speaker;
}

/** The body told in a passive: "the jury was told", "MPs were told" (see `HEARING_BODIES`). */
function toldBody(tokens: readonly Token[], v: number): TokenRange | null {
  let k = v - 1;
  while (k >= 0 && SKIPPABLE.has(tokens[k]!.pos) && !BE_FORMS.has(tokens[k]!.text.toLowerCase())) k--;
  if (k < 0 || !BE_FORMS.has(tokens[k]!.text.toLowerCase())) return null;
  while (k >= 0 && SKIPPABLE.has(tokens[k]!.pos)) k--;
  const body = phraseEndingAt(tokens, k);
  return body && HEARING_BODIES.has(tokens[body.last]!.text.toLowerCase()) ? body : null;
}

/** The agent of a passive or a participle: "estimated by the agency", "polled by the Herald". */
function agentAfter(tokens: readonly Token[], v: number): TokenRange | null {
  if (!AGENT_PARTICIPLES.has(tokens[v]!.text.toLowerCase())) return null;
  for (let k = v + 1; k < Math.min(tokens.length, v + 6); k++) {
    if (tokens[k]!.text.toLowerCase() === 'by') return phraseStartingAt(tokens, k + 1);
    if (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'VERB') break;
  }
  return null;
}
