import type { RuleId, Severity } from './types';

/** What a rule may be set to; `off` turns it off. */
export type RuleSetting = Severity | 'off';

/**
 * The settings the engine reads. The server and the CLI validate user input into this shape;
 * the engine trusts it.
 */
export interface EngineSettings {
  /** Publication date (YYYY-MM-DD) used when the draft has none of its own. */
  publicationDate?: string;
  /** Per-rule severity or `off`; a rule not named keeps its default severity. */
  rules?: Partial<Record<RuleId, RuleSetting>>;
}
