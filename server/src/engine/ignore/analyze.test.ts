import * as assert from 'node:assert/strict';
import { analyze } from '../analyze';
import type { DraftFormat } from '../types';

/** Each finding as `rule line:text`, lines counted from 1. */
function findings(text: string, format: DraftFormat): string[] {
  return analyze(text, format).findings.map((f) => `${f.rule} ${text.slice(0, f.span.start).split('\n').length}:${text.slice(f.span.start, f.span.end)}`);
}

describe('ignore comments through analyze()', () => {
  it('Markdown: ignore-next-line and disable … enable silence relative dates in their place only', () => {
    const text = [
      '---',
      'date: 2016-04-07',
      '---',
      '',
      'Rebels entered the town on Thursday, the group said.',
      '',
      '<!-- factdesk-ignore-next-line -->',
      'Talks resume next week.',
      '',
      '<!-- factdesk-disable relative-date -->',
      'They met on Monday.',
      '',
      'And again on Tuesday.',
      '<!-- factdesk-enable relative-date -->',
      '',
      'The vote is on Friday.',
    ].join('\n');
    assert.deepEqual(findings(text, 'markdown'), ['relative-date 5:on Thursday', 'relative-date 16:on Friday']);
  });

  it('plain text: the directive line silences the next line and is not read as a sentence', () => {
    const text = 'Talks resume\n\nLast update: Thursday 7 April 2016\n\nfactdesk-ignore-next-line relative-date\nThe talks resume next week in Geneva.\nThey met on Monday.\n';
    assert.deepEqual(findings(text, 'plaintext'), ['relative-date 7:on Monday']);
    const sentences = analyze(text, 'plaintext').sentences.map((s) => text.slice(s.start, s.end));
    assert.ok(!sentences.some((s) => s.includes('factdesk')), JSON.stringify(sentences));
  });
});
