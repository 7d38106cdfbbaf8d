import * as assert from 'node:assert/strict';
import { analyze } from '../analyze';
import { findIgnoreDirectives, withoutDirectiveLines } from './directives';

describe('ignore comments: finding them', () => {
  it('reads the three Markdown comments, with and without rule ids', () => {
    const text = 'A.\n<!-- factdesk-disable relative-date, undated-claim -->\nB.\n<!--factdesk-enable-->\n<!-- factdesk-ignore-next-line unattributed-figure -->\nC.\n';
    assert.deepEqual(findIgnoreDirectives(text, 'markdown'), [
      { kind: 'disable', rules: ['relative-date', 'undated-claim'], span: { start: 3, end: 57 } },
      { kind: 'enable', rules: null, span: { start: 61, end: 83 } },
      { kind: 'ignore-next-line', rules: ['unattributed-figure'], span: { start: 84, end: 138 } },
    ]);
  });

  it('reads a plain-text directive only when it is the whole line', () => {
    const text = 'factdesk-ignore-next-line\r\nWe said factdesk-disable here.\r\n  factdesk-disable relative-date  \r\n<!-- factdesk-enable -->\r\n';
    assert.deepEqual(findIgnoreDirectives(text, 'plaintext'), [
      { kind: 'ignore-next-line', rules: null, span: { start: 0, end: 25 } },
      { kind: 'disable', rules: ['relative-date'], span: { start: 59, end: 93 } },
      { kind: 'enable', rules: null, span: { start: 95, end: 119 } },
    ]);
  });

  it('a plain-text directive line is blanked, so it is never prose', () => {
    const text = 'Headline\n\nfactdesk-ignore-next-line relative-date\nIt rained on Thursday.\n';
    const directives = findIgnoreDirectives(text, 'plaintext');
    const masked = withoutDirectiveLines(text, 'plaintext', directives);
    assert.equal(masked, `Headline\n\n${' '.repeat(39)}\nIt rained on Thursday.\n`);
    const blocks = analyze(text, 'plaintext').blocks.map((b) => [b.start, b.text]);
    assert.deepEqual(blocks, [
      [0, 'Headline'],
      [50, 'It rained on Thursday.'],
    ]);
  });

  it('Markdown text is parsed as written', () => {
    const text = '<!-- factdesk-disable -->\nfactdesk-disable\n';
    assert.equal(withoutDirectiveLines(text, 'markdown', findIgnoreDirectives(text, 'markdown')), text);
  });

  it('Markdown: the same text in code or front matter is not a directive', () => {
    const text = [
      '---',
      'note: <!-- factdesk-disable -->',
      '---',
      '',
      'Write `<!-- factdesk-disable -->` to turn every rule off.',
      '',
      '```',
      '<!-- factdesk-disable relative-date -->',
      '```',
      '',
      '    <!-- factdesk-ignore-next-line -->',
      '',
      'Text <!-- factdesk-ignore-next-line undated-claim --> inline.',
      '',
      '<!-- factdesk-enable -->',
    ].join('\n');
    assert.deepEqual(
      findIgnoreDirectives(text, 'markdown').map((d) => [d.kind, d.rules]),
      [
        ['ignore-next-line', ['undated-claim']],
        ['enable', null],
      ],
    );
  });

  it('stays linear on a long run of would-be rule ids', () => {
    const text = `<!-- factdesk-disable${' a-b,'.repeat(20000)} -- >`;
    assert.deepEqual(findIgnoreDirectives(text, 'markdown'), []);
    assert.deepEqual(findIgnoreDirectives(text.slice(5), 'plaintext'), []);
  });
});
