import * as assert from 'node:assert/strict';
import { analyze } from '../analyze';

const ignoreCommentProblems = (text: string, format: 'markdown' | 'plaintext') => analyze(text, format).ignoreProblems;

describe('ignore comments: rule ids that name no rule', () => {
  it('points at each unknown id, in both forms', () => {
    const md = 'A.\n<!-- factdesk-disable relative-date, relative-dates -->\n<!-- factdesk-enable undated -->\n';
    const problems = ignoreCommentProblems(md, 'markdown');
    assert.deepEqual(
      problems.map((p) => [md.slice(p.span.start, p.span.end), p.message]),
      [
        ['relative-dates', 'unknown rule "relative-dates" in an ignore comment; rules: unattributed-figure, inconsistent-figure, relative-date, undated-claim'],
        ['undated', 'unknown rule "undated" in an ignore comment; rules: unattributed-figure, inconsistent-figure, relative-date, undated-claim'],
      ],
    );
    assert.deepEqual(ignoreCommentProblems('factdesk-ignore-next-line disable\nText.\n', 'plaintext'), [
      { span: { start: 26, end: 33 }, message: 'unknown rule "disable" in an ignore comment; rules: unattributed-figure, inconsistent-figure, relative-date, undated-claim' },
    ]);
    assert.deepEqual(ignoreCommentProblems('<!-- factdesk-disable -->\n', 'markdown'), []);
  });

  it('reads the whole draft, past the size limit too, where the rules do not look', () => {
    const text = `${'The flood hit the town.\n\n'.repeat(60)}<!-- factdesk-disable relative-dates -->\n`;
    const analysis = analyze(text, 'markdown', { maxFileSize: 1000 });
    assert.ok(analysis.sizeLimit);
    assert.deepEqual(
      analysis.ignoreProblems.map((p) => text.slice(p.span.start, p.span.end)),
      ['relative-dates'],
    );
  });
});
