import type { Span } from '../../types';
import type { SentenceInfo } from '../sentences';

/** Participles of a document that may stand between the cue and its date ("a survey published on Thursday"). */
const PARTICIPLES = /^(published|released|issued|posted|updated|dated|made|given)$/i;
/** Verbs whose object sits between the cue and its date ("told the court on Tuesday"). */
const TAKES_OBJECT = /^(told|tells|tell|informed|briefed)$/i;

/**
 * The time stated with an attribution: "said on Sunday", "told AFP on Thursday", "published
 * on Thursday", "said yesterday". Read from wink's DATE and TIME entities that start in the
 * few words right after the cue; the walk stops at the reported clause (a pronoun, a verb,
 * "that", a comma), so "said they would decide next week" is not dated by the decision.
 * An "on" before the date is part of the span.
 */
export function datedSpan(sentence: SentenceInfo, after: number, cue: string): Span | undefined {
  const tokens = sentence.tokens;
  const objects = TAKES_OBJECT.test(cue);
  for (let k = after; k < Math.min(tokens.length, after + 6); k++) {
    const e = sentence.entities.find((x) => x.first === k && (x.type === 'DATE' || x.type === 'TIME'));
    if (e) {
      const on = tokens[k - 1];
      const start = on && k - 1 >= after && /^(on|in|at)$/i.test(on.text) ? on.start : e.start;
      return { start, end: e.end };
    }
    const t = tokens[k]!;
    const passes = /^(on|in|at|earlier|late|early|also)$/i.test(t.text) || t.pos === 'PROPN' || PARTICIPLES.test(t.text) || (objects && (t.pos === 'NOUN' || t.pos === 'DET'));
    if (!passes) return undefined;
  }
  return undefined;
}
