import * as assert from 'node:assert/strict';
import { analyze } from '../analyze';

/** The time expressions of a one-paragraph draft published on `date`: [text, kind, value]. */
function times(prose: string, date: string | null = '2016-04-07') {
  const text = date ? `---\ndate: ${date}\n---\n\n${prose}\n` : `${prose}\n`;
  return analyze(text, 'markdown').times.map((t) => [t.text, t.kind, t.value ?? null]);
}

describe('time expressions: weekdays', () => {
  it('reads a past-tense weekday as the latest such day on or before publication', () => {
    assert.deepEqual(times('Rebels entered the town on Thursday and shelled it on Monday.'), [
      ['on Thursday', 'relative', '2016-04-07'],
      ['on Monday', 'relative', '2016-04-04'],
    ]);
  });

  it('reads a future-tense weekday as the next such day', () => {
    assert.deepEqual(times('The results will be certified on Friday.', '2023-10-09'), [['on Friday', 'relative', '2023-10-13']]);
  });

  it('takes the tense from the main clause, not from an aside between dashes or brackets', () => {
    // Published on a Monday: the Sunday before, whatever the aside's present tense says.
    assert.deepEqual(times('On Sunday, the ministers -- that is, those who run the treasury -- had agreed on a plan.', '2008-10-13'), [['On Sunday', 'relative', '2008-10-12']]);
    assert.deepEqual(times('On Sunday the ministers (who meet every month) agreed on a plan.', '2008-10-13'), [['On Sunday', 'relative', '2008-10-12']]);
    // Inside the aside, the aside's own verb still governs.
    assert.deepEqual(times('The vote (which takes place on Sunday) was delayed.', '2008-10-13'), [['on Sunday', 'relative', '2008-10-19']]);
  });

  it('reads "is due on" as future', () => {
    assert.deepEqual(times("The central bank's next rate decision is due on Thursday.", '2025-03-03'), [['on Thursday', 'relative', '2025-03-06']]);
  });

  it('reads "payable on" and "due in" after a past verb as future', () => {
    assert.deepEqual(times('The board approved a dividend payable on June 17 and a review due in May.', '2024-04-25'), [
      ['on June 17', 'relative', '2024-06-17'],
      ['in May', 'relative', '2024-05'],
    ]);
  });

  it('takes the nearer day for a verb that is present or past alike ("temperatures hit")', () => {
    // Published on a Wednesday: the day before, not the Tuesday after.
    assert.deepEqual(times('Temperatures hit 49.6C in the village on Tuesday.', '2021-06-30'), [['on Tuesday', 'relative', '2021-06-29']]);
  });

  it('reads a present-tense schedule as future', () => {
    assert.deepEqual(times('The team plays Marlow on Saturday.', '2024-03-11'), [['on Saturday', 'relative', '2024-03-16']]);
  });

  it('reads "since Monday" as the Monday before', () => {
    assert.deepEqual(times('Workers have been missing since Monday.'), [['since Monday', 'relative', '2016-04-04']]);
  });

  it('reads "next Tuesday" and "last Monday" strictly after and before', () => {
    assert.deepEqual(times('The committee meets next Tuesday; it last met last Monday.', '2024-05-16'), [
      ['next Tuesday', 'relative', '2024-05-21'],
      ['last Monday', 'relative', '2024-05-13'],
    ]);
  });

  it('adds a part of the day as a T suffix', () => {
    assert.deepEqual(times('The fire started on Sunday night.', '2024-03-11'), [['on Sunday night', 'relative', '2024-03-10TNI']]);
  });

  it('leaves a day named for an event alone', () => {
    assert.deepEqual(times('Stocks crashed on what is known as Black Monday.'), []);
  });

  it('leaves a weekday that begins a name alone, but not one before a title-case headline\'s next word', () => {
    assert.deepEqual(times('The Sunday Times and the Monday Club met on Sunday.'), [['on Sunday', 'relative', '2016-04-03']]);
    assert.deepEqual(times('Sunday Telegraph reporters were there.'), []);
    assert.deepEqual(times('Talks Resumed Monday In Geneva'), [['Monday', 'relative', '2016-04-04']]);
  });

  it('leaves a capitalised "Today" that names a paper or a programme alone, but dates one in a headline', () => {
    assert.deepEqual(times('USA Today and the Today programme reported it, as did The Tonight Show and NBC’s Today show.'), []);
    assert.deepEqual(times('Talks Resume Today In Geneva'), [['Today', 'relative', '2016-04-07']]);
    assert.deepEqual(times('Today, the Today programme will air it.'), [['Today', 'relative', '2016-04-07']]);
  });
});

