import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseConfigFile } from '../config/configFile';
import { init, starterConfig } from './init';

describe('factdesk init', () => {
  it('the starter file is commented JSON that parses to the defaults with no problem', () => {
    const text = starterConfig();
    assert.deepEqual(parseConfigFile(text), {
      config: {
        rules: {},
        publicationDate: '',
        languages: ['markdown', 'plaintext'],
        dateStyle: 'day-month-year',
        maxFileSize: 1_000_000,
        attributionVerbs: [],
        trustedSources: [],
        notFigures: [],
        overrides: [],
      },
      problems: [],
    });
    assert.deepEqual(text.split('\n').slice(0, 6), [
      '// Factdesk settings for the drafts in this folder and below; the nearest .factdesk.json wins.',
      '// Every key is optional. A key Factdesk does not know is an error, so a typo never goes unnoticed.',
      '{',
      '  // Each rule\'s severity ("error", "warning", "information", "hint") or "off". A rule not named keeps its default.',
      '  // Rules: unattributed-figure, inconsistent-figure, relative-date, undated-claim. For example: "relative-date": "information"',
      '  "rules": {},',
    ]);
    assert.ok(text.includes('\n  "languages": ["markdown", "plaintext"],\n'));
  });

  it('writes .factdesk.json once and never overwrites it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factdesk-init-'));
    const file = path.join(dir, '.factdesk.json');
    assert.deepEqual(init(dir), { exitCode: 0, message: `factdesk: wrote ${file}` });
    assert.equal(readFileSync(file, 'utf8'), starterConfig());
    assert.deepEqual(init(dir), { exitCode: 2, message: `factdesk: ${file} already exists; not overwritten` });
  });
});
