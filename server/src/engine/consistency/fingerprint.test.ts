import * as assert from 'node:assert/strict';
import { analyze } from '../analyze';
import { figureFingerprint, sameFingerprint } from './fingerprint';

const same = (a: string, b: string) => sameFingerprint(figureFingerprint(analyze(a, 'plaintext')), figureFingerprint(analyze(b, 'plaintext')));

describe('figureFingerprint: what the figure comparisons read', () => {
  const draft = 'The port reopened on Monday.\n\nOfficials said 40 ships waited, and 12 left.\n';

  it('is the same when only a sentence without figures changes, the figures moving with it', () => {
    assert.equal(same(draft, draft.replace('The port', 'The harbour')), true);
    assert.equal(same(draft, draft), true);
  });

  it('differs when a sentence with a figure changes, or a figure is added', () => {
    assert.equal(same(draft, draft.replace('40 ships', '41 ships')), false);
    assert.equal(same(draft, draft.replace('The port reopened', 'The port, with 3 berths, reopened')), false);
  });

  it('differs when the source carried into a sentence with a figure changes, its own words the same', () => {
    const quote = '"The road was shut," the officer said. "We saw 40 crashes."\n';
    assert.equal(same(quote, quote.replace('the officer', 'the soldier')), false);
  });
});
