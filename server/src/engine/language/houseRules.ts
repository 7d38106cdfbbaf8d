import type { EngineSettings } from '../settings';

/**
 * A newsroom's house rules (`.factdesk.json`), compiled once per analysis: extra reporting
 * verbs, names that are a source wherever they stand with a figure, and words that are never
 * figures. Phrases match case-insensitively as whole words.
 */
export interface HouseRules {
  /** Extra verb forms → base form ("briefs" → "brief"); they attribute as "say" does. */
  attributionVerbs: ReadonlyMap<string, string>;
  trustedSources: RegExp | null;
  notFigures: RegExp | null;
}

export const NO_HOUSE_RULES: HouseRules = { attributionVerbs: new Map(), trustedSources: null, notFigures: null };

export function houseRules(settings: EngineSettings): HouseRules {
  if (!settings.attributionVerbs?.length && !settings.trustedSources?.length && !settings.notFigures?.length) return NO_HOUSE_RULES;
  const verbs = new Map<string, string>();
  for (const raw of settings.attributionVerbs ?? []) {
    const base = raw.trim().toLowerCase();
    if (/^[a-z]+$/.test(base)) for (const form of verbForms(base)) verbs.set(form, base);
  }
  return { attributionVerbs: verbs, trustedSources: wholeWords(settings.trustedSources), notFigures: wholeWords(settings.notFigures) };
}

/** "brief" → brief, briefs, briefed, briefing; "tally" → tallies, tallied; "post" → posted. */
function verbForms(base: string): string[] {
  if (/[^aeiou]y$/.test(base)) return [base, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`];
  const s = /(s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : `${base}s`;
  const ed = base.endsWith('e') ? `${base}d` : `${base}ed`;
  const ing = base.endsWith('e') ? `${base.slice(0, -1)}ing` : `${base}ing`;
  return [base, s, ed, ing];
}

/** One case-insensitive regex for a list of phrases, each bounded by non-word characters. */
function wholeWords(phrases: readonly string[] | undefined): RegExp | null {
  const clean = (phrases ?? []).map((p) => p.trim()).filter((p) => p !== '');
  if (clean.length === 0) return null;
  const alternatives = clean.sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** The spans of a regex's matches in a piece of prose that starts at `offset`. */
export function matchSpans(re: RegExp | null, prose: string, offset: number): { start: number; end: number; text: string }[] {
  if (!re) return [];
  return [...prose.matchAll(re)].map((m) => ({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] }));
}
