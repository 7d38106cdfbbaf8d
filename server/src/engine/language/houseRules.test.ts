import * as assert from 'node:assert/strict';
import { analyze } from '../analyze';
import type { EngineSettings } from '../settings';

const flagged = (text: string, settings: EngineSettings) =>
  analyze(text, 'plaintext', settings)
    .findings.filter((f) => f.rule === 'unattributed-figure')
    .map((f) => text.slice(f.span.start, f.span.end));

describe('house rules', () => {
  it('an extra attribution verb attributes like "said", in any of its forms', () => {
    const text = 'The ministry tallied 300 deaths.';
    assert.deepEqual([flagged(text, {}), flagged(text, { attributionVerbs: ['tally'] })], [['300'], []]);
  });

  it('a trusted source named in the sentence attributes its figures, as a whole word only', () => {
    const settings = { trustedSources: ['Reuters'] };
    assert.deepEqual(
      [flagged('Reuters counts 40 dead in the town.', settings), flagged('Reutersville has 40 shops.', settings)],
      [[], ['40']],
    );
  });

  it('a number inside a phrase that is never a figure is not one', () => {
    const text = 'One of the big four banks has 200 staff.';
    const figures = (settings: EngineSettings) => analyze(text, 'plaintext', settings).figures.map((f) => f.text);
    assert.deepEqual([figures({}), figures({ notFigures: ['Big Four'] })], [['four', '200'], ['200']]);
  });
});
