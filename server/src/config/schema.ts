import { z } from 'zod';
import { DEFAULT_MAX_FILE_SIZE } from '../engine/settings';
import { RULE_IDS, type RuleId } from '../engine/types';

/**
 * The one definition of Factdesk's settings. The server validates the VS Code settings
 * (`factdesk.*`) with `editorSettingsSchema` and `.factdesk.json` with `workspaceFileSchema`;
 * the JSON schema contributed for `.factdesk.json` and `contributes.configuration` in
 * package.json are generated from these (`npm run schema`) and a test keeps them in step.
 *
 * Every leaf carries its expected form as its zod error, so a bad value reads
 * `"rules.relative-date" must be one of ...; got "warn"` (see `problems.ts`).
 */

const RULE_SETTINGS = ['error', 'warning', 'information', 'hint', 'off'] as const;
export const DATE_STYLES = ['day-month-year', 'month-day-year'] as const;
export const LANGUAGES = ['markdown', 'plaintext'] as const;

const oneOf = (values: readonly string[]): string => `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;

const ruleSetting = z.enum(RULE_SETTINGS, { error: oneOf(RULE_SETTINGS) });

const RULE_DESCRIPTIONS: Record<RuleId, string> = {
  'unattributed-figure': 'A figure with no source in its sentence or the passage it continues.',
  'inconsistent-figure': 'Figures in one draft that describe the same thing and do not agree.',
  'relative-date': 'A time expression that depends on the day of writing or leaves out the year.',
  'undated-claim': 'A running total or current level with no "as of" date.',
};

const rules = z
  .strictObject(
    Object.fromEntries(RULE_IDS.map((id) => [id, ruleSetting.optional().meta({ description: `${RULE_DESCRIPTIONS[id]} Severity, or "off".` })])) as Record<RuleId, z.ZodOptional<typeof ruleSetting>>,
    { error: 'an object of rule ids to a severity, e.g. { "relative-date": "information" }' },
  )
  .meta({ description: 'Each rule\'s severity ("error", "warning", "information", "hint") or "off". A rule not named keeps its default.' });

const publicationDate = z
  .string({ error: 'a date as YYYY-MM-DD, or "" for none' })
  .regex(/^(?:\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))?$/, { error: 'a date as YYYY-MM-DD, or "" for none' })
  .meta({ description: 'Publication date (YYYY-MM-DD) for drafts that state none of their own (no front matter `date:`, no dateline). Empty: none.' });

const languages = z
  .array(z.enum(LANGUAGES, { error: oneOf(LANGUAGES) }), { error: `a list of languages, each ${oneOf(LANGUAGES)}` })
  .meta({ description: 'The document languages Factdesk checks: Markdown and plain-text drafts.' });

const dateStyle = z.enum(DATE_STYLES, { error: oneOf(DATE_STYLES) }).meta({
  description: 'House style for the dates quick fixes write: "day-month-year" (7 April 2016) or "month-day-year" (April 7, 2016).',
});

const maxFileSize = z
  .number({ error: 'a whole number of characters, at least 1000' })
  .int({ error: 'a whole number of characters, at least 1000' })
  .min(1000, { error: 'a whole number of characters, at least 1000' })
  .max(100_000_000, { error: 'a whole number of characters, at most 100000000' })
  .meta({ description: 'The largest draft analysed, in characters. A longer draft is analysed up to the limit, with one information diagnostic saying so.' });

const wordList = (description: string) =>
  z.array(z.string({ error: 'a word or phrase in quotes' }).min(1, { error: 'a word or phrase in quotes, not empty' }), { error: 'a list of words or phrases, e.g. ["briefed", "tweeted"]' }).meta({ description });

/** The settings VS Code shows (`factdesk.*`); `.factdesk.json` takes the same keys. */
const editorShape = {
  rules: rules.optional(),
  publicationDate: publicationDate.optional(),
  languages: languages.optional(),
  dateStyle: dateStyle.optional(),
  maxFileSize: maxFileSize.optional(),
};

/** House rules: only in `.factdesk.json`, where a newsroom keeps them in git with its drafts. */
const houseShape = {
  attributionVerbs: wordList('Extra reporting verbs, in their base form ("brief", "tweet"), that attribute a figure as "say" does.').optional(),
  trustedSources: wordList('Names that count as a source when the draft names them in the sentence of a figure ("Reuters", "the Office for National Statistics").').optional(),
  notFigures: wordList('Words or phrases that are never figures ("Fortune 500", "Big Four"); a number inside one is not flagged.').optional(),
};

const globs = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)], {
  error: 'a glob or a list of globs relative to this file, e.g. "opinion/**"',
});

const override = z.strictObject(
  {
    files: globs.meta({ description: 'The drafts this override applies to: globs relative to the folder of this .factdesk.json.' }),
    ...editorShape,
    ...houseShape,
  },
  { error: 'an object with "files" and the settings to change' },
);

export const editorSettingsSchema = z.strictObject(editorShape, { error: 'an object of Factdesk settings' });

export const workspaceFileSchema = z.strictObject(
  {
    $schema: z.string({ error: 'a URL or path of a JSON schema' }).optional().meta({ description: 'The JSON schema of this file, for editors other than VS Code.' }),
    ...editorShape,
    ...houseShape,
    overrides: z
      .array(override, { error: 'a list of { "files": ..., settings } objects' })
      .optional()
      .meta({ description: 'Per-folder settings: each entry\'s settings apply to the drafts its "files" globs match; later entries win. Lists are added to, rules merged.' }),
  },
  { error: 'an object of Factdesk settings' },
);

export type EditorSettings = z.infer<typeof editorSettingsSchema>;
export type WorkspaceFile = z.infer<typeof workspaceFileSchema>;
export type Override = z.infer<typeof override>;
export type Language = (typeof LANGUAGES)[number];

/** What each VS Code setting is when the user has not set it. */
export const EDITOR_DEFAULTS: Required<EditorSettings> = {
  rules: {},
  publicationDate: '',
  languages: ['markdown', 'plaintext'],
  dateStyle: 'day-month-year',
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
};
