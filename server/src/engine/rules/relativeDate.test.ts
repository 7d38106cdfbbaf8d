import * as assert from 'node:assert/strict';
import { analyze } from '../analyze';

const WIRE = '---\ndate: 2016-04-07\n---\n\n';

function flagged(sentence: string): string[] {
  const a = analyze(`${WIRE}${sentence}\n`, 'markdown');
  return a.findings.filter((f) => f.rule === 'relative-date').map((f) => a.text.slice(f.span.start, f.span.end));
}

describe('relative-date: a phrase dated in brackets right after it is anchored', () => {
  it('parentheses or square brackets holding an absolute date', () => {
    assert.deepEqual(flagged('Rebels entered the town on Thursday (7 April 2016), the group said.'), []);
    assert.deepEqual(flagged('"We crossed on Monday [4 April 2016]," he said.'), []);
    assert.deepEqual(flagged('It rained on Thursday (April 7, 2016).'), []);
  });

  it('and the relative words inside the bracket with it', () => {
    assert.deepEqual(flagged('Talks resume next weekend (the weekend of 16–17 April 2016).'), []);
    assert.deepEqual(flagged('It grew in recent months (since January 2016).'), []);
  });

  it('a bracket without an absolute date, or one further away, anchors nothing', () => {
    assert.deepEqual(flagged('Rebels entered the town on Thursday (local time), the group said.'), ['on Thursday']);
    assert.deepEqual(flagged('Rebels entered on Thursday and left (7 April 2016).'), ['on Thursday']);
  });
});
