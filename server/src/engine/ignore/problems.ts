import { RULE_IDS, type Span } from '../types';
import type { IgnoreDirective } from './directives';

/** A rule id in an ignore comment that names no rule, where it is written. */
export interface IgnoreProblem {
  span: Span;
  message: string;
}

const KNOWN: ReadonlySet<string> = new Set(RULE_IDS);

/**
 * Rule ids in ignore comments that name no rule. A typo must not pass in silence: a misspelt
 * `factdesk-enable relative-dates` would leave the rule off for the rest of the draft.
 * `directives` are the draft's (`findIgnoreDirectives`), which the analysis has already read.
 */
export function ignoreCommentProblems(text: string, directives: readonly IgnoreDirective[]): IgnoreProblem[] {
  const problems: IgnoreProblem[] = [];
  for (const d of directives) {
    const comment = text.slice(d.span.start, d.span.end);
    // Ids come after the directive's keyword; search from there so "disable" is never matched.
    let from = comment.indexOf(d.kind) + d.kind.length;
    for (const id of d.rules ?? []) {
      const at = comment.indexOf(id, from);
      from = at + id.length;
      if (KNOWN.has(id)) continue;
      problems.push({
        span: { start: d.span.start + at, end: d.span.start + at + id.length },
        message: `unknown rule "${id}" in an ignore comment; rules: ${RULE_IDS.join(', ')}`,
      });
    }
  }
  return problems;
}
