import * as assert from 'node:assert/strict';
import { analyze } from '../analyze';
import type { EngineSettings } from '../settings';

const figures = (text: string, settings: EngineSettings) => analyze(text, 'plaintext', settings).figures.map((f) => f.text);

function attributions(text: string, settings: EngineSettings): string[][] {
  // Only what the house rules add: the engine's own attributions are tested with the engine.
  const own = new Set(analyze(text, 'plaintext').attributions.map((a) => `${a.cue.start}`));
  return analyze(text, 'plaintext', settings)
    .attributions.filter((a) => !own.has(`${a.cue.start}`))
    .map((a) => [a.kind, text.slice(a.cue.start, a.cue.end), a.source, String(a.sentence)]);
}

describe('house rules from .factdesk.json', () => {
  it('notFigures: a number inside a listed phrase is not a figure, whatever its case or spacing', () => {
    const text = 'Protesters chanted "we are the 99 percent" as 300 marched. She scored a perfect  10 and won 3 medals.';
    assert.deepEqual(figures(text, {}), ['99 percent', '300', '10', '3']);
    assert.deepEqual(figures(text, { notFigures: ['The 99 Percent', 'perfect 10'] }), ['300', '3']);
    assert.deepEqual(figures(text, { notFigures: ['99', 'won 3 medal'] }), ['300', '10', '3'], 'a listed number drops the figure it is part of; a phrase matches whole words only');
  });

  it('trustedSources: a listed name attributes the figures of its sentence', () => {
    const text = 'The Office for National Statistics counted 300 more. Nobody else did. OFFICE FOR NATIONAL STATISTICS data.';
    assert.deepEqual(attributions(text, { trustedSources: ['Office for National Statistics'] }), [
      ['citation', 'Office for National Statistics', 'Office for National Statistics', '0'],
      ['citation', 'OFFICE FOR NATIONAL STATISTICS', 'OFFICE FOR NATIONAL STATISTICS', '2'],
    ]);
  });

  it('attributionVerbs: a listed verb in any form reports, with the subject before it as the source', () => {
    const text = 'The health ministry also posted that 300 people died. Officials are posting 20 times. Posted 4 times.';
    assert.deepEqual(attributions(text, { attributionVerbs: ['post'] }), [
      ['reporting-verb', 'posted', 'The health ministry', '0'],
      ['reporting-verb', 'posting', 'Officials', '1'],
    ]);
  });

  it('unattributed-figure reads all three', () => {
    const flagged = (text: string, settings: EngineSettings) =>
      analyze(text, 'plaintext', settings)
        .findings.filter((f) => f.rule === 'unattributed-figure')
        .map((f) => text.slice(f.span.start, f.span.end));
    const text = 'There were 300 dead in Idlib, via Sana. The ministry posted a toll of 40. A perfect 10 for the 12 judges.';
    assert.deepEqual(flagged(text, {}), ['300', '40', '10', '12']);
    assert.deepEqual(flagged(text, { trustedSources: ['Sana'], attributionVerbs: ['post'], notFigures: ['perfect 10'] }), ['12']);
  });
});
