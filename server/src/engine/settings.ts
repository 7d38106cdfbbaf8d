import type { RuleId, Severity } from './types';

/** What a rule may be set to; `off` turns it off. */
export type RuleSetting = Severity | 'off';

/**
 * How the quick fixes write an absolute date: `day-month-year` is "7 April 2016" (wire and
 * British style), `month-day-year` is "April 7, 2016" (AP and US style).
 */
export type DateStyle = 'day-month-year' | 'month-day-year';

/** The largest draft analysed by default, in characters (UTF-16 code units): about 1 MB of prose. */
export const DEFAULT_MAX_FILE_SIZE = 1_000_000;

/**
 * The settings the engine reads. The server and the CLI validate user input into this shape
 * (`server/src/config/`, one zod schema for the VS Code settings and `.factdesk.json`); the
 * engine trusts it. Every key is optional: absent means the default.
 */
export interface EngineSettings {
  /** Publication date (YYYY-MM-DD) used when the draft has none of its own. */
  publicationDate?: string;
  /** Per-rule severity or `off`; a rule not named keeps its default severity. */
  rules?: Partial<Record<RuleId, RuleSetting>>;
  /** House style for dates the fixes write; default `day-month-year` ("7 April 2016"). */
  dateStyle?: DateStyle;
  /**
   * The largest draft analysed, in characters; past it the front ends analyse the first
   * `maxFileSize` characters and say so once. Read it with {@link maxFileSize}.
   */
  maxFileSize?: number;
  /**
   * House rule: extra reporting verbs, as their base form ("brief", "tweet"), that attribute a
   * figure like "said" does. Added to the built-in list, never replacing it.
   */
  attributionVerbs?: string[];
  /**
   * House rule: names that count as a source wherever the draft names them with a figure in the
   * same sentence ("Reuters", "the Office for National Statistics"), matched case-insensitively
   * as whole words.
   */
  trustedSources?: string[];
  /**
   * House rule: words or phrases that are never figures ("Fortune 500", "Big Four", "one of"),
   * matched case-insensitively as whole words; a number inside one is not a claim.
   */
  notFigures?: string[];
}

/** The size limit in force: the setting, or {@link DEFAULT_MAX_FILE_SIZE}. */
export function maxFileSize(settings: EngineSettings): number {
  return settings.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
}
