import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Analysis } from './analysis';
import { analyze } from './analyze';
import { markdownBlocks } from './document/markdown';
import { MarkdownCache } from './document/markdownCache';
import { parseDraft } from './document/draft';
import { PlainTextCache } from './document/plainTextCache';
import { DraftCache } from './draftCache';
import type { DraftFormat } from './types';

/** An analysis with each sentence's tokens as a field: they are kept behind a getter (`PlacedSentence`), which deepEqual does not read. */
const withTokens = (a: Analysis) => ({ ...a, sentences: a.sentences.map((s) => ({ ...s, tokens: s.tokens })) });
const fixture = (name: string): string => readFileSync(join(__dirname, '..', '..', '..', 'test-fixtures', name), 'utf8');
const STRUCTURES = fixture('markdown-structures.md');
const WIRE = fixture('sample-wire.txt');

/** Text that changes Markdown structure when typed: fences, markers, underlines, definitions. */
const SNIPPETS = ['x', '7', ' ', '\n', '\n\n', '```', '~~~\n', '- ', '1. ', '> ', '    ', '===\n', '---\n', '| a | b |\n| - | - |\n', '<!--', '-->', '[plan]', '[^1]', '[^2]: note\n', '[new]: /u\n', '#', '*', '`', '<div>\n', '\r\n', '😀'];

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

const apply = (text: string, e: Edit): string => {
  const at = Math.min(e.at, text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
};

const edits = (maxAt: number): fc.Arbitrary<Edit[]> =>
  fc.array(fc.record({ at: fc.nat(maxAt), remove: fc.oneof(fc.constant(0), fc.nat(12)), insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.constant('')) }), { minLength: 1, maxLength: 6 });

describe('MarkdownCache: a re-parse after edits gives the blocks of a full parse', function () {
  // Hundreds of parses: room for a loaded machine, not a timing assertion.
  this.timeout(120_000);
  it('for random edits that open and close fences, lists, quotes, tables, comments and definitions', () => {
    fc.assert(
      fc.property(edits(STRUCTURES.length), (steps) => {
        const cache = new MarkdownCache();
        let text = STRUCTURES;
        cache.blocks(text);
        for (const step of steps) {
          text = apply(text, step);
          assert.deepEqual(cache.blocks(text), markdownBlocks(text));
        }
      }),
      { numRuns: 80 },
    );
  });

  it('a fence opened mid-draft pairs with the next fence and hides the link definition', () => {
    const cache = new MarkdownCache();
    const at = STRUCTURES.indexOf('- Roads');
    const opened = `${STRUCTURES.slice(0, at)}\`\`\`\n${STRUCTURES.slice(at)}`;
    const before = cache.blocks(STRUCTURES);
    const after = cache.blocks(opened);
    assert.deepEqual(after, markdownBlocks(opened));
    // The old closing fence now opens a block that runs to the end, definitions and all, so
    // neither "[^1]" nor "[the plan][plan]" cites anything any more.
    assert.deepEqual(
      after.map((b) => [b.kind, b.text.trim().slice(0, 20), b.citations.length]),
      [
        ['heading', 'Council approves £4.', 0],
        ['paragraph', 'Spending on roads ri', 0],
        ['paragraph', 'HARWICK, 16 May 2024', 0],
        ['paragraph', 'Residents said [the ', 1],
        ['paragraph', 'total = 4.2  # not p', 0],
      ],
    );
    assert.deepEqual(cache.blocks(STRUCTURES), before);
  });

  it('after front matter that never closed, the next edit parses the whole draft again', () => {
    // "---" alone on the first line: micromark opens no list anywhere after it; "--" undoes that.
    const cache = new MarkdownCache();
    const unclosed = STRUCTURES.replace(/^---\n[\s\S]*?\n---\n/, '---\n\n');
    const lists = (blocks: ReturnType<typeof markdownBlocks>) => blocks.filter((b) => b.kind === 'list-item').length;
    assert.equal(lists(cache.blocks(unclosed)), 0);
    assert.equal(lists(cache.blocks(unclosed.slice(1))), 7);
    assert.deepEqual(cache.blocks(unclosed.slice(1)), markdownBlocks(unclosed.slice(1)));
  });

  it('removing the only definition of a footnote reaches the reference at the top', () => {
    const cache = new MarkdownCache();
    const withNote = cache.blocks(STRUCTURES);
    const without = STRUCTURES.replace('[^1]: Harwick Council minutes, 16 May 2024.\n', '');
    const blocks = cache.blocks(without);
    assert.deepEqual(blocks, markdownBlocks(without));
    const dateline = (bs: typeof blocks) => bs.find((b) => b.text.startsWith('HARWICK'))!;
    assert.deepEqual([dateline(withNote).citations.length, dateline(blocks).citations.length], [1, 0]);
  });
});

