import * as assert from 'node:assert/strict';
import { analyze } from '../analyze';
import { frameOf, type Frame } from './frame';

/** The frame of the draft's last sentence, read as the consistency pass reads it. */
const frame = (text: string): Frame | undefined => {
  const analysis = analyze(text, 'plaintext');
  const sentence = analysis.sentences.at(-1)!;
  return frameOf(sentence.tokens, analysis.times.filter((t) => t.sentence === sentence.index));
};

describe('frameOf: the phrase that scopes the figures of its sentence', () => {
  it('reads a place: a numbered place, a name, a part of the country', () => {
    assert.deepEqual(frame('In district 1, 40 people died.'), { kind: 'place', key: 'district 1' });
    assert.deepEqual(frame('In District 9, 40 people died.'), { kind: 'place', key: 'district 9' });
    assert.deepEqual(frame('At Lusk General, 40 patients were treated.'), { kind: 'place', key: 'lusk general' });
    assert.deepEqual(frame('In the north-east, 40 people died.'), { kind: 'place', key: 'north-east' });
    assert.deepEqual(frame('In rural areas, 40 people died.'), { kind: 'place', key: 'rural areas' });
  });

  it('reads a time: a year, a relative period, resolved when the draft is dated', () => {
    assert.deepEqual(frame('In 2019, 40 people died.'), { kind: 'time', key: '2019' });
    assert.deepEqual(frame('Last year, 40 people died.'), { kind: 'time', key: 'last year' });
    assert.deepEqual(frame('In March, 40 people died.'), { kind: 'time', key: 'march' });
    assert.deepEqual(frame('Storm toll\n\nLast update: Thursday 7 April 2016\n\nLast year, 40 people died.'), { kind: 'time', key: '2015' });
  });

  it('reads a group of people', () => {
    assert.deepEqual(frame('Among women, 40 percent backed the plan.'), { kind: 'group', key: 'women' });
    assert.deepEqual(frame('Among the over-65s, 40 percent backed the plan.'), { kind: 'group', key: 'over-65s' });
  });

  it('reads one part of several, named by the words before a noun', () => {
    assert.deepEqual(frame('In the first round, Silva won 40 percent.'), { kind: 'part', key: 'first round' });
    assert.deepEqual(frame('At the second site, 40 workers were hurt.'), { kind: 'part', key: 'second site' });
    assert.deepEqual(frame('In the under-18 category, 40 players took part.'), { kind: 'part', key: 'under-18 category' });
  });

  it('reads a frame inside a quotation', () => {
    assert.deepEqual(frame('"In the north, 40 people died," he said.'), { kind: 'place', key: 'north' });
  });

  it('reads no frame in openers that scope nothing', () => {
    for (const text of [
      'In all, 40 people died.',
      'In total, 40 people died.',
      'In addition, 40 people were hurt.',
      'In the meantime, 40 people left.',
      'In a statement, the firm said 40 jobs would go.',
      'In the latest report, the firm said 40 jobs would go.',
      'In Kessa and Dunmore, 40 people died.',
      'In his speech to Congress, he said 40 jobs would go.',
      'At least 40 people died, police said.',
      'In the weeks after the storm that hit the coast, 40 people died.',
      'Police said 40 people died.',
    ]) {
      assert.equal(frame(text), undefined, text);
    }
  });
});
