import * as assert from 'node:assert/strict';
import { formatTimeValue } from './dateText';

describe('formatTimeValue: TimeML values as a reader writes them', () => {
  it('writes a day in each house style', () => {
    assert.equal(formatTimeValue('2016-04-07'), '7 April 2016');
    assert.equal(formatTimeValue('2016-04-07', 'month-day-year'), 'April 7, 2016');
  });

  it('leaves out a part of the day', () => {
    assert.equal(formatTimeValue('2024-03-10TNI'), '10 March 2024');
  });

  it('writes an ISO week as the week of its Monday, across a year end', () => {
    assert.equal(formatTimeValue('2016-W15'), 'the week of 11 April 2016');
    assert.equal(formatTimeValue('2021-W01'), 'the week of 4 January 2021');
    assert.equal(formatTimeValue('2020-W01'), 'the week of 30 December 2019');
  });

  it('writes a weekend as its two days', () => {
    assert.equal(formatTimeValue('2025-W03-WE'), 'the weekend of 18–19 January 2025');
    assert.equal(formatTimeValue('2025-W03-WE', 'month-day-year'), 'the weekend of January 18–19, 2025');
    assert.equal(formatTimeValue('2025-W05-WE'), 'the weekend of 1–2 February 2025');
    assert.equal(formatTimeValue('2024-W13-WE'), 'the weekend of 30–31 March 2024');
    assert.equal(formatTimeValue('2023-W17-WE'), 'the weekend of 29–30 April 2023');
  });

  it('writes months, years, seasons, quarters and halves', () => {
    assert.equal(formatTimeValue('2016-03'), 'March 2016');
    assert.equal(formatTimeValue('2016'), '2016');
    assert.equal(formatTimeValue('2016-SU'), 'summer 2016');
    assert.equal(formatTimeValue('2016-Q2'), 'the second quarter of 2016');
    assert.equal(formatTimeValue('2016-H1'), 'the first half of 2016');
  });

  it('gives nothing for values that name no calendar period', () => {
    assert.equal(formatTimeValue('PAST_REF'), null);
    assert.equal(formatTimeValue('2016-13'), null);
    assert.equal(formatTimeValue(''), null);
  });
});
