import * as assert from 'node:assert/strict';
import type { Finding, RuleId } from '../types';
import { findIgnoreDirectives } from './directives';
import { suppressIgnored } from './suppress';

/** A finding of `rule` on the first occurrence of `word` (rules are tested on their own). */
function at(text: string, word: string, rule: RuleId): Finding {
  const start = text.indexOf(word);
  assert.ok(start >= 0, word);
  return { rule, severity: 'warning', message: '', span: { start, end: start + word.length }, data: {} };
}

function kept(text: string, format: 'markdown' | 'plaintext', findings: Finding[]): string[] {
  return suppressIgnored(findings, findIgnoreDirectives(text, format), text).map((f) => `${f.rule} ${text.slice(f.span.start, f.span.end)}`);
}

describe('ignore comments: what they silence', () => {
  const md = [
    'Alpha on Monday.',
    '<!-- factdesk-disable relative-date -->',
    'Bravo on Tuesday, 300 people.',
    '<!-- factdesk-enable relative-date -->',
    'Charlie on Wednesday.',
    '<!-- factdesk-ignore-next-line -->',
    '',
    'Delta on Thursday, 400 people.',
    'Echo on Friday.',
    '<!-- factdesk-disable -->',
    'Foxtrot on Saturday, 500 people.',
    '<!-- factdesk-enable unattributed-figure -->',
    'Golf on Sunday, 600 people.',
  ].join('\n');

  it('disable … enable for one rule, next line for all, disable all then enable one', () => {
    const findings = [
      at(md, 'Monday', 'relative-date'),
      at(md, 'Tuesday', 'relative-date'),
      at(md, '300', 'unattributed-figure'),
      at(md, 'Wednesday', 'relative-date'),
      at(md, 'Thursday', 'relative-date'),
      at(md, '400', 'unattributed-figure'),
      at(md, 'Friday', 'relative-date'),
      at(md, 'Saturday', 'relative-date'),
      at(md, '500', 'unattributed-figure'),
      at(md, 'Sunday', 'relative-date'),
      at(md, '600', 'unattributed-figure'),
    ];
    assert.deepEqual(kept(md, 'markdown', findings), [
      'relative-date Monday',
      'unattributed-figure 300',
      'relative-date Wednesday',
      'relative-date Friday',
      'unattributed-figure 600',
    ]);
  });

  it('ignore-next-line with ids silences only those rules on that line', () => {
    const text = 'factdesk-ignore-next-line undated-claim relative-date\nKilled 300 on Monday.\nOn Tuesday.\n';
    const findings = [at(text, '300', 'unattributed-figure'), at(text, '300', 'undated-claim'), at(text, 'Monday', 'relative-date'), at(text, 'Tuesday', 'relative-date')];
    assert.deepEqual(kept(text, 'plaintext', findings), ['unattributed-figure 300', 'relative-date Tuesday']);
  });

  it('a finding before a disable is kept; an unknown rule id silences nothing', () => {
    const text = 'On Monday.\n<!-- factdesk-disable relative-dates -->\nOn Tuesday.';
    assert.deepEqual(kept(text, 'markdown', [at(text, 'Monday', 'relative-date'), at(text, 'Tuesday', 'relative-date')]), ['relative-date Monday', 'relative-date Tuesday']);
  });
});
