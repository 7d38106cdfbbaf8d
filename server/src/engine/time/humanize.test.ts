import * as assert from 'node:assert/strict';
import { humanize } from './humanize';

describe('humanize: TimeML values as a sub-editor writes them', () => {
  it('writes a day in each house style, with and without its weekday', () => {
    assert.equal(humanize('2016-04-07'), '7 April 2016');
    assert.equal(humanize('2016-04-07', true), 'Thursday 7 April 2016');
    assert.equal(humanize('2016-04-07', false, 'month-day-year'), 'April 7, 2016');
    assert.equal(humanize('2016-04-07', true, 'month-day-year'), 'Thursday, April 7, 2016');
    assert.equal(humanize('2024-03-10TNI', false, 'month-day-year'), 'March 10, 2024');
  });

  it('writes a week as the week of its Monday, across a year end', () => {
    assert.equal(humanize('2016-W15'), 'the week of 11 April 2016');
    assert.equal(humanize('2020-W01'), 'the week of 30 December 2019');
    assert.equal(humanize('2016-W15', false, 'month-day-year'), 'the week of April 11, 2016');
  });

  it('writes a weekend as its two days in each house style', () => {
    assert.equal(humanize('2025-W03-WE'), 'the weekend of 18–19 January 2025');
    assert.equal(humanize('2025-W03-WE', false, 'month-day-year'), 'the weekend of January 18–19, 2025');
    assert.equal(humanize('2025-W05-WE', false, 'month-day-year'), 'the weekend of February 1–2, 2025');
    assert.equal(humanize('2024-W13-WE'), 'the weekend of 30–31 March 2024');
    assert.equal(humanize('2023-W17-WE', false, 'month-day-year'), 'the weekend of April 29–30, 2023');
    assert.equal(humanize('2022-W52-WE', false, 'month-day-year'), 'the weekend of December 31, 2022–January 1, 2023');
  });

  it('writes months, years, seasons and quarters the same in both styles', () => {
    assert.equal(humanize('2016-03', false, 'month-day-year'), 'March 2016');
    assert.equal(humanize('2016-SU'), 'summer 2016');
    assert.equal(humanize('2016-Q2'), 'the second quarter of 2016');
  });
});
