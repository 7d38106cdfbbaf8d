import type { Block } from '../document/block';
import type { Figure } from '../language/figures';
import { findPhrases } from './phrases';

/**
 * House rule `notFigures`: a number inside one of the newsroom's listed phrases ("Fortune 500",
 * "Big Four") is not a claim, so it is not a figure for any rule.
 */
export function withoutHouseNotFigures(figures: Figure[], blocks: readonly Block[], phrases: readonly string[] | undefined): Figure[] {
  const spans = findPhrases(blocks, phrases);
  if (spans.length === 0) return figures;
  return figures.filter((f) => !spans.some((s) => f.start < s.end && s.start < f.end));
}
