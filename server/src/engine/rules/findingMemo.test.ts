import * as assert from 'node:assert/strict';
import { FindingMemo } from './findingMemo';
import type { RuleFinding } from './rule';

describe('FindingMemo (a rule\'s findings about one thing, kept while what they read is the same)', () => {
  const sentence = {};
  const figure = {};
  const claim = (at: number): RuleFinding[] => [{ message: 'as of when?', span: { start: at + 4, end: at + 9 }, data: { insertAt: at + 12, asOf: '7 April 2016' } }];

  it('gives the remembered findings, moved in place with the thing, while the inputs are the same', () => {
    const memo = new FindingMemo<object>();
    let checks = 0;
    const first = memo.get(sentence, 100, ['body', figure], () => (checks++, claim(100)));
    const moved = memo.get(sentence, 130, ['body', figure], () => (checks++, claim(130)));
    assert.equal(checks, 1);
    assert.equal(moved, first);
    assert.deepEqual(moved, claim(130));
    // Moved from where it was last, not from where it was first found.
    assert.deepEqual(memo.get(sentence, 90, ['body', figure], () => (checks++, claim(90))), claim(90));
    assert.equal(checks, 1);
  });

  it('checks again when any input differs, or there are more or fewer of them', () => {
    const memo = new FindingMemo<object>();
    let checks = 0;
    const check = () => (checks++, claim(0));
    memo.get(sentence, 0, ['body', figure], check);
    memo.get(sentence, 0, ['headline', figure], check);
    memo.get(sentence, 0, ['headline', {}], check);
    memo.get(sentence, 0, ['headline', {}, figure], check);
    memo.get(sentence, 0, ['headline'], check);
    assert.equal(checks, 5);
    // Each thing has its own findings.
    memo.get({}, 0, ['headline'], check);
    assert.equal(checks, 6);
  });
});
