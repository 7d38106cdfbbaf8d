import type { RuleId } from '../engine/types';

/**
 * What an editor does about each rule's finding, for SARIF's `help` (GitHub code scanning shows
 * it beside the alert). The rule's one-line description lives with the rule itself.
 */
const RULE_HELP: Record<RuleId, string> = {
  'unattributed-figure':
    'Say where the figure comes from: a reporting verb with its source ("officials said"), "according to ...", a link or footnote, or a source tag. If the number is not a claim, add it to "notFigures" in .factdesk.json.',
  'inconsistent-figure':
    'Two mentions of the same quantity disagree. Check which value is right, correct the other, or say why both stand ("300, later revised to 250").',
  'relative-date':
    'Write the date out ("on Thursday (7 April 2016)") so the claim still reads right after publication day, or give the draft a publication date (front matter "date:", a dateline, or the "publicationDate" setting).',
  'undated-claim':
    'A running total or current level needs a date: add "as of <date>", an absolute date, or a dated attribution ("officials said on Monday").',
};

/** The help for a rule: what to do, then how to silence it in one place or change its severity. */
export function ruleHelp(id: RuleId): { text: string; markdown: string } {
  const ignore = (quote: (s: string) => string): string =>
    `To accept a finding in one place, put ${quote(`<!-- factdesk-ignore-next-line ${id} -->`)} (Markdown) or a line ${quote(`factdesk-ignore-next-line ${id}`)} (plain text) above it; to change the rule's severity, set ${quote('rules')} in .factdesk.json.`;
  return { text: `${RULE_HELP[id]}\n\n${ignore((s) => `"${s}"`)}`, markdown: `${RULE_HELP[id]}\n\n${ignore((s) => `\`${s}\``)}` };
}
