import * as assert from 'node:assert/strict';
import { analyze } from '../analyze';
import { claimOf, isTransposition, precisionOf, relate } from './values';

/** The claim of the only figure in a sentence. */
const claim = (text: string) => {
  const [figure] = analyze(text, 'plaintext').figures;
  assert.ok(figure, `a figure in ${JSON.stringify(text)}`);
  return { figure, claim: claimOf(figure, text) };
};

describe('consistency values: what a figure claims and how two claims relate', () => {
  it('reads the rounding a written number implies', () => {
    const precision = (text: string) => {
      const { figure } = claim(text);
      return precisionOf(figure, text);
    };
    assert.deepEqual(
      ['It cost $1.2 million.', 'It fell 344.65 points.', 'It has 1,200 staff.', 'It has 340 staff.', 'It rose 12 percent.'].map(precision),
      [100_000, 0.01, 100, 1, 1],
    );
  });

  it('reads qualifiers as points, approximations, bounds, ranges and vague magnitudes', () => {
    const kinds = ['We saw 300 birds.', 'We saw about 300 birds.', 'We saw more than 300 birds.', 'We saw up to 300 birds.', 'We saw between 200 and 300 birds.', 'We saw thousands of birds.'];
    assert.deepEqual(kinds.map((t) => claim(t).claim.kind), ['point', 'approx', 'lower', 'upper', 'range', 'vague']);
  });

  it('relates claims: rounding is the same, bounds of one direction are compatible, disjoint ones conflict', () => {
    const c = (t: string) => claim(t).claim;
    assert.equal(relate(c('About 1,200 people left.'), c('Then 1,187 people left.')), 'same');
    assert.equal(relate(c('More than 300 people left.'), c('At least 250 people left.')), 'compatible');
    assert.equal(relate(c('Between 800 and 1,000 people left.'), c('About 900 people left.')), 'compatible');
    assert.equal(relate(c('Then 40 people left.'), c('Then 30 people left.')), 'conflict');
    assert.equal(relate(c('It cost €1.2 billion.'), c('It cost €120 million.')), 'scale-slip');
    assert.equal(relate(c('Thousands of people left.'), c('About 3,500 people left.')), 'same');
  });

  it('tells a transposition of digits from other differences', () => {
    assert.deepEqual([isTransposition(128_400, 182_400), isTransposition(42, 24), isTransposition(312_000, 320_000), isTransposition(12, 12)], [true, true, false, false]);
  });
});
