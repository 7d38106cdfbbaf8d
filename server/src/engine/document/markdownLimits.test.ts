import * as assert from 'node:assert/strict';
import { parseDraft } from './draft';
import { exceedsMarkdownLimits, MAX_LIST_ITEMS, MAX_NESTING } from './markdownLimits';

describe('Markdown the parser cannot take', () => {
  it('counts nesting and list items as CommonMark opens them', () => {
    assert.equal(exceedsMarkdownLimits(`${'> - 1. '.repeat(MAX_NESTING / 3)}deep but fine`), false);
    assert.equal(exceedsMarkdownLimits(`${'> '.repeat(MAX_NESTING + 1)}x`), true);
    assert.equal(exceedsMarkdownLimits('- a\n'.repeat(MAX_LIST_ITEMS)), false);
    assert.equal(exceedsMarkdownLimits('- a\n'.repeat(MAX_LIST_ITEMS + 1)), true);
    // Figures and years at the start of a line are not list markers.
    assert.equal(exceedsMarkdownLimits('1.5 million fled.\n2016 was worse.\n-3 degrees.\n'.repeat(MAX_LIST_ITEMS)), false);
  });

  it('ten thousand nested block quotes overflowed the stack: read as plain text, the words kept', () => {
    const text = `${'> '.repeat(10000)}31 people died\n`;
    const blocks = parseDraft(text, 'markdown').blocks;
    assert.deepEqual(blocks.map((b) => [b.start, b.text.length, b.text.slice(-14)]), [[0, 20014, '31 people died']]);
  });

  it('thousands of list items with nested lists took quadratic time: read as plain text', () => {
    const text = '- a\n  - b\n'.repeat(4000);
    const blocks = parseDraft(text, 'markdown').blocks;
    assert.equal(blocks.length, 8000);
    assert.deepEqual(blocks.slice(0, 2).map((b) => [b.start, b.text]), [[0, '- a'], [6, '- b']]);
  });

  it('still reads an ordinary nested list as Markdown', () => {
    const blocks = parseDraft('- 612 in Kessa\n  - 401 in Dunmore\n', 'markdown').blocks;
    assert.deepEqual(blocks.map((b) => [b.kind, b.text.trim()]), [['list-item', '612 in Kessa'], ['list-item', '401 in Dunmore']]);
  });
});