describe('time expressions: days and weeks', () => {
  it('resolves yesterday, today and tomorrow', () => {
    assert.deepEqual(times('It was confirmed yesterday, and the council meets today and votes tomorrow.', '2025-02-18'), [
      ['yesterday', 'relative', '2025-02-17'],
      ['today', 'relative', '2025-02-18'],
      ['tomorrow', 'relative', '2025-02-19'],
    ]);
  });

  it('resolves "last night" and "this morning" with their parts of the day', () => {
    assert.deepEqual(times('Crews worked through last night and left this morning.', '2024-05-13'), [
      ['through last night', 'relative', '2024-05-12TNI'],
      ['this morning', 'relative', '2024-05-13TMO'],
    ]);
  });

  it('leaves out an "in" that ends a phrasal verb before "next year"', () => {
    assert.deepEqual(times('Premiums rise when the law kicks in next year, and during next month.', '2013-03-22'), [
      ['next year', 'relative', '2014'],
      ['during next month', 'relative', '2013-04'],
    ]);
  });

  it('resolves last, this and next week as ISO weeks', () => {
    assert.deepEqual(times('A poll last week, talks this week, a vote next week.'), [
      ['last week', 'relative', '2016-W13'],
      ['this week', 'relative', '2016-W14'],
      ['next week', 'relative', '2016-W15'],
    ]);
  });

  it('resolves "earlier this week" to the week of publication', () => {
    assert.deepEqual(times('Temperatures topped 41C earlier this week.', '2024-08-09'), [['earlier this week', 'relative', '2024-W32']]);
  });

  it('resolves "earlier in the week" and "later in the month" as this week and month', () => {
    assert.deepEqual(times('Earlier in the week, 40 homes were evacuated; more will go later in the month.'), [
      ['Earlier in the week', 'relative', '2016-W14'],
      ['later in the month', 'relative', '2016-04'],
    ]);
  });

  it('resolves "the day before" against the date before it', () => {
    assert.deepEqual(times('The river burst its banks on Saturday and the bridge had been swept away the day before.', '2024-05-13'), [
      ['on Saturday', 'relative', '2024-05-11'],
      ['the day before', 'relative', '2024-05-10'],
    ]);
  });

  it('leaves "the day before the vote" alone: it hangs on an event', () => {
    assert.deepEqual(times('Polls closed the day before the vote.'), []);
  });

  it('resolves "over the weekend" in past tense to the last weekend', () => {
    assert.deepEqual(times('Talks collapsed over the weekend.', '2025-01-20'), [['over the weekend', 'relative', '2025-W03-WE']]);
  });

  it('resolves "at the weekend" in present tense to the next weekend, as a scheduled day', () => {
    // Published on a Wednesday.
    assert.deepEqual(times('The fair opens at the weekend, and officials expect the heat to ease by the weekend.', '2021-06-30'), [
      ['at the weekend', 'relative', '2021-W26-WE'],
      ['by the weekend', 'relative', '2021-W26-WE'],
    ]);
  });

  it('resolves "this weekend" to the weekend of the publication week', () => {
    assert.deepEqual(times('Crowds are expected this weekend.', '2025-01-15'), [['this weekend', 'relative', '2025-W03-WE']]);
  });

  it('resolves "four years ago" to a year and "a week ago" to a day', () => {
    assert.deepEqual(times('Turnout was 64 percent four years ago and 60 percent a week ago.', '2023-10-09'), [
      ['four years ago', 'relative', '2019'],
      ['a week ago', 'relative', '2023-10-02'],
    ]);
  });

  it('resolves a clock time to the publication day', () => {
    assert.deepEqual(times('The Dow was down 2.6% at 16:08 UTC.', '2008-09-17'), [['at 16:08 UTC', 'relative', '2008-09-17T16:08']]);
  });

  it('reads a clock time written against a weekday as one expression', () => {
    assert.deepEqual(times('GM filed for bankruptcy at 12:00 UTC Monday.', '2009-06-01'), [['at 12:00 UTC Monday', 'relative', '2009-06-01T12:00']]);
  });

  it('reads a clock time in British Summer Time or CET against its weekday as one expression', () => {
    assert.deepEqual(times('Police were called at 02:15 BST on Saturday.', '2024-09-09'), [['at 02:15 BST on Saturday', 'relative', '2024-09-07T02:15']]);
    assert.deepEqual(times('The market opened at 09:00 CET on Monday.', '2024-09-11'), [['at 09:00 CET on Monday', 'relative', '2024-09-09T09:00']]);
  });

  it('leaves a clock time on a named day alone', () => {
    assert.deepEqual(times('Polling stations will open at 7 a.m. on election day.'), []);
  });
});

