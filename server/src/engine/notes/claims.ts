import type { Analysis } from '../analysis';
import type { Attribution } from '../language/attributions';
import type { Figure } from '../language/figures';

/**
 * The attribution that sources a figure: one covering the figure's sentence, the nearest cue
 * first. Citations and source tags count; the source name is what the draft wrote.
 */
export function sourceOf(analysis: Analysis, figure: Figure): Attribution | undefined {
  let best: Attribution | undefined;
  for (const a of analysis.attributions) {
    if (a.sentence !== figure.sentence) continue;
    if (!best || distance(a, figure) < distance(best, figure)) best = a;
  }
  return best;
}

/**
 * Other mentions of the same quantity: figures that count the same thing in the same unit,
 * plus whatever an `inconsistent-figure` finding on this figure points at.
 */
export function otherMentions(analysis: Analysis, figure: Figure): Figure[] {
  const related = new Set<Figure>();
  if (figure.counts) {
    for (const f of analysis.figures) if (f !== figure && f.counts === figure.counts && f.unit === figure.unit) related.add(f);
  }
  for (const finding of analysis.findings) {
    if (finding.rule !== 'inconsistent-figure') continue;
    const spans = [finding.span, ...(finding.related ?? []).map((r) => r.span)];
    if (!spans.some((s) => s.start < figure.end && figure.start < s.end)) continue;
    for (const s of spans) {
      const other = analysis.figures.find((f) => f !== figure && f.start < s.end && s.start < f.end);
      if (other) related.add(other);
    }
  }
  return [...related].sort((a, b) => a.start - b.start);
}

function distance(a: Attribution, figure: Figure): number {
  return a.cue.start >= figure.end ? a.cue.start - figure.end : Math.max(0, figure.start - a.cue.end);
}
