import type { Rule } from './rule';

/**
 * `relative-date`: a time expression whose meaning depends on the day of writing or that leaves
 * out the year. TODO(issue 2): flag each one with its resolved TimeML value.
 */
export const relativeDate: Rule = {
  id: 'relative-date',
  description: 'A time expression that depends on the day of writing or leaves out the year.',
  defaultSeverity: 'warning',
  check: () => [],
};
