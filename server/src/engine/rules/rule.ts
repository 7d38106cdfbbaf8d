import type { Analysis } from '../analysis';
import type { Finding, RuleId, Severity } from '../types';

/** A finding as a rule produces it; the engine fills in the configured severity. */
export type RuleFinding = Omit<Finding, 'rule' | 'severity'>;

/** One rule: what it flags, how loud by default, and the check itself. */
export interface Rule {
  id: RuleId;
  /** One sentence for settings, SARIF and the report. */
  description: string;
  defaultSeverity: Severity;
  check(analysis: Analysis): RuleFinding[];
}
