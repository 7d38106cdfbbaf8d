import * as assert from 'node:assert/strict';
import type { Analysis } from '../analysis';
import { analyze } from '../analyze';
import type { EngineSettings } from '../settings';
import type { DraftFormat, Finding, RuleId } from '../types';
import { fixesFor, type Fix } from '.';
import { applyEdits } from './fix';

/**
 * Shared steps of the quick-fix tests: apply a fix as an editor would, re-analyse, and check
 * that the finding is gone and no word of the draft was lost.
 */

/** The words of a text, in order: a fix may add words but never remove or reorder one. */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function assertWordsKept(before: string, after: string): void {
  const kept = words(after);
  let i = 0;
  for (const w of words(before)) {
    while (i < kept.length && kept[i] !== w) i++;
    assert.ok(i < kept.length, `the fix removed or moved "${w}"`);
    i++;
  }
}

export function findingOf(analysis: Analysis, rule: RuleId, text: string): Finding {
  const found = analysis.findings.find((f) => f.rule === rule && analysis.text.slice(f.span.start, f.span.end).includes(text));
  assert.ok(found, `no ${rule} finding on "${text}" in: ${JSON.stringify(analysis.findings.map((f) => [f.rule, analysis.text.slice(f.span.start, f.span.end)]))}`);
  return found;
}

export function fixTitled(fixes: Fix[], title: string): Fix {
  const fix = fixes.find((f) => f.title === title);
  assert.ok(fix, `no fix "${title}" in ${JSON.stringify(fixes.map((f) => f.title))}`);
  return fix;
}

/**
 * Applies the fix titled `title` on the `rule` finding on `text`, re-analyses, and checks that
 * the finding is gone and every word of the draft is still there. Returns the new draft.
 */
export function applyFix(draft: string, format: DraftFormat, rule: RuleId, text: string, title: string, settings: EngineSettings = {}, fill?: (s: string) => string): string {
  const before = analyze(draft, format, settings);
  const finding = findingOf(before, rule, text);
  const fix = fixTitled(fixesFor(before, finding, settings), title);
  let after = applyEdits(draft, fix.edits);
  if (fill) after = fill(after);
  assertWordsKept(draft, after);
  const again = analyze(after, format, settings);
  const quoted = draft.slice(finding.span.start, finding.span.end);
  const left = again.findings.filter((f) => f.rule === rule && again.text.slice(f.span.start, f.span.end) === quoted);
  assert.deepEqual(left.map((f) => f.message), [], `the ${rule} finding on "${quoted}" is still there after "${title}"`);
  return after;
}

/** Front matter with the seed story's publication date, Thursday 7 April 2016. */
export const WIRE = '---\ndate: 2016-04-07\n---\n\n';