describe('MarkdownCache: blocks kept across edits', () => {
  it('a heading kept across an edit is the headline only while it comes first', () => {
    const cache = new MarkdownCache();
    const roles = (text: string) => parseDraft(text, 'markdown', { markdown: cache, plainText: new PlainTextCache() }).blocks.map((b) => [b.kind, b.role]);
    const draft = '# Port strike ends\n\nDockers voted to return.\n';
    assert.deepEqual(roles(draft), [['heading', 'headline'], ['paragraph', 'body']]);
    assert.deepEqual(roles(`Updated at noon.\n\n${draft}`), [['paragraph', 'body'], ['heading', 'body'], ['paragraph', 'body']]);
    assert.deepEqual(roles(draft), [['heading', 'headline'], ['paragraph', 'body']]);
  });

  it('gives a chunk that only moved the same block objects, at their new offsets', () => {
    const cache = new MarkdownCache();
    const draft = `${['One.', 'Two.', 'Three.', 'Four.', 'Five.'].join('\n\n')}\n\nSix, with [a link](https://example.org).\n`;
    const last = cache.blocks(draft).at(-1)!;
    const moved = cache.blocks(`More. ${draft}`).at(-1)!;
    assert.equal(moved, last);
    assert.deepEqual([moved.start, moved.citations], [40, [{ start: 50, end: 79 }]]);
    assert.deepEqual(cache.blocks(`More. ${draft}`), markdownBlocks(`More. ${draft}`));
  });
});

describe('DraftCache: analysing after an edit equals analysing from scratch', function () {
  this.timeout(120_000);
  // Settings that reach past the cached block work: a fallback date, house verbs and phrases.
  const SETTINGS = { publicationDate: '2024-05-16', attributionVerbs: ['put'], notFigures: ['9 to 4'] };
  const drafts: [string, string, DraftFormat][] = [
    ['Markdown structures', STRUCTURES, 'markdown'],
    ['a wire story in plain text', WIRE, 'plaintext'],
    ['a wire story read as Markdown', WIRE, 'markdown'],
  ];
  for (const [name, original, format] of drafts) {
    it(`on ${name}`, () => {
      fc.assert(
        fc.property(edits(original.length), (steps) => {
          const cache = new DraftCache();
          let text = original;
          analyze(text, format, {}, cache);
          for (const step of steps) {
            text = apply(text, step);
            assert.deepEqual(withTokens(analyze(text, format, SETTINGS, cache)), withTokens(analyze(text, format, SETTINGS)));
          }
        }),
        { numRuns: 12 },
      );
    });
  }

  it("moves an attribution's source and date with their paragraph when an edit above shifts it", () => {
    // "said on Sunday" dates its cue after reading the sentence; "The FAA on Friday announced"
    // while reading it. Both spans are kept in the cached cue and move with the block.
    const cache = new DraftCache();
    const below = 'The ministry said on Sunday that 40 people had died.\n\nThe FAA on Friday announced 12 new rules.\n';
    analyze(`Update.\n\n${below}`, 'plaintext', {}, cache);
    const edited = `Late update.\n\n${below}`;
    const cached = analyze(edited, 'plaintext', {}, cache);
    assert.deepEqual(withTokens(cached), withTokens(analyze(edited, 'plaintext')));
    const read = (span: { start: number; end: number } | undefined) => span && edited.slice(span.start, span.end);
    assert.deepEqual(
      cached.attributions.map((a) => [read(a.sourceSpan), read(a.dated)]),
      [
        ['The ministry', 'on Sunday'],
        ['The FAA', 'on Friday'],
      ],
    );
  });

  it('keeps only the blocks of the current version between analyses', () => {
    const cache = new DraftCache();
    const words = ['one', 'two', 'three', 'four'];
    for (const w of words) analyze(`It rose by ${w} points.\n\nThe rest stayed.\n`, 'plaintext', {}, cache);
    // After four versions: the blocks of "four" only; the earlier versions are gone.
    const held = (cache.blocks as unknown as { byText: Map<string, unknown> }).byText;
    assert.deepEqual([...held.keys()].sort(), ['It rose by four points.', 'The rest stayed.']);
  });
});

