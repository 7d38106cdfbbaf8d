import type { Analysis } from '../analysis';
import type { DraftCache } from '../draftCache';
import type { Finding, RuleId, Severity } from '../types';

/**
 * A finding as a rule produces it; the engine fills in the configured severity. A rule may mark
 * one finding quieter than its default (`information` for values that can both be true); a
 * severity the user set for the rule wins over it.
 */
export type RuleFinding = Omit<Finding, 'rule' | 'severity'> & { severity?: Severity };

/** One rule: what it flags, how loud by default, and the check itself. */
export interface Rule {
  id: RuleId;
  /** One sentence for settings, SARIF and the report. */
  description: string;
  defaultSeverity: Severity;
  /** `cache`: the document's, when it is analysed as it is edited; the findings are the same without it. */
  check(analysis: Analysis, cache?: DraftCache): RuleFinding[];
}