describe('time expressions: months, seasons, quarters, years', () => {
  it('gives a past-tense month the latest such month', () => {
    assert.deepEqual(times('Palmyra fell to government forces in March.'), [['in March', 'relative', '2016-03']]);
  });

  it('reads a month that opens a sentence before a count ("In March, 40 people"), not as a day', () => {
    assert.deepEqual(times('In March, 40 people were killed on the roads.'), [['In March', 'relative', '2016-03']]);
    assert.deepEqual(times('The deal was signed on March 7, 2016.'), [['on March 7, 2016', 'absolute', '2016-03-07']]);
  });

  it('gives a future-tense month the next such month', () => {
    assert.deepEqual(times('Council tax will rise in April.', '2025-01-23'), [['in April', 'relative', '2025-04']]);
  });

  it('reads "since August" as the August before', () => {
    assert.deepEqual(times('It is the steepest drop since August.', '2025-03-03'), [['since August', 'relative', '2024-08']]);
  });

  it('takes the nearest January for "from January"', () => {
    assert.deepEqual(times('The council approved a rise in fares from January.', '2023-10-03'), [['from January', 'relative', '2024-01']]);
  });

  it('reads "on the 14th" as a day of the month by tense, but not a floor or a golf hole', () => {
    assert.deepEqual(times('The court will sit again on the 14th. The hearing was adjourned on the 30th.', '2024-10-03'), [
      ['on the 14th', 'relative', '2024-10-14'],
      ['on the 30th', 'relative', '2024-09-30'],
    ]);
    assert.deepEqual(times('She works on the 14th floor, and he made a bogey on the 18th.'), []);
  });

  it('gives a year-less day and month its year by tense', () => {
    assert.deepEqual(times('A ceasefire came into effect on February 27.'), [['on February 27', 'relative', '2016-02-27']]);
  });

  it('takes the nearest year for a date named with "for"', () => {
    assert.deepEqual(times('He called the snap vote for 15 December after a vote in October.', '2024-11-28'), [
      ['15 December', 'relative', '2024-12-15'],
      ['in October', 'relative', '2024-10'],
    ]);
  });

  it('reads "October last year" as a month of the year before', () => {
    assert.deepEqual(times('It was up 30 percent from October last year.', '2023-11-30'), [['from October last year', 'relative', '2022-10']]);
  });

  it('resolves "earlier this month" and "last month"', () => {
    assert.deepEqual(times('An amendment proposed earlier this month failed; another failed last month.', '2025-01-23'), [
      ['earlier this month', 'relative', '2025-01'],
      ['last month', 'relative', '2024-12'],
    ]);
  });

  it('resolves last, this and next year', () => {
    assert.deepEqual(times('Growth of 4.9 percent this year, up from 4.1 percent last year, and 5 percent next year.', '2024-05-16'), [
      ['this year', 'relative', '2024'],
      ['last year', 'relative', '2023'],
      ['next year', 'relative', '2025'],
    ]);
  });

  it('resolves seasons: a past spring, the coming winter, since the summer', () => {
    assert.deepEqual(times('Drivers won a pay rise in the spring.', '2023-10-03'), [['in the spring', 'relative', '2023-SP']]);
    assert.deepEqual(times('The board hopes to clear the list this winter.', '2023-11-30'), [['this winter', 'relative', '2023-WI']]);
    assert.deepEqual(times('Membership has doubled since the summer.', '2024-11-28'), [['since the summer', 'relative', '2024-SU']]);
  });

  it('leaves a capitalised season that begins a name alone, but not one before a lower-case word', () => {
    assert.deepEqual(times('The Spring Statement and the Winter Olympics came after the Autumn Budget.', '2024-11-28'), []);
    assert.deepEqual(times('The banks held their Autumn meetings.', '2024-11-28'), [['Autumn', 'relative', '2024-FA']]);
    assert.deepEqual(times('Talks Resume In Spring', '2024-11-28'), [['In Spring', 'relative', '2025-SP']]);
  });

  it('resolves quarters: a past first quarter and the last quarter', () => {
    assert.deepEqual(times('Exports rose 12 percent in the first quarter.', '2024-05-16'), [['in the first quarter', 'relative', '2024-Q1']]);
    assert.deepEqual(times('Profits rose 78 percent during the last quarter.', '2007-01-18'), [['during the last quarter', 'relative', '2006-Q4']]);
  });

  it('resolves a half of "the year" by tense, as a year-less quarter, and a half of a named year as absolute', () => {
    assert.deepEqual(times('Output will pick up in the second half of the year. Profits rose in the second half of the year.', '2016-04-07'), [
      ['in the second half of the year', 'relative', '2016-H2'],
      ['in the second half of the year', 'relative', '2015-H2'],
    ]);
    assert.deepEqual(times('Profits fell in the first half of 2025 and will rise in the first half of next year.', '2025-09-01'), [
      ['in the first half of 2025', 'absolute', '2025-H1'],
      ['in the first half of next year', 'relative', '2026-H1'],
    ]);
  });
});

