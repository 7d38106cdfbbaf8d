import * as assert from 'node:assert/strict';
import { debounceFor } from './diagnostics';

describe('debounceFor: the wait after a keystroke follows what analysing the draft costs', () => {
  it('waits twice the last analysis, rounded up, below the maximum', () => {
    assert.deepEqual([debounceFor(0, 150), debounceFor(2.2, 150), debounceFor(40, 150)], [0, 5, 80]);
  });

  it('waits the maximum for a dear draft, and before the first analysis is timed', () => {
    assert.deepEqual([debounceFor(75, 150), debounceFor(900, 150), debounceFor(undefined, 150)], [150, 150, 150]);
  });

  it('never waits when the maximum is 0 (the benchmark times the analysis alone)', () => {
    assert.deepEqual([debounceFor(3, 0), debounceFor(undefined, 0)], [0, 0]);
  });
});
