import * as assert from 'node:assert/strict';
import { analyze } from '../analyze';

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
