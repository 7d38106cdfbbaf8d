import * as assert from 'node:assert/strict';
import { growth, trend } from './stats';

describe('trend (resident memory over many edits)', () => {
  it('sums up a steady climb', () => {
    // 100, 101, ..., 199: one MB per step.
    const climb = Array.from({ length: 100 }, (_, i) => 100 + i);
    assert.deepEqual(trend(climb), { firstTenth: 104.5, lastTenth: 194.5, slopePer100: 100 });
  });

  it('sums up a sawtooth around a level: each tooth tilts the fitted line up a little', () => {
    const sawtooth = Array.from({ length: 100 }, (_, i) => 300 + (i % 10) * 4);
    assert.deepEqual(trend(sawtooth), { firstTenth: 318, lastTenth: 318, slopePer100: 3.96 });
  });

  it('sums up memory falling back after an early peak', () => {
    const falling = Array.from({ length: 20 }, (_, i) => (i < 2 ? 400 : 250));
    assert.deepEqual(trend(falling), { firstTenth: 400, lastTenth: 250, slopePer100: -406.02 });
  });

  it('refuses fewer than ten samples', () => {
    assert.throws(() => trend([1, 2, 3]), /at least 10 samples/);
  });
});

describe('growth (live heap over many edits)', () => {
  it('sees more than 2% held at the end, from the first tenth on, as growth', () => {
    assert.deepEqual(growth([74, 75, 75.8, 76.4, 77.2]), { settledMb: 75, lastMb: 77.2, percent: 2.9, grows: true });
  });

  it("sees a level heap, with a full collection's noise between, as no growth", () => {
    assert.deepEqual(growth([75, 75.4, 76.1, 74.9, 75.8]), { settledMb: 75.4, lastMb: 75.8, percent: 0.5, grows: false });
  });

  it('leaves out what the first tenth of the edits settles', () => {
    assert.deepEqual(growth([71, 71.8, 71.8, 71.9]), { settledMb: 71.8, lastMb: 71.9, percent: 0.1, grows: false });
  });

  it('sees exactly 2% as no growth', () => {
    assert.deepEqual(growth([50, 50, 51]), { settledMb: 50, lastMb: 51, percent: 2, grows: false });
  });

  it('refuses fewer than three samples', () => {
    assert.throws(() => growth([75, 76]), /after opening, after the first tenth and at the end/);
  });
});
