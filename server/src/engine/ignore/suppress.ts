import { RULE_IDS, type Finding } from '../types';
import { LineIndex } from '../positions';
import type { IgnoreDirective } from './directives';

/**
 * Drops the findings that ignore comments silence. A finding is silenced when its start lies
 * after a `disable` of its rule and before the next `enable` of it, or on the first non-blank
 * line after an `ignore-next-line` that names its rule (or names none). Each rule is tracked on
 * its own, so `disable` (all) followed by `enable relative-date` turns only that one back on.
 */
export function suppressIgnored(findings: Finding[], directives: readonly IgnoreDirective[], text: string): Finding[] {
  if (directives.length === 0) return findings;
  const regions = disabledRegions(directives, text.length);
  const nextLines = ignoredLines(directives, text);
  const lines = new LineIndex(text);
  return findings.filter((f) => {
    if (regions.get(f.rule)?.some((r) => f.span.start >= r.start && f.span.start < r.end)) return false;
    const line = nextLines.size ? lines.positionAt(f.span.start).line : -1;
    const rules = nextLines.get(line);
    return !(rules && (rules === 'all' || rules.has(f.rule)));
  });
}

function disabledRegions(directives: readonly IgnoreDirective[], length: number): Map<string, { start: number; end: number }[]> {
  const open = new Map<string, number>();
  const regions = new Map<string, { start: number; end: number }[]>();
  const close = (rule: string, at: number): void => {
    const start = open.get(rule);
    if (start === undefined) return;
    open.delete(rule);
    regions.set(rule, [...(regions.get(rule) ?? []), { start, end: at }]);
  };
  for (const d of directives) {
    const rules = d.rules ?? RULE_IDS;
    if (d.kind === 'disable') for (const r of rules) if (!open.has(r)) open.set(r, d.span.end);
    if (d.kind === 'enable') for (const r of rules) close(r, d.span.start);
  }
  for (const rule of [...open.keys()]) close(rule, length);
  return regions;
}

/** The line each `ignore-next-line` silences: the first line after it with any text on it. */
function ignoredLines(directives: readonly IgnoreDirective[], text: string): Map<number, Set<string> | 'all'> {
  const lines = new LineIndex(text);
  const out = new Map<number, Set<string> | 'all'>();
  for (const d of directives) {
    if (d.kind !== 'ignore-next-line') continue;
    const next = /\S/g;
    next.lastIndex = lineEnd(text, d.span.end);
    const target = next.exec(text);
    if (!target) continue;
    const line = lines.positionAt(target.index).line;
    const before = out.get(line);
    out.set(line, d.rules === null || before === 'all' ? 'all' : new Set([...(before ?? []), ...d.rules]));
  }
  return out;
}

const REST_OF_LINE = /[^\r\n]*/y;

function lineEnd(text: string, from: number): number {
  REST_OF_LINE.lastIndex = from;
  REST_OF_LINE.exec(text);
  return REST_OF_LINE.lastIndex;
}
