import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../analyze';
import { claimNote } from '../notes/hoverNote';
import { buildReport, reportHtml, reportMarkdown } from '../report';
import { applyEdits, draftFixes, fixesFor } from '.';
import { assertWordsKept } from './fixTestkit';

// Pieces that put findings where fixes are hardest to place: line and container starts, quotes,
// code, comments, footnotes, CRLF and astral characters, with and without a publication date.
const PIECES = [
  '300', 'more than 1,200', 'millions', 'have been killed', 'stands at', 'said', 'the ministry said', 'according to Sana', 'on Thursday',
  'next week', 'in recent months', 'last year', '(2015)', '"', '“', '”', '[^1]', '[^1]: Ministry', '[source: X]', '`code`', '<!-- x -->',
  '\n', '\n\n', '\r\n', '> ', '- ', '1. ', '# ', '```\n', '.', ',', ' ', '😀', 'Prosecutors', 'The office',
];
const draft = fc
  .tuple(fc.boolean(), fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }))
  .map(([dated, parts]) => `${dated ? '---\ndate: 2016-04-07\n---\n\n' : ''}${parts.join(' ')}`);

describe('fixes, hovers and the report on any input', () => {
  it('never throw; every fix only inserts, inside the draft, and keeps every word', () => {
    fc.assert(
      fc.property(draft, fc.constantFrom('plaintext' as const, 'markdown' as const), (text, format) => {
        const a = analyze(text, format);
        const fixes = [...a.findings.flatMap((f) => fixesFor(a, f)), ...draftFixes(a)];
        for (const fix of fixes) {
          for (const e of [...fix.edits, ...(fix.snippet ?? [])]) assert.ok(e.start === e.end && e.start >= 0 && e.end <= text.length, JSON.stringify(e));
          assertWordsKept(text, applyEdits(text, fix.edits));
        }
        for (let at = 0; at <= text.length; at += 7) {
          const note = claimNote(a, at);
          if (note) assert.ok(note.span.start >= 0 && note.span.end <= text.length && note.markdown.length > 0);
        }
        const report = buildReport(a, 'draft');
        reportMarkdown(report);
        // The draft's own markup never reaches the page unescaped.
        assert.ok(!reportHtml(report, { nonce: 'n' }).includes('<!-- x'));
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
