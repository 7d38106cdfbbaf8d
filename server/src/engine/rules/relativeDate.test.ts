import * as assert from 'node:assert/strict';
import { analyze } from '../analyze';

const WIRE = '---\ndate: 2016-04-07\n---\n\n';

function flagged(sentence: string): string[] {
  const a = analyze(`${WIRE}${sentence}\n`, 'markdown');
  return a.findings.filter((f) => f.rule === 'relative-date').map((f) => a.text.slice(f.span.start, f.span.end));
}

describe('relative-date: a phrase dated in brackets right after it is anchored', () => {
  it('parentheses or square brackets holding an absolute date', () => {
    assert.deepEqual(flagged('Rebels entered the town on Thursday (7 April 2016), the group said.'), []);
    assert.deepEqual(flagged('"We crossed on Monday [4 April 2016]," he said.'), []);
    assert.deepEqual(flagged('It rained on Thursday (April 7, 2016).'), []);
    assert.deepEqual(flagged('Complaints rose by 60 percent last year (2015), the report shows.'), []);
  });

  it('and the relative words inside the bracket with it', () => {
    assert.deepEqual(flagged('Talks resume next weekend (the weekend of 16–17 April 2016).'), []);
    assert.deepEqual(flagged('It grew in recent months (since January 2016).'), []);
  });

  it('a bracket without an absolute date, or one further away, anchors nothing', () => {
    assert.deepEqual(flagged('Rebels entered the town on Thursday (local time), the group said.'), ['on Thursday']);
    assert.deepEqual(flagged('Rebels entered on Thursday and left (7 April 2016).'), ['on Thursday']);
    assert.deepEqual(flagged('Complaints rose by 60 percent last year (2,015 of them).'), ['last year']);
  });
});

const findings = (text: string) =>
  analyze(text, 'markdown')
    .findings.filter((f) => f.rule === 'relative-date')
    .map((f) => ({ text: text.slice(f.span.start, f.span.end), message: f.message, data: f.data }));

describe('relative-date', () => {
  it('flags a weekday with its resolved value, absolute form and publication date', () => {
    assert.deepEqual(findings('---\ndate: 2016-04-07\n---\n\nRebels entered al-Rai on Thursday.\n'), [
      {
        text: 'on Thursday',
        message: "'on Thursday' depends on the publication date: against 7 April 2016 it is Thursday 7 April 2016. Write the date.",
        data: { publicationDate: '2016-04-07', vague: false, resolved: '2016-04-07', absolute: '7 April 2016' },
      },
    ]);
  });

  it('says a year-less month leaves out the year', () => {
    const [f] = findings('---\ndate: 2016-04-07\n---\n\nPalmyra fell in March.\n');
    assert.deepEqual([f!.text, f!.message, f!.data['absolute']], ['in March', "'in March' leaves out the year: against 7 April 2016 it is March 2016. Write the date.", 'March 2016']);
  });

  it('writes a week as the week of its Monday', () => {
    const [f] = findings('---\ndate: 2016-04-07\n---\n\nTalks resume next week.\n');
    assert.deepEqual([f!.data['resolved'], f!.data['absolute']], ['2016-W15', 'the week of 11 April 2016']);
  });

  it('flags a vague expression with no resolved value', () => {
    assert.deepEqual(findings('---\ndate: 2016-04-07\n---\n\nIS has suffered setbacks in recent months.\n'), [
      { text: 'in recent months', message: "'in recent months' is vague: it gives the reader no date. Say when, or as of when.", data: { publicationDate: '2016-04-07', vague: true } },
    ]);
  });

  it('says when the draft has no publication date, and resolves nothing', () => {
    assert.deepEqual(findings('The bureau confirmed the orbits on Tuesday.\n'), [
      {
        text: 'on Tuesday',
        message: "'on Tuesday' depends on the publication date, and the draft has no publication date to resolve it against (add a date: to the front matter, a dateline, or the factdesk.publicationDate setting).",
        data: { publicationDate: null, vague: false },
      },
    ]);
  });

  it('says "the day before" is counted from the date before it', () => {
    const [, f] = findings('---\ndate: 2024-05-13\n---\n\nThe river burst its banks on Saturday; the bridge went the day before.\n');
    assert.deepEqual([f!.text, f!.message], ['the day before', "'the day before' depends on an earlier date: counted from the date before it, it is Friday 10 May 2024. Write the date."]);
  });

  it('does not flag absolute dates', () => {
    assert.deepEqual(findings('---\ndate: 2016-04-07\n---\n\nThe war began in March 2011; talks resume on Wednesday 13 April 2016.\n'), []);
  });
});

