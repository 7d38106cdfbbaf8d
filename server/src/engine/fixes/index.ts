import type { Analysis } from '../analysis';
import type { Finding } from '../types';
import { relativeDateFixes, resolveAllRelativeDates, undatedClaimFixes, type DateFixOptions } from './dates';
import type { Fix } from './fix';
import { ignoreHere } from './ignore';
import { sourcingFixes } from './sourcing';

export type FixOptions = DateFixOptions;

/**
 * The quick fixes for one finding, most useful first, then "Ignore here". `inconsistent-figure` has none of its
 * own: which value is right is the reporter's call, and its related mentions are the help.
 */
export function fixesFor(analysis: Analysis, finding: Finding, options: FixOptions = {}): Fix[] {
  const ignore = ignoreHere(analysis, finding);
  return ignore ? [...ruleFixes(analysis, finding, options), ignore] : ruleFixes(analysis, finding, options);
}

function ruleFixes(analysis: Analysis, finding: Finding, options: FixOptions): Fix[] {
  switch (finding.rule) {
    case 'unattributed-figure':
      return sourcingFixes(analysis, finding);
    case 'relative-date':
      return relativeDateFixes(analysis, finding, options);
    case 'undated-claim':
      return undatedClaimFixes(analysis, finding, options);
    case 'inconsistent-figure':
      return [];
  }
}

/** Fixes that act on the whole draft (LSP source actions). */
export function draftFixes(analysis: Analysis, options: FixOptions = {}): Fix[] {
  const all = resolveAllRelativeDates(analysis, options);
  return all ? [all] : [];
}

export { applyEdits, type Fix, type TextEdit } from './fix';
