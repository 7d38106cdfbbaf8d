import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runReport } from './report';

describe('factdesk report', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'factdesk-report-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a missing file, two files, an unknown format and a bad date with exit 2', () => {
    const draft = path.join(dir, 'a.md');
    writeFileSync(draft, 'Text.\n');
    assert.deepEqual(runReport([]).stderr[0], 'factdesk: no file given');
    assert.deepEqual(runReport([draft, draft]).stderr[0], 'factdesk: report takes one file');
    assert.deepEqual(runReport(['--format', 'pdf', draft]).stderr[0], 'factdesk: --format expects markdown, json or html, got "pdf"');
    assert.deepEqual(runReport(['--date', '2016-13-01', draft]).stderr[0], 'factdesk: --date expects a date as YYYY-MM-DD, got "2016-13-01"');
    const missing = runReport([path.join(dir, 'nope.md')]);
    assert.deepEqual([missing.exitCode, missing.stdout, missing.stderr], [2, '', [`factdesk: ${path.join(dir, 'nope.md')}: no such file`]]);
  });

  it('takes the publication date from --date when the draft has none', () => {
    const draft = path.join(dir, 'a.txt');
    writeFileSync(draft, 'Rebels entered the town on Thursday.\n');
    const out = runReport(['--format', 'json', '--date', '2016-04-07', draft]);
    assert.equal(out.exitCode, 0);
    const report = JSON.parse(out.stdout) as { publicationDate: string; dates: { text: string; resolved: string }[] };
    assert.equal(report.publicationDate, '2016-04-07');
    assert.deepEqual(report.dates.map((d) => [d.text, d.resolved]), [['on Thursday', '2016-04-07']]);
  });

  it('writes a self-contained HTML page: strict CSP, no script, nothing remote, the file name escaped', () => {
    const draft = path.join(dir, 'a<b>&"c".md');
    writeFileSync(draft, '---\ndate: 2016-04-07\n---\n\nRebels took 18 villages on Thursday.\n');
    const html = runReport(['--format', 'html', draft]).stdout;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    assert.match(csp ?? '', /^default-src 'none'; style-src 'nonce-[A-Za-z0-9+/=]{24}'; img-src 'none'; form-action 'none'; base-uri 'none'$/);
    assert.ok(html.includes('<title>Sourcing report: a&#60;b&#62;&#38;&#34;c&#34;.md</title>'));
    assert.ok(!html.includes('<script'));
    assert.ok(!/\b(?:src|href)="(?!#)/.test(html), 'a remote or local resource is referenced');
    assert.ok(html.includes('<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Claims per source and status"'));
  });
});
