import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseConfigFile } from './configFile';
import { ConfigFiles } from './discover';

describe('.factdesk.json', () => {
  it('reads comments and trailing commas (JSONC)', () => {
    const text = '{\n  // house style\n  "dateStyle": "month-day-year",\n}\n';
    assert.deepEqual(parseConfigFile(text), { config: { dateStyle: 'month-day-year' }, problems: [] });
  });

  it('puts an unknown key on the key and a bad value on the value', () => {
    const text = '{ "rulez": {}, "rules": { "relative-date": "warn" } }';
    const { config, problems } = parseConfigFile(text);
    assert.deepEqual(config, { rules: {} });
    assert.deepEqual(
      problems.map((p) => [p.message.slice(0, 30), text.slice(p.start, p.end)]),
      [
        ['"rules.relative-date" must be ', '"warn"'],
        ['unknown key "rulez"; expected ', '"rulez"'],
      ],
    );
  });

  it('a syntax error leaves every setting at its default', () => {
    const text = '{ "dateStyle": "month-day-year" "rules": {} }';
    const { config, problems } = parseConfigFile(text);
    assert.deepEqual(config, {});
    assert.deepEqual(problems, [{ message: 'not valid JSON: comma expected', start: 32, end: 39 }]);
  });

  it('an empty file is a problem, not a crash', () => {
    assert.deepEqual(parseConfigFile(''), { config: {}, problems: [{ message: 'not valid JSON: value expected', start: 0, end: 0 }] });
  });
});

describe('ConfigFiles: the nearest .factdesk.json and its overrides', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'factdesk-config-'));
  mkdirSync(path.join(root, 'news', 'opinion'), { recursive: true });
  mkdirSync(path.join(root, 'wire'), { recursive: true });
  writeFileSync(
    path.join(root, '.factdesk.json'),
    JSON.stringify({
      rules: { 'relative-date': 'information' },
      trustedSources: ['Reuters'],
      overrides: [
        { files: 'news/opinion/**', rules: { 'unattributed-figure': 'off' }, trustedSources: ['the Guardian'] },
        { files: ['**/*.txt'], dateStyle: 'month-day-year' },
      ],
    }),
  );
  writeFileSync(path.join(root, 'wire', '.factdesk.json'), '{ "publicationDate": "2016-04-07" }');
  const files = new ConfigFiles();

  it('applies the file, then each matching override in order', () => {
    assert.deepEqual(files.settingsFor(path.join(root, 'news', 'opinion', 'column.txt')).engine, {
      rules: { 'relative-date': 'information', 'unattributed-figure': 'off' },
      dateStyle: 'month-day-year',
      maxFileSize: 1_000_000,
      trustedSources: ['Reuters', 'the Guardian'],
    });
    assert.deepEqual(files.settingsFor(path.join(root, 'news', 'story.md')).engine, {
      rules: { 'relative-date': 'information' },
      dateStyle: 'day-month-year',
      maxFileSize: 1_000_000,
      trustedSources: ['Reuters'],
    });
  });

  it('the nearest file wins over one further up', () => {
    assert.deepEqual(files.settingsFor(path.join(root, 'wire', 'a.txt')).engine, { publicationDate: '2016-04-07', dateStyle: 'day-month-year', maxFileSize: 1_000_000 });
  });

  it('the editor settings lie under the file', () => {
    const s = files.settingsFor(path.join(root, 'news', 'story.md'), { rules: { 'relative-date': 'off', 'undated-claim': 'hint' }, languages: ['markdown'] });
    assert.deepEqual(s, {
      engine: { rules: { 'relative-date': 'information', 'undated-claim': 'hint' }, dateStyle: 'day-month-year', maxFileSize: 1_000_000, trustedSources: ['Reuters'] },
      languages: ['markdown'],
    });
  });
});
