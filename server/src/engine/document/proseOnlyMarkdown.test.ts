import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { micromarkTree } from './markdown';
import { proseOnlyTree } from './proseOnlyMarkdown';

/** Lines a draft may hold: plain prose and headings, and near misses micromark reads otherwise. */
const LINES = [
  '',
  'The office said 31 people died.',
  'Rebels took “al-Rai” on Thursday (AFP).',
  'A $40 billion (£20.1 billion) deal, up 4.5% — or so.',
  'Wow! Not a link.',
  'Price: 5 + 3 = 8, #1 seller, x-ray.',
  '😀 émigré Ünïcode',
  '\u00a0non-breaking start',
  '\fform feed',
  '# Floods kill 31',
  '###### Six marks',
  '####### Seven marks',
  '# Closed heading #',
  '# Heading ends in C#',
  '#No space',
  '#',
  '#  Two spaces',
  '- a bullet',
  '-5 degrees',
  '+ plus',
  '1. first',
  '1) first',
  '2008. A year',
  '2008 was a year',
  '> quoted',
  '    indented code',
  ' one space',
  'trailing space ',
  'hard break  ',
  '===',
  '---',
  '--- ',
  '***',
  '___',
  '...',
  'x & y',
  'a *stressed* word',
  'snake_case',
  'some `code`',
  '[a link](https://example.com)',
  'see www.example.com',
  'see WWW.EXAMPLE.COM',
  'at http://example.com',
  'mail a@b.co',
  '~~struck~~',
  'a | b',
  '| - | - |',
  '<b>html</b>',
  '\\* escaped',
  'tab\there',
  '\ttab first',
  'carriage\rreturn',
  'nul\0char',
  'title: front matter',
  '```',
  '[^1]: a note',
  'See [the report](https://example.org) and [^1] now.',
  'He said *no* and __yes__ and ~~maybe~~.',
  'a `code` b, <b>bold</b>, AT&amp;T, 5 &lt; 6',
  'Write to me@example.org or visit www.example.com today.',
  'An escaped \\* star and a hard break\\',
  'A [reference][ref] and ![an image](x.png)',
  '# Title with *emphasis*',
  '## Closed #',
  '# C#',
  '&amp; at the start',
  '!important at the start',
  ':-',
  ':--:',
  ': Secretary: “No, Sir.”',
  'Note: a colon',
];

const draft = fc.array(fc.constantFrom(...LINES), { maxLength: 12 }).map((lines) => lines.join('\n'));
const withFrontMatter = fc.tuple(fc.array(fc.constantFrom(...LINES), { maxLength: 4 }), draft).map(([yaml, body]) => ['---', ...yaml, '---', body].join('\n'));
const anyDraft = fc.oneof(draft, withFrontMatter, fc.string({ unit: fc.constantFrom('a', ' ', '\n', '#', '-', '1', '.', '*', '>', '\t', '\r', '\uFEFF'), maxLength: 30 }));

describe('proseOnlyTree: micromark\'s tree of plain-prose drafts, read in one pass', () => {
  it('gives exactly micromark\'s tree whenever it reads a draft (random drafts of prose and near misses)', () => {
    let read = 0;
    fc.assert(
      fc.property(anyDraft, (text) => {
        const tree = proseOnlyTree(text, micromarkTree);
        if (tree === null) return;
        read++;
        assert.deepEqual(tree, micromarkTree(text));
      }),
      { numRuns: 3000 },
    );
    // Not a vacuous pass: a good share of the drafts are plain prose and were read.
    assert.ok(read > 300, `only ${read} drafts read`);
  });

  it('reads a draft of front matter, headings and paragraphs', () => {
    const text = '---\ntitle: "Floods"\ndate: 2024-05-16\n---\n# Floods kill 31\n\nThe office said 31 died.\nIt was raining.\n## Aid\nAid came.\n';
    const tree = proseOnlyTree(text, micromarkTree);
    assert.deepEqual(tree, micromarkTree(text));
    assert.deepEqual(
      tree?.children.map((n) => [n.type, n.position?.start.offset, n.position?.end.offset]),
      [
        ['yaml', 0, 40],
        ['heading', 41, 57],
        ['paragraph', 59, 99],
        ['heading', 100, 106],
        ['paragraph', 107, 116],
      ],
    );
  });

  it('leaves to micromark every draft with other syntax', () => {
    for (const text of ['- a bullet', '*a* word', '[x]: /u', 'a | b', '---\nunclosed', '---\na\n--- \nb', '\uFEFFbom', 'a\n===', '1. one', 'tab\there', 'Word\n:-'])
      assert.equal(proseOnlyTree(text, micromarkTree), null, text);
  });
});