describe('time expressions: vague', () => {
  it('finds vague expressions and gives them no value', () => {
    assert.deepEqual(times('IS has recently suffered setbacks in recent months, and cases rose in the past week.'), [
      ['recently', 'vague', null],
      ['in recent months', 'vague', null],
      ['in the past week', 'vague', null],
    ]);
  });

  it('reads a counted stretch up to now as vague: "over the past five days", "in the last 12 months"', () => {
    assert.deepEqual(times('Over the past five days, 719 deaths were reported, and prices rose in the last 12 months.'), [
      ['Over the past five days', 'vague', null],
      ['in the last 12 months', 'vague', null],
    ]);
  });

  it('reads "since the weekend" as vague', () => {
    assert.deepEqual(times('Clinics have run short since the weekend.'), [['since the weekend', 'vague', null]]);
  });
});

describe('time expressions: absolute dates and what is not a date', () => {
  it('classifies dates with a year as absolute', () => {
    assert.deepEqual(times('The war began in March 2011 and talks resume on 13 April 2016.'), [
      ['in March 2011', 'absolute', '2011-03'],
      ['on 13 April 2016', 'absolute', '2016-04-13'],
    ]);
  });

  it('reads a year after a preposition as absolute, and counts "two years later" from it', () => {
    assert.deepEqual(times('Deliveries start in 2011 and end two years later.'), [
      ['in 2011', 'absolute', '2011'],
      ['two years later', 'absolute', '2013'],
    ]);
  });

  it('reads "fourth-quarter 2006" as one absolute quarter', () => {
    assert.deepEqual(times('It revised its fourth-quarter 2006 estimate.'), [['fourth-quarter 2006', 'absolute', '2006-Q4']]);
  });

  it('keeps the weekday an absolute date states, and its date', () => {
    const [t] = analyze('A hearing is set for Wednesday 2 July 2024.\n', 'plaintext').times;
    assert.deepEqual([t!.text, t!.kind, t!.weekday, t!.date], ['Wednesday 2 July 2024', 'absolute', 3, { year: 2024, month: 7, day: 2 }]);
  });

  it('finds no time expression in measured durations and ages', () => {
    assert.deepEqual(
      times('After two days of clashes, Lind, 58, a 23-year-old striker, faces five years in prison, a plan for 90 days, growth over 12 months, a plan within 100 days, and 18,000 members in five months.'),
      [],
    );
  });

  it('leaves "May" the verb and a spring of water alone', () => {
    assert.deepEqual(times('May officials visit the hot spring?'), []);
  });

  it('leaves a month that names a relative alone, but not a month after "in"', () => {
    assert.deepEqual(times('He is survived by his wife, June, and their daughter April. His son died in August.'), [['in August', 'relative', '2015-08']]);
  });

  it('leaves a month after "the" joined to the name it begins alone, but not a month with a year after "of"', () => {
    assert.deepEqual(times('The March of Dimes and the March for Our Lives marched in March. Sales fell in March of 2015.'), [
      ['in March', 'relative', '2016-03'],
      ['in March of 2015', 'absolute', '2015-03'],
    ]);
    assert.deepEqual(times('Exports in the year to March for Germany fell.'), [['March', 'relative', '2016-03']]);
  });

  it('flags expressions inside quotes too', () => {
    assert.deepEqual(times('"It shifted three times on Wednesday," Kell said.', '2024-08-09'), [['on Wednesday', 'relative', '2024-08-07']]);
  });

  it('finds relative dates without a value when the draft has no date', () => {
    assert.deepEqual(times('The bureau confirmed the orbits yesterday.', null), [['yesterday', 'relative', null]]);
  });
});

