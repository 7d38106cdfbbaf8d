import * as assert from 'node:assert/strict';
import { commonEnds } from './commonEnds';

describe('commonEnds (where an edit changed a draft)', () => {
  it('finds where two texts differ, the end never overlapping the start', () => {
    assert.deepEqual(commonEnds('the cat sat', 'the cart sat'), { head: 6, tail: 5 });
    assert.deepEqual(commonEnds('aaaa', 'aaaaaa'), { head: 4, tail: 0 });
    const long = 'x'.repeat(10_000);
    assert.deepEqual(commonEnds(`${long}a${long}`, `${long}${long}`), { head: 10_000, tail: 10_000 });
  });
});
