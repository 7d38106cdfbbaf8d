import * as assert from 'node:assert/strict';
import { readSentences } from './language/nlp';
import { PlacedSentence } from './placedSentence';
import { shiftInPlace } from './shiftInPlace';

describe('moving analyses in place (BlockCache)', () => {
  const read = () => new PlacedSentence(readSentences('Rebels took 40 towns.', 100)[0]!, 3, 7);

  it('a sentence moves its offsets at once, its tokens when they are read', () => {
    const s = read();
    const tokens = s.tokens;
    s.move(5, 4, 2);
    s.move(-2, 6, 1);
    assert.deepEqual([s.start, s.end, s.block, s.index], [103, 124, 6, 10]);
    // Not moved yet: the tokens list is the same, read through `tokens` it has both moves.
    assert.deepEqual([tokens[0]!.start, tokens[0]!.end], [100, 106]);
    assert.deepEqual(s.tokens.map((t) => [t.text, t.start, t.end]), [['Rebels', 103, 109], ['took', 110, 114], ['40', 115, 117], ['towns', 118, 123], ['.', 123, 124]]);
    // Read again, nothing moves twice.
    assert.equal(s.tokens[0]!.start, 103);
  });

  it('shiftInPlace moves start, end and sentence at any depth, and no other number', () => {
    const figure = { start: 10, end: 12, sentence: 2, value: 40, number: { start: 10, end: 12 }, parts: [{ start: 11, end: 12, low: 1 }] };
    shiftInPlace([figure], 5, 1);
    assert.deepEqual(figure, { start: 15, end: 17, sentence: 3, value: 40, number: { start: 15, end: 17 }, parts: [{ start: 16, end: 17, low: 1 }] });
  });
});
