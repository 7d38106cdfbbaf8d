import { restates } from '../consistency/conversion';
import { isFootnoteDefinition } from '../language/attributions/citations';
import type { Figure } from '../language/figures';
import { SCALES } from '../language/figures/lexicon';
import type { Rule, RuleFinding } from './rule';

/**
 * `unattributed-figure`: who says so? Flags each figure whose sentence has no attribution of
 * its own or carried from the passage it continues (RULES.md). Not flagged: figures inside a
 * footnote definition or a source tag (they are the source), a headline or standfirst figure
 * that the body repeats (both summarise the body, where the source is given or flagged), and a
 * figure restated in another unit ("12 km (7.5 miles)"), which is flagged once, as the first.
 *
 * The finding's data is the figure's text only. The quick fixes work out the sources nearby
 * from the analysis when they are asked for (`fixes/sourcing.ts`); working them out here, for
 * every figure on every keystroke, was a sixth of what a keystroke allocated at 100k words.
 */
export const unattributedFigure: Rule = {
  id: 'unattributed-figure',
  description: 'A figure with no source: no reporting verb, "according to", attributed quote or citation.',
  defaultSeverity: 'warning',
  check(analysis, cache) {
    // Indexes built once: a draft (or one run-on "headline") with thousands of figures must not
    // make this rule quadratic.
    const { attributions } = analysis;
    const tags = attributions.filter((a) => a.kind === 'source-tag');
    // Only a headline or standfirst figure needs them: most drafts' figures are all in the body.
    // Listed once, not walked again for each headline figure: a run-on "headline" of 20,000
    // figures made that quadratic (30 s).
    let bodyFigures: Figure[] | undefined;
    const inBody = () => (bodyFigures ??= analysis.figures.filter((f) => analysis.blocks[analysis.sentences[f.sentence]!.block]!.role === 'body'));
    const findings: RuleFinding[] = [];
    // Figures and attributions both come in sentence order: one walk finds whether a figure's
    // sentence has an attribution, with no set of a long draft's attributed sentences made anew
    // on every keystroke.
    let a = 0;
    for (let i = 0; i < analysis.figures.length; i++) {
      const figure = analysis.figures[i]!;
      // "$40bn (£20.1bn)": a conversion is the figure before it again, flagged once with it.
      if (i > 0 && restates(analysis.figures[i - 1]!, figure, analysis.text)) continue;
      while (a < attributions.length && attributions[a]!.sentence < figure.sentence) a++;
      if (a < attributions.length && attributions[a]!.sentence === figure.sentence) continue;
      const sentence = analysis.sentences[figure.sentence]!;
      const block = analysis.blocks[sentence.block]!;
      if (isFootnoteDefinition(block, analysis.text) || (tags.length > 0 && tags.some((t) => t.cue.start <= figure.start && figure.end <= t.cue.end))) continue;
      if (block.role !== 'body' && repeatedInBody(figure, inBody())) continue;
      const kept = cache?.unattributedFigures.get(figure, figure.start, NO_INPUTS);
      if (kept) {
        findings.push(kept[0]!);
        continue;
      }
      const finding: RuleFinding = { message: messageFor(figure), span: { start: figure.start, end: figure.end }, data: { figure: figure.text } };
      cache?.unattributedFigures.set(figure, figure.start, NO_INPUTS, [finding]);
      findings.push(finding);
    }
    return findings;
  },
};

/**
 * Whether a figure is flagged is worked out on every analysis; the finding itself (its message,
 * span and data) is read from the figure alone, so it is kept while the figure is, and moved
 * with it: a new finding and message for each of a long draft's figures on every keystroke was
 * a ninth of what a keystroke allocated at 100k words.
 */
const NO_INPUTS: readonly unknown[] = [];

function messageFor(figure: Figure): string {
  return `Figure "${figure.text}" has no source: nothing in its sentence says who gives it (no "said", "according to", attributed quote or citation).`;
}

/**
 * A headline figure the body states too, with a value that fits it ("nearly 350" and "344.65").
 * A headline rounds to its scale word ("sales top $4bn" sums up "$4.2 billion") and writes
 * percentages as shares ("cuts risk by a third" sums up "33%"). A walk that stops at the first
 * fit, with nothing made for each body figure: this runs on every keystroke, over all of a
 * long draft's body figures for each unsourced headline figure.
 */
function repeatedInBody(figure: Figure, bodyFigures: readonly Figure[]): boolean {
  const unit = unitInPercent(figure);
  const low = figure.low * percentScale(figure);
  const high = figure.high * percentScale(figure);
  const rounding = roundingOf(figure);
  for (const body of bodyFigures) {
    if (unitInPercent(body) !== unit) continue;
    const slack = rounding + (figure.unit === 'share' || body.unit === 'share' ? SHARE_ROUNDING : 0);
    if (body.low * percentScale(body) <= high + slack && low - slack <= body.high * percentScale(body)) return true;
  }
  return false;
}

/** Percentage points a share word may round: "a third" for 31–35%, "half" for 48–52%. */
const SHARE_ROUNDING = 2;

/** A figure's unit, with shares ("a third") read as percentages. */
const unitInPercent = (f: Figure): string => (f.unit === 'share' ? 'percent' : (f.unit ?? ''));

/** What a figure's bounds are multiplied by to be in `unitInPercent`: a share of 1 is 100%. */
const percentScale = (f: Figure): number => (f.unit === 'share' ? 100 : 1);

/** Half the last written digit of a figure with a scale word: 0.5bn for "$4bn", 0.05m for "£1.2m"; 0 otherwise. */
function roundingOf(figure: Figure): number {
  const scale = figure.scale ? SCALES.get(figure.scale) : undefined;
  if (!scale) return 0;
  const decimals = /\d(?:\.(\d+))?/.exec(figure.text)?.[1]?.length ?? 0;
  return (0.5 * scale) / 10 ** decimals;
}