describe('time expressions: the same period a year before', () => {
  it('gives "the same quarter last year" as the quarter of the period named before it', () => {
    assert.deepEqual(times('Sales have risen since January. In the same quarter last year they fell.', '2024-05-10'), [
      ['since January', 'relative', '2024-01'],
      ['the same quarter last year', 'relative', '2023-Q1'],
    ]);
  });

  it('counts a second "the same period last year" from the period in focus, not from the first', () => {
    assert.deepEqual(times('Sales fell in March. In the same period a year earlier they rose. Costs also fell in the same period last year.', '2024-05-10'), [
      ['in March', 'relative', '2024-03'],
      ['the same period a year earlier', 'relative', '2023-03'],
      ['the same period last year', 'relative', '2023-03'],
    ]);
  });

  it('keeps the period named before for "the same period", and gives no month after a quarter', () => {
    assert.deepEqual(times('Sales fell in March. In the same period a year earlier they rose.', '2024-05-10'), [
      ['in March', 'relative', '2024-03'],
      ['the same period a year earlier', 'relative', '2023-03'],
    ]);
    assert.deepEqual(times('Sales fell in the first quarter of 2023, against the same month a year earlier.', '2024-05-10'), [
      ['in the first quarter of 2023', 'absolute', '2023-Q1'],
      ['the same month a year earlier', 'absolute', null],
    ]);
  });
});

describe('time expressions: a day named after "for"', () => {
  it('takes the nearer such day, before or after publication (a Friday here)', () => {
    assert.deepEqual(times('It issued an amber warning for Saturday.', '2024-05-10'), [['Saturday', 'relative', '2024-05-11']]);
    assert.deepEqual(times('It issued an amber warning for Wednesday.', '2024-05-10'), [['Wednesday', 'relative', '2024-05-08']]);
  });

  it('points ahead after a future verb: "will rise from April"', () => {
    assert.deepEqual(times('Council tax will rise 4.99% from April.', '2024-05-10'), [['from April', 'relative', '2025-04']]);
    assert.deepEqual(times('Council tax has risen 4.99% from April.', '2024-05-10'), [['from April', 'relative', '2024-04']]);
  });

  it('reads a day named as an event\'s by the tense', () => {
    assert.deepEqual(times("He was jailed for Saturday's attack.", '2024-05-10'), [['Saturday', 'relative', '2024-05-04']]);
  });
});
