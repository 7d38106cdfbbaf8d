import { findInconsistencies } from '../consistency';
import type { Rule } from './rule';

/**
 * `inconsistent-figure`: figures in one draft that describe the same thing and do not agree
 * (RULES.md). The finding sits on one mention and lists the others as related information, so
 * the desk sees every place to check. Values that can both be true but differ (a range and a
 * point inside it, two lower bounds) are information; values that cannot are a warning.
 */
export const inconsistentFigure: Rule = {
  id: 'inconsistent-figure',
  description: 'Figures in one draft that describe the same thing and do not agree.',
  defaultSeverity: 'warning',
  check: (analysis, cache) =>
    findInconsistencies(analysis, cache?.comparisons).map((i) => ({
      span: i.span,
      message: i.message,
      severity: i.severity,
      data: { kind: i.kind },
      related: i.related,
    })),
};
