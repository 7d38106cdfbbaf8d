import * as assert from 'node:assert/strict';
import { heapGrowthPercent } from './heap';

describe('heapGrowthPercent: long drafts hold the heap down, short ones keep V8 growing it freely', () => {
  it('is V8 default (0) below 200,000 characters open, and 30% from there', () => {
    assert.deepEqual([0, 60_000, 199_999, 200_000, 650_000].map(heapGrowthPercent), [0, 0, 0, 30, 30]);
  });
});
