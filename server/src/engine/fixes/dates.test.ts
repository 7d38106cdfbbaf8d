import * as assert from 'node:assert/strict';
import { analyze } from '../analyze';
import { draftFixes, fixesFor } from '.';
import { applyEdits } from './fix';
import { applyFix, findingOf, fixTitled, WIRE } from './fixTestkit';

describe('quick fixes: relative-date', () => {
  it('"Write as" adds the resolved date after the phrase', () => {
    const draft = `${WIRE}Rebels entered the town on Thursday, the group said.\n`;
    const after = applyFix(draft, 'markdown', 'relative-date', 'on Thursday', 'Write as "on Thursday (7 April 2016)"');
    assert.equal(after, `${WIRE}Rebels entered the town on Thursday (7 April 2016), the group said.\n`);
  });

  it('writes the house style from the settings', () => {
    const draft = `${WIRE}Rebels entered the town on Thursday, the group said.\n`;
    const after = applyFix(draft, 'markdown', 'relative-date', 'on Thursday', 'Write as "on Thursday (April 7, 2016)"', { dateStyle: 'month-day-year' });
    assert.equal(after, `${WIRE}Rebels entered the town on Thursday (April 7, 2016), the group said.\n`);
  });

  it('uses square brackets inside a quotation', () => {
    const draft = `${WIRE}"We crossed the border on Monday," the commander said.\n`;
    const after = applyFix(draft, 'markdown', 'relative-date', 'on Monday', 'Write as "on Monday [4 April 2016]"');
    assert.equal(after, `${WIRE}"We crossed the border on Monday [4 April 2016]," the commander said.\n`);
  });

  it('a vague phrase gets a date placeholder; the finding goes once the date is written', () => {
    const draft = `${WIRE}Fighting has intensified in recent months, the group said.\n`;
    const analysis = analyze(draft, 'markdown');
    const fix = fixTitled(fixesFor(analysis, findingOf(analysis, 'relative-date', 'recent months')), 'Add the date "in recent months" means');
    assert.deepEqual(fix.edits, [{ start: 67, end: 67, newText: ' (date)' }]);
    assert.deepEqual(fix.snippet, [{ start: 67, end: 67, newText: ' (${1:date})' }]);
    applyFix(draft, 'markdown', 'relative-date', 'recent months', 'Add the date "in recent months" means', {}, (s) => s.replace('(date)', '(since January 2016)'));
  });

  it('the source action resolves every relative date of the draft at once', () => {
    const draft = `${WIRE}Rebels took the town on Thursday. Talks resume next week.\n`;
    const analysis = analyze(draft, 'markdown');
    const [all] = draftFixes(analysis);
    assert.equal(all?.title, 'Resolve all relative dates in this draft');
    const after = applyEdits(draft, all!.edits);
    assert.equal(after, `${WIRE}Rebels took the town on Thursday (7 April 2016). Talks resume next week (the week of 11 April 2016).\n`);
    assert.deepEqual(analyze(after, 'markdown').findings.filter((f) => f.rule === 'relative-date'), []);
  });
});

describe('quick fixes: undated-claim', () => {
  it('"Add as of" anchors a running total at the publication date', () => {
    const draft = `${WIRE}More than 270,000 people have been killed, the Observatory said.\n`;
    const after = applyFix(draft, 'markdown', 'undated-claim', '270,000', 'Add "as of 7 April 2016"');
    assert.equal(after, `${WIRE}More than 270,000 people have been killed as of 7 April 2016, the Observatory said.\n`);
  });

  it('asks for the date when the draft has none; the finding goes once it is written', () => {
    const draft = 'More than 270,000 people have been killed, the Observatory said.\n';
    const analysis = analyze(draft, 'markdown');
    const fix = fixTitled(fixesFor(analysis, findingOf(analysis, 'undated-claim', '270,000')), 'Add "as of" and a date');
    assert.deepEqual(fix.snippet, [{ start: 41, end: 41, newText: ' as of ${1:date}' }]);
    applyFix(draft, 'markdown', 'undated-claim', '270,000', 'Add "as of" and a date', {}, (s) => s.replace('as of date', 'as of 6 April 2016'));
  });

  it('writes the house style', () => {
    const draft = `${WIRE}More than 270,000 people have been killed, the Observatory said.\n`;
    const after = applyFix(draft, 'markdown', 'undated-claim', '270,000', 'Add "as of April 7, 2016"', { dateStyle: 'month-day-year' });
    assert.equal(after, `${WIRE}More than 270,000 people have been killed as of April 7, 2016, the Observatory said.\n`);
  });
});
