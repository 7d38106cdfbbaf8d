import * as assert from 'node:assert/strict';
import { readSentences } from './nlp';

describe('readSentences (wink-nlp tokens at draft offsets)', () => {
  it('places each token at its offset in the draft', () => {
    const [s] = readSentences('Rebels took 40 towns.', 100);
    assert.deepEqual(s!.tokens.map((t) => [t.text, t.start, t.end]), [['Rebels', 100, 106], ['took', 107, 111], ['40', 112, 114], ['towns', 115, 120], ['.', 120, 121]]);
  });

  it('reads a run of thousands of characters with no space in pieces of at most 500, at their offsets', () => {
    const run = 'ab'.repeat(1000);
    const tokens = readSentences(`Then ${run} ended.`, 10).flatMap((s) => s.tokens);
    const pieces = tokens.filter((t) => t.text.startsWith('ab') || t.text.startsWith('b'));
    // Every 501st character of the run is read as a space: 2,000 characters, three breaks.
    assert.deepEqual(pieces.map((t) => [t.start, t.end]), [[15, 515], [516, 1016], [1017, 1517], [1518, 2015]]);
    assert.deepEqual([tokens[0]!.text, tokens.at(-2)!.text, tokens.at(-2)!.start], ['Then', 'ended', 2016]);
  });
});
