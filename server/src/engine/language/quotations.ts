import type { Block } from '../document/block';
import type { Span } from '../types';

/**
 * The quoted passages of a block, as draft offsets: curly quotes pair up by direction, straight
 * ones in turn; a quotation still open at the end of the paragraph runs to its end (wire copy
 * closes a quote running over paragraphs only in the last one).
 */
export function quotations(block: Block): Span[] {
  const spans: Span[] = [];
  // Linear despite the lint's warning: each opening quote runs to its close or the end, so a
  // match never fails and the scan never restarts inside it.
  // eslint-disable-next-line regexp/no-super-linear-move
  for (const m of block.text.matchAll(/[“«][^”»]*(?:[”»]|$)|"[^"]*(?:"|$)/g)) {
    spans.push({ start: block.start + m.index, end: block.start + m.index + m[0].length });
  }
  return spans;
}

/** Whether `at` lies inside one of `spans` (in order, not overlapping): a binary search. */
export function isInside(spans: readonly Span[], at: Span): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end < at.end) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo];
  return s !== undefined && s.start <= at.start && at.end <= s.end;
}