describe('relative-date: verbs whose past is their base form', () => {
  const resolved = (sentence: string) => findings(`${WIRE}${sentence}\n`).map((f) => f.data['resolved']);

  it('reads "cut" after a singular subject as past, the "Monday" before publication', () => {
    assert.deepEqual(resolved('Acme cut 250 jobs on Monday.'), ['2016-04-04']);
  });

  it('keeps "set" a participle after an object, the deadline still ahead', () => {
    assert.deepEqual(resolved('The company has a deadline set at June 1.'), ['2016-06-01']);
  });
});

describe('relative-date: a day that stands for any such day', () => {
  it('is silent on "a Sunday" ending its phrase and on "every Monday"', () => {
    assert.deepEqual(flagged('He was born on a Sunday and moved in on a Monday morning.'), []);
    assert.deepEqual(flagged('The committee meets every Monday, and each Friday it reports.'), []);
  });

  it('is silent on a month that recurs: "held every August", "each December"', () => {
    assert.deepEqual(flagged('The fair, held every August, closes each December.'), []);
  });

  it('is silent on a time that "every year" or "each week" makes recur, not on a shifted one or one after "since"', () => {
    assert.deepEqual(flagged('The fair is held each year in March. The festival takes place in May every year. The board meets on Tuesday, every week.'), []);
    assert.deepEqual(flagged('Every year, prices rise; last March they rose 5%. It has opened every year since June.'), ['last March', 'since June']);
  });

  it('is silent on a weekday ranked in a month: "the last Sunday in March", "the first Monday of each month"', () => {
    assert.deepEqual(flagged('The clocks go forward on the last Sunday of the month, and the board meets on the first Monday of each month.'), []);
  });

  it('flags "a Wednesday" that names one event\'s day', () => {
    assert.deepEqual(flagged('In a Wednesday media event, Apple released an update.'), ['Wednesday']);
  });
});

describe('relative-date: a wire dateline', () => {
  it('is silent on the dateline day that restates the publication date, not on another day', () => {
    const wire = (day: string) => analyze(`Last update: Friday 10 May 2024\n\nStorm hits\n\nLONDON, ${day} (Wire) - A storm hit, the grid said.\n`, 'plaintext');
    const texts = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.rule === 'relative-date').map((f) => a.text.slice(f.span.start, f.span.end));
    assert.deepEqual(texts(wire('May 10')), []);
    assert.deepEqual(texts(wire('May 9')), ['May 9']);
  });

  it('is silent on the dateline day after a place with its state: "SPRINGFIELD, Ill., May 10 (Wire) -"', () => {
    const a = analyze('Last update: Friday 10 May 2024\n\nStorm hits\n\nSPRINGFIELD, Ill., May 10 (Wire) - A storm hit, the grid said.\n', 'plaintext');
    assert.deepEqual(a.findings.filter((f) => f.rule === 'relative-date'), []);
  });
});

describe('relative-date: a date that names an event', () => {
  it('is silent on "the September 11 attacks", not on another 11 September', () => {
    assert.deepEqual(flagged('Markets fell after the September 11th terrorist attacks and the September 11 attack.'), []);
    assert.deepEqual(flagged('The vote is on September 11 and attacks are feared.'), ['on September 11']);
  });
});
