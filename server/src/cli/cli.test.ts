import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { sarifValidator } from './sarifSchema.testkit';

// The built CLI (npm test builds first), run as CI runs it: its own process, its own folder.
const CLI = path.resolve('dist', 'cli.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'factdesk-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

const DRAFT = 'Talks resume\n\nLast update: Thursday 7 April 2016\n\nThe talks resume in Geneva, the UN said.\n';

describe('factdesk CLI (built)', () => {
  it('checks a folder of many drafts on worker threads, in a stable order, with a progress line', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 24; i++) files[`drafts/${String(i).padStart(2, '0')}.${i % 2 ? 'md' : 'txt'}`] = DRAFT;
    const root = folder(files);
    const r = run(['check', '--format', 'json', '--jobs', '2', 'drafts'], root);
    assert.equal(r.stderr, 'factdesk: checking 24 drafts on 2 threads\nfactdesk: checked 24 drafts\n');
    assert.equal(r.code, 0);
    const out = JSON.parse(r.stdout) as { files: { path: string; publicationDate: string }[] };
    assert.deepEqual(
      out.files.map((f) => f.path),
      Object.keys(files).sort(),
    );
    assert.ok(out.files.every((f) => f.publicationDate === '2016-04-07'));
  });

  it('a few drafts are checked quietly on one thread', () => {
    const root = folder({ 'a.md': DRAFT, 'b.txt': DRAFT });
    assert.deepEqual(run(['check', '*.md', 'b.txt'], root), { code: 0, stdout: '', stderr: '' });
  });

  it('an invalid .factdesk.json: the same message as the editor shows, exit 2, the rest still checked', () => {
    const root = folder({ '.factdesk.json': '{\n  "rules": { "relative-date": "warn" },\n  "dateStyel": "month-day-year"\n}\n', 'a.md': DRAFT });
    const r = run(['check', '--format', 'json', 'a.md'], root);
    assert.equal(
      r.stderr,
      [
        '.factdesk.json:2:31: error "rules.relative-date" must be one of "error", "warning", "information", "hint", "off"; got "warn"',
        '.factdesk.json:3:3: error unknown key "dateStyel"; expected one of: $schema, rules, publicationDate, languages, dateStyle, maxFileSize, attributionVerbs, trustedSources, notFigures, overrides',
        '',
      ].join('\n'),
    );
    assert.equal(r.code, 2);
    assert.equal((JSON.parse(r.stdout) as { files: unknown[] }).files.length, 1);
  });

  it('.factdesk.json languages leave other drafts out of a folder, and its publication date applies', () => {
    const root = folder({ '.factdesk.json': '{ "languages": ["markdown"], "publicationDate": "2020-01-31" }', 'a.md': 'No date here.\n', 'b.txt': 'Nor here.\n' });
    const out = JSON.parse(run(['check', '--format', 'json', '.'], root).stdout) as { files: { path: string; publicationDate: string }[] };
    assert.deepEqual(out.files, [{ path: 'a.md', publicationDate: '2020-01-31', findings: [] }]);
  });

  it('--format sarif is valid SARIF 2.1.0 with paths relative to the working folder', () => {
    const root = folder({ 'news/a.md': DRAFT });
    const r = run(['check', '--format', 'sarif', 'news'], root);
    assert.equal(r.code, 0);
    const log = JSON.parse(r.stdout);
    const validate = sarifValidator();
    assert.equal(validate(log), true, JSON.stringify(validate.errors));
    assert.equal(log.runs[0].tool.driver.version, JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('usage errors and missing paths exit 2 with one line', () => {
    const root = folder({ 'a.md': DRAFT });
    const bad = run(['check', '--fail-on', 'hint', 'a.md'], root);
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr.split('\n')[0], 'factdesk: --fail-on expects error, warning or information, got "hint"');
    assert.equal(run(['check', '--max-warnings', 'many', 'a.md'], root).stderr.split('\n')[0], 'factdesk: --max-warnings expects a whole number, got "many"');
    assert.deepEqual(run(['check', 'a.md', 'gone.md', '*.docx'], root), { code: 2, stdout: '', stderr: 'factdesk: *.docx: no files match\nfactdesk: gone.md: no such file\n' });
  });

  it('an ignore comment naming no rule is an error line and exit 2; the draft is still checked', () => {
    const root = folder({ 'a.md': '<!-- factdesk-disable relative-dates -->\nText.\n' });
    const r = run(['check', '--format', 'json', 'a.md'], root);
    assert.equal(r.stderr, 'a.md:1:23: error unknown rule "relative-dates" in an ignore comment; rules: unattributed-figure, inconsistent-figure, relative-date, undated-claim\n');
    assert.equal(r.code, 2);
    assert.equal((JSON.parse(r.stdout) as { files: unknown[] }).files.length, 1);
  });

  it('init writes the starter file, which check then reads without complaint', () => {
    const root = folder({ 'a.md': DRAFT });
    assert.deepEqual(run(['init'], root), { code: 0, stdout: 'factdesk: wrote .factdesk.json\n', stderr: '' });
    assert.deepEqual(run(['check', 'a.md'], root), { code: 0, stdout: '', stderr: '' });
    assert.equal(run(['init'], root).code, 2);
  });

  describe('with findings', () => {
    // Two relative dates: warnings by default.
    const DATED = 'Talks resume\n\nLast update: Thursday 7 April 2016\n\nThey met on Monday.\n\nThe vote is on Friday.\n';

    it('text output names each finding; warnings fail the run by default, not with --fail-on error', () => {
      const root = folder({ 'a.txt': DATED });
      const r = run(['check', 'a.txt'], root);
      assert.equal(r.code, 1);
      assert.deepEqual(
        r.stdout.split('\n').map((l) => l.split(' depends')[0]),
        ["a.txt:5:10: warning relative-date 'on Monday'", "a.txt:7:13: warning relative-date 'on Friday'", ''],
      );
      assert.equal(run(['check', '--fail-on', 'error', 'a.txt'], root).code, 0);
    });

    it('--max-warnings N fails the run only past N warnings', () => {
      const root = folder({ 'a.txt': DATED });
      assert.equal(run(['check', '--fail-on', 'error', '--max-warnings', '2', 'a.txt'], root).code, 0);
      const over = run(['check', '--fail-on', 'error', '--max-warnings', '1', 'a.txt'], root);
      assert.equal(over.code, 1);
      assert.equal(over.stderr, 'factdesk: 2 warnings, more than --max-warnings 1\n');
    });

    it('.factdesk.json severities and per-folder overrides apply; --fail-on information counts them', () => {
      const root = folder({
        '.factdesk.json': '{ "rules": { "relative-date": "information" }, "overrides": [{ "files": "quiet/**", "rules": { "relative-date": "off" } }] }',
        'a.txt': DATED,
        'quiet/b.txt': DATED,
      });
      const r = run(['check', '--format', 'json', '.'], root);
      assert.equal(r.code, 0);
      const out = JSON.parse(r.stdout) as { files: { path: string; findings: { severity: string }[] }[] };
      assert.deepEqual(
        out.files.map((f) => [f.path, f.findings.map((x) => x.severity)]),
        [
          ['a.txt', ['information', 'information']],
          ['quiet/b.txt', []],
        ],
      );
      assert.equal(run(['check', '--fail-on', 'information', '.'], root).code, 1);
    });

    it('SARIF results carry rule, level and region, and stay valid', () => {
      const root = folder({ 'news/a.txt': DATED });
      const log = JSON.parse(run(['check', '--format', 'sarif', 'news'], root).stdout);
      const validate = sarifValidator();
      assert.equal(validate(log), true, JSON.stringify(validate.errors));
      const result = log.runs[0].results[0];
      assert.equal(result.ruleId, 'relative-date');
      assert.equal(log.runs[0].tool.driver.rules[result.ruleIndex].id, 'relative-date');
      assert.equal(result.level, 'warning');
      assert.deepEqual(result.locations[0].physicalLocation, { artifactLocation: { uri: 'news/a.txt' }, region: { startLine: 5, startColumn: 10, endLine: 5, endColumn: 19 } });
    });
  });
});
