import * as assert from 'node:assert/strict';
import { editorSettingsSchema, workspaceFileSchema } from './schema';
import { validate } from './validate';

describe('validate: a message naming the key and the expected form', () => {
  it('accepts a valid file as it is', () => {
    const input = { rules: { 'relative-date': 'off' }, dateStyle: 'month-day-year', overrides: [{ files: ['a/**', 'b/*.md'], notFigures: ['Big Four'] }] };
    assert.deepEqual(validate(workspaceFileSchema, input), { value: input, problems: [] });
  });

  it('an unknown top-level key is an error listing the keys allowed there', () => {
    const r = validate(workspaceFileSchema, { rulez: { 'relative-date': 'off' }, dateStyle: 'month-day-year' });
    assert.deepEqual(r.problems, [
      {
        path: ['rulez'],
        message: 'unknown key "rulez"; expected one of: $schema, rules, publicationDate, languages, dateStyle, maxFileSize, attributionVerbs, trustedSources, notFigures, overrides',
      },
    ]);
    assert.deepEqual(r.value, { dateStyle: 'month-day-year' }, 'the rest still applies');
  });

  it('an unknown rule id is an error listing the rule ids', () => {
    const r = validate(workspaceFileSchema, { rules: { 'relative-dates': 'off', 'undated-claim': 'hint' } });
    assert.deepEqual(r.problems, [
      { path: ['rules', 'relative-dates'], message: 'unknown key "rules.relative-dates"; expected one of: unattributed-figure, inconsistent-figure, relative-date, undated-claim' },
    ]);
    assert.deepEqual(r.value, { rules: { 'undated-claim': 'hint' } });
  });

  it('a bad severity names the allowed values and what was given', () => {
    const r = validate(editorSettingsSchema, { rules: { 'relative-date': 'warn' } });
    assert.deepEqual(r.problems, [
      { path: ['rules', 'relative-date'], message: '"rules.relative-date" must be one of "error", "warning", "information", "hint", "off"; got "warn"' },
    ]);
    assert.deepEqual(r.value, { rules: {} });
  });

  it('dates, numbers, lists and overrides each say their expected form', () => {
    const r = validate(workspaceFileSchema, {
      publicationDate: '7 April 2016',
      maxFileSize: '1MB',
      languages: ['markdown', 'latex'],
      trustedSources: 'Reuters',
      attributionVerbs: ['brief', 3],
      overrides: [{ rules: {} }, { files: 'a/**', dateStyle: 'ISO' }],
    });
    assert.deepEqual(
      r.problems.map((p) => p.message),
      [
        '"publicationDate" must be a date as YYYY-MM-DD, or "" for none; got "7 April 2016"',
        '"languages[1]" must be one of "markdown", "plaintext"; got "latex"',
        '"maxFileSize" must be a whole number of characters, at least 1000; got "1MB"',
        '"attributionVerbs[1]" must be a word or phrase in quotes; got 3',
        '"trustedSources" must be a list of words or phrases, e.g. ["briefed", "tweeted"]; got "Reuters"',
        '"overrides[0].files" must be a glob or a list of globs relative to this file, e.g. "opinion/**"; got nothing',
        '"overrides[1].dateStyle" must be one of "day-month-year", "month-day-year"; got "ISO"',
      ],
    );
    assert.deepEqual(r.value, { languages: ['markdown'], attributionVerbs: ['brief'], overrides: [{ files: 'a/**' }] });
  });

  it('a file that is not an object falls back to all defaults', () => {
    assert.deepEqual(validate(workspaceFileSchema, ['rules']), { value: {}, problems: [{ path: [], message: 'the settings must be an object of Factdesk settings; got ["rules"]' }] });
  });

  it('a number out of range says the bound', () => {
    assert.deepEqual(validate(editorSettingsSchema, { maxFileSize: 10 }).problems, [{ path: ['maxFileSize'], message: '"maxFileSize" must be a whole number of characters, at least 1000; got 10' }]);
  });
});
