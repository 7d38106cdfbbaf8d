import type { Candidate } from '../../time/detect';
import type { Span } from '../../types';
import type { Token } from '../nlp';
import type { SentenceInfo } from '../sentences';
import type { TokenRange } from './phrase';

/** Participles of a document that may stand between the cue and its date ("a survey published on Thursday"). */
const PARTICIPLES = /^(published|released|issued|posted|updated|dated|made|given)$/i;
/** Verbs whose object sits between the cue and its date ("told the court on Tuesday"). */
const TAKES_OBJECT = /^(told|tells|tell|informed|briefed)$/i;

/**
 * The tokens each of a sentence's time expressions (`detectTimes`, offsets in its prose) covers,
 * for the attribution cues to tell a date from a source ("..., announced last November") and to
 * date a report ("said on Sunday"). `tokens` are the sentence's, not yet moved.
 */
export function dateRanges(tokens: readonly Token[], times: readonly Candidate[], sentenceStart: number): TokenRange[] {
  const ranges: TokenRange[] = [];
  for (const c of times) {
    const start = sentenceStart + c.start;
    const end = sentenceStart + c.end;
    const first = tokens.findIndex((t) => t.end > start);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
    if (first >= 0 && tokens[first]!.start < end) ranges.push({ first, last });
  }
  return ranges;
}

/**
 * The time stated with an attribution: "said on Sunday", "told AFP on Thursday", "published
 * on Thursday", "said yesterday". Read from the sentence's time expressions (`dates`, see
 * `dateRanges`) that start in the few words right after the cue; the walk stops at the
 * reported clause (a pronoun, a verb, "that", a comma), so "said they would decide next week"
 * is not dated by the decision. An "on" before the date is part of the span.
 */
export function datedSpan(sentence: SentenceInfo, dates: readonly TokenRange[], after: number, cue: string): Span | undefined {
  const tokens = sentence.tokens;
  const objects = TAKES_OBJECT.test(cue);
  for (let k = after; k < Math.min(tokens.length, after + 6); k++) {
    const e = dates.find((x) => x.first === k);
    if (e) {
      const on = tokens[k - 1];
      const start = on && k - 1 >= after && /^(on|in|at)$/i.test(on.text) ? on.start : tokens[k]!.start;
      return { start, end: tokens[e.last]!.end };
    }
    const t = tokens[k]!;
    const passes = /^(on|in|at|earlier|late|early|also)$/i.test(t.text) || t.pos === 'PROPN' || PARTICIPLES.test(t.text) || (objects && (t.pos === 'NOUN' || t.pos === 'DET'));
    if (!passes) return undefined;
  }
  return undefined;
}
