import * as assert from 'node:assert/strict';
import { parseDraft } from './draft';

/** The prose of each block, trimmed, for compact assertions. */
const prose = (text: string, format: 'markdown' | 'plaintext') => parseDraft(text, format).blocks.map((b) => b.text.trim());

describe('parseDraft: Markdown', () => {
  it('leaves front matter, code blocks, inline code, HTML comments and URLs out of the prose', () => {
    const text = ['---', 'title: "Inflation at 6.8%"', 'date: 2024-05-16', '---', '', 'Prices rose `3%` in <!-- 12 --> April, [the office](https://x.example/2024-04) said.', '', '```', 'x = 42', '```', ''].join('\n');
    assert.deepEqual(prose(text, 'markdown'), ['Prices rose      in             April,  the office                             said.']);
  });

  it('keeps offsets: every block text has the length of the source it covers', () => {
    const text = '# Dow falls **340** points\n\nIt fell 344.65.\n';
    const draft = parseDraft(text, 'markdown');
    assert.deepEqual(
      draft.blocks.map((b) => [b.start, b.text.length, b.kind, b.role]),
      [
        [0, 26, 'heading', 'headline'],
        [28, 15, 'paragraph', 'body'],
      ],
    );
    assert.equal(draft.blocks[0]!.text, '  Dow falls   340   points');
  });

  it('records links and footnote references as citations', () => {
    const text = 'Cases rose 40 percent[^1], [the report](https://r.example) says.\n\n[^1]: Ministry, 2024.\n';
    const [first] = parseDraft(text, 'markdown').blocks;
    assert.deepEqual(first!.citations.map((c) => text.slice(c.start, c.end)), ['[^1]', '[the report](https://r.example)']);
  });

  it('numbers list items and table cells', () => {
    const text = '- 612 in Kessa\n- 401 in Dunmore\n\n| District | Cases |\n| --- | --- |\n| Kessa | 612 |\n';
    const blocks = parseDraft(text, 'markdown').blocks;
    assert.deepEqual(blocks.map((b) => [b.kind, b.list ?? null, b.cell ?? null]), [
      ['list-item', { id: 0, index: 0 }, null],
      ['list-item', { id: 0, index: 1 }, null],
      ['table-cell', null, { table: 0, row: 0, column: 0 }],
      ['table-cell', null, { table: 0, row: 0, column: 1 }],
      ['table-cell', null, { table: 0, row: 1, column: 0 }],
      ['table-cell', null, { table: 0, row: 1, column: 1 }],
    ]);
  });

  it('reads the first heading as the headline and a following line without a full stop as the standfirst', () => {
    const roles = parseDraft('# Floods kill 31\n\n*Rescue teams reach villages*\n\nThe office said 31 died.\n', 'markdown').blocks.map((b) => b.role);
    assert.deepEqual(roles, ['headline', 'standfirst', 'body']);
  });
});

describe('parseDraft: plain text', () => {
  it('splits wire copy into headline, standfirst and stacked short lines', () => {
    const text = 'Rebels seize crossing: report\n\n\nActivist group says crossing was taken\n\nPicture (AFP)\nLast update: \nThursday 7 April 2016 17:53 UTC\n\nRebels seized the town, the group said.\n';
    assert.deepEqual(
      parseDraft(text, 'plaintext').blocks.map((b) => [b.role, b.text]),
      [
        ['headline', 'Rebels seize crossing: report'],
        ['standfirst', 'Activist group says crossing was taken'],
        ['body', 'Picture (AFP)'],
        ['body', 'Last update:'],
        ['body', 'Thursday 7 April 2016 17:53 UTC'],
        ['body', 'Rebels seized the town, the group said.'],
      ],
    );
  });

  it('keeps a hard-wrapped paragraph whole and turns its line breaks into spaces', () => {
    const text = 'The county disaster office said on Sunday that 31 people\r\nhad died in floods in the Kelo delta.\r\n';
    const blocks = parseDraft(text, 'plaintext').blocks;
    assert.equal(blocks.length, 1);
    assert.equal(blocks[0]!.text, 'The county disaster office said on Sunday that 31 people  had died in floods in the Kelo delta.');
  });

  it('skips a byte-order mark and front matter', () => {
    const text = '\uFEFF---\ndate: 2024-01-02\n---\nIt rose.\n';
    const blocks = parseDraft(text, 'plaintext').blocks;
    assert.deepEqual(blocks.map((b) => [b.start, b.text]), [[26, 'It rose.']]);
  });
});