describe('DraftCache: figure comparisons are reused only while no sentence with a figure changes', () => {
  const DRAFT = [
    'Inspectors said the leak killed 40 tonnes of fish in the reservoir.',
    'Crews worked through the night in the hills.',
    'The company disputed the inspectors, saying 30 tonnes of fish had died.',
  ].join('\n\n');
  const inconsistent = (text: string, cache: DraftCache) =>
    analyze(text, 'plaintext', {}, cache)
      .findings.filter((f) => f.rule === 'inconsistent-figure')
      .map((f) => [text.slice(f.span.start, f.span.end), ...(f.related ?? []).map((r) => text.slice(r.span.start, r.span.end))]);

  it('moves the findings past an edit elsewhere, and compares again when a figure sentence changes', () => {
    const cache = new DraftCache();
    const steps = [
      DRAFT,
      DRAFT.replace('night', 'long night'),
      DRAFT.replace('night', 'long night').replace('30 tonnes', '40 tonnes'),
      DRAFT.replace('night', 'long, wet night').replace('30 tonnes', '40 tonnes'),
    ];
    const seen = steps.map((text) => {
      assert.deepEqual(withTokens(analyze(text, 'plaintext', {}, cache)), withTokens(analyze(text, 'plaintext')));
      return inconsistent(text, new DraftCache());
    });
    assert.deepEqual(seen, [[['30 tonnes', '40 tonnes']], [['30 tonnes', '40 tonnes']], [], []]);
  });

  it('gives an edited draft the same inconsistencies as a fresh analysis', () => {
    const cache = new DraftCache();
    inconsistent(DRAFT, cache);
    const edited = DRAFT.replace('hills', 'eastern hills');
    assert.deepEqual(inconsistent(edited, cache), [['30 tonnes', '40 tonnes']]);
    assert.deepEqual(inconsistent(edited, cache), inconsistent(edited, new DraftCache()));
  });
});

describe('DraftCache: a sentence\'s undated claim is reused only while what it reads is the same', () => {
  const claims = (text: string, cache: DraftCache, settings = {}) =>
    analyze(text, 'plaintext', settings, cache)
      .findings.filter((f) => f.rule === 'undated-claim')
      .map((f) => text.slice(f.span.start, f.span.end));

  it('checks the sentence again when an edit elsewhere changes the dates it hangs on', () => {
    const cache = new DraftCache();
    const dated = 'Floods hit the town on 3 May 2016.\n\nThe toll has risen to 31 the following day.\n';
    assert.deepEqual(claims(dated, cache), []);
    // Without the year the day after is relative too: the same sentence now states an undated total.
    assert.deepEqual(claims(dated.replace(' 2016', ''), cache), ['has risen to 31']);
    assert.deepEqual(claims(`Update.\n\n${dated}`, cache), []);
  });

  it('checks the sentence again when the settings take a figure away', () => {
    const cache = new DraftCache();
    const draft = 'The mayor spoke on Monday.\n\nThe council employs around 640 people and runs 12 libraries.\n';
    assert.deepEqual(claims(draft, cache), ['employs around 640']);
    assert.deepEqual(claims(draft, cache, { notFigures: ['around 640'] }), ['runs 12']);
    assert.deepEqual(claims(`Update.\n\n${draft}`, cache), ['employs around 640']);
  });
});

describe("DraftCache: a time expression's relative-date finding is reused while the expression is", () => {
  const dates = (text: string, cache: DraftCache, publicationDate: string) =>
    analyze(text, 'plaintext', { publicationDate }, cache)
      .findings.filter((f) => f.rule === 'relative-date')
      .map((f) => [text.slice(f.span.start, f.span.end), f.message, f.data['absolute']]);

  it('moves it past an edit above, and writes it again for another publication date', () => {
    const cache = new DraftCache();
    const draft = 'The mayor spoke on Thursday.\n';
    const thursday = (day: number) => ['on Thursday', `'on Thursday' depends on the publication date: against ${day} April 2016 it is Thursday ${day} April 2016. Write the date.`, `${day} April 2016`];
    assert.deepEqual(dates(draft, cache, '2016-04-07'), [thursday(7)]);
    assert.deepEqual(dates(`Update from the town hall.\n\n${draft}`, cache, '2016-04-07'), [thursday(7)]);
    assert.deepEqual(dates(`Update from the town hall.\n\n${draft}`, cache, '2016-04-14'), [thursday(14)]);
    assert.deepEqual(dates(draft, cache, '2016-04-14'), [thursday(14)]);
  });
});
