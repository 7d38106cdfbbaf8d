import * as assert from 'node:assert/strict';
import { trend } from './stats';

describe('trend (memory over many edits)', () => {
  it('sees a steady climb as growth', () => {
    // 100, 101, ..., 199: one MB per step.
    const climb = Array.from({ length: 100 }, (_, i) => 100 + i);
    assert.deepEqual(trend(climb), { firstTenth: 104.5, lastTenth: 194.5, slopePer100: 100, grows: true });
  });

  it('sees no growth in a sawtooth around a level, though each tooth tilts the fitted line up a little', () => {
    const sawtooth = Array.from({ length: 100 }, (_, i) => 300 + (i % 10) * 4);
    assert.deepEqual(trend(sawtooth), { firstTenth: 318, lastTenth: 318, slopePer100: 3.96, grows: false });
  });

  it('sees no growth when memory falls back after an early peak', () => {
    const falling = Array.from({ length: 20 }, (_, i) => (i < 2 ? 400 : 250));
    assert.deepEqual(trend(falling), { firstTenth: 400, lastTenth: 250, slopePer100: -406.02, grows: false });
  });

  it('refuses fewer than ten samples', () => {
    assert.throws(() => trend([1, 2, 3]), /at least 10 samples/);
  });
});
