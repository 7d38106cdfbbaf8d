import * as assert from 'node:assert/strict';
import { FindingMemo } from './findingMemo';
import type { RuleFinding } from './rule';

describe('FindingMemo (a rule\'s findings about one thing, kept while what they read is the same)', () => {
  const sentence = {};
  const figure = {};
  const claim = (at: number): RuleFinding[] => [{ message: 'as of when?', span: { start: at + 4, end: at + 9 }, data: { insertAt: at + 12, asOf: '7 April 2016' } }];

  it('gives the remembered findings, moved in place with the thing, while the inputs are the same', () => {
    const memo = new FindingMemo<object>();
    assert.equal(memo.get(sentence, 100, ['body', figure]), undefined);
    const first = claim(100);
    memo.set(sentence, 100, ['body', figure], first);
    const moved = memo.get(sentence, 130, ['body', figure]);
    assert.equal(moved, first);
    assert.deepEqual(moved, claim(130));
    // Moved from where it was last, not from where it was first found.
    assert.deepEqual(memo.get(sentence, 90, ['body', figure]), claim(90));
  });

  it('finds nothing when any input differs, or there are more or fewer of them', () => {
    const memo = new FindingMemo<object>();
    memo.set(sentence, 0, ['body', figure], claim(0));
    assert.deepEqual(
      [['headline', figure], ['body', {}], ['body', figure, figure], ['body']].map((inputs) => memo.get(sentence, 0, inputs)),
      [undefined, undefined, undefined, undefined],
    );
    assert.deepEqual(memo.get(sentence, 0, ['body', figure]), claim(0));
    // Each thing has its own findings.
    assert.equal(memo.get({}, 0, ['body', figure]), undefined);
  });

  it('keeps a copy of the inputs, so a caller may fill one array again for the next thing', () => {
    const memo = new FindingMemo<object>();
    const inputs: unknown[] = ['body', figure];
    memo.set(sentence, 0, inputs, claim(0));
    inputs.length = 0;
    inputs.push('headline');
    assert.equal(memo.get(sentence, 0, inputs), undefined);
    assert.deepEqual(memo.get(sentence, 0, ['body', figure]), claim(0));
  });
});
