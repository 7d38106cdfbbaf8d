import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../analyze';
import { buildReport, reportHtml, reportMarkdown } from '.';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', '..', 'test-fixtures', 'report');

function reportOf(name: string) {
  const text = readFileSync(path.join(FIXTURES, name), 'utf8');
  return buildReport(analyze(text, name.endsWith('.md') ? 'markdown' : 'plaintext'), name);
}

describe('the sourcing report', () => {
  it('of a clinic-closures draft matches the report written by hand', () => {
    const expected = readFileSync(path.join(FIXTURES, 'clinics.report.md'), 'utf8');
    assert.equal(reportMarkdown(reportOf('clinics.md')), expected);
  });

  it('its JSON keeps offsets that point at each claim in the draft', () => {
    const text = readFileSync(path.join(FIXTURES, 'clinics.md'), 'utf8');
    const report = reportOf('clinics.md');
    assert.deepEqual(report.claims.map((c) => text.slice(c.span.start, c.span.end)), ['12', '40', '3', '150', '90', 'About 2,000', 'More than 9,000']);
    assert.deepEqual(report.dates.map((d) => text.slice(d.span.start, d.span.end)), ['on Monday', 'last week', 'in May', 'in May', 'next month']);
    assert.deepEqual(report.sources.map((s) => [s.name, s.claims]), [
      ['The health ministry', [0, 1, 2, 6]],
      ['The hospital group', [4]],
      ['Union leader Ana Ruiz', [3]],
    ]);
    assert.deepEqual(report.counts, { figures: 7, attributed: 6, sources: 3, unattributed: 1, undated: 1, relativeDates: 5, resolved: 5, inconsistencies: 1 });
  });

  it('in HTML: a bar per source and one for unsourced figures, and lines that link back when scripted', () => {
    const html = reportHtml(reportOf('clinics.md'), { nonce: 'abc', script: 'void 0;' });
    assert.ok(html.includes(`content="default-src 'none'; style-src 'nonce-abc'; script-src 'nonce-abc'; img-src 'none'; form-action 'none'; base-uri 'none'"`));
    assert.deepEqual([...html.matchAll(/<text x="184" y="\d+" text-anchor="end" fill="currentColor">([^<]*)<\/text>/g)].map((m) => m[1]), ['The health ministry', 'The hospital group', 'Union leader Ana Ruiz', 'No source']);
    assert.ok(html.includes('<td class="line"><a class="goto" href="#" data-start="'));
    assert.ok(html.includes('<script nonce="abc">void 0;</script>'));
  });

  it('escapes every piece of draft text in HTML and Markdown', () => {
    const text = '---\ndate: 2024-06-04\n---\n\nThe <b>Health & Care</b> *Board* said 12 clinics closed on Monday.\n';
    const report = buildReport(analyze(text, 'markdown'), '<draft>.md');
    const html = reportHtml(report, { nonce: 'n' });
    assert.ok(!html.includes('<b>') && !html.includes('<draft>'));
    assert.ok(html.includes('&#60;draft&#62;.md'));
    assert.deepEqual(report.sources.map((s) => s.name), ['The Health & Care Board']);
    assert.ok(html.includes('<td>The Health &#38; Care Board</td>') && !html.includes('Health & Care'));
    assert.ok(reportMarkdown(report).startsWith('# Sourcing report: \\<draft\\>.md\n'));
  });

  it('in HTML: markup in the draft or its name stays inert text (script, event handlers, javascript: links)', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)" onclick="alert(4)">';
    const draft = [
      `Officials at ${hostile} said 300 people were hurt.`,
      'The [agency](javascript:alert(5)) said 12 schools shut.',
      'Officials at Bank & Co said 40 homes burned.',
    ].join('\n\n');
    const html = reportHtml(buildReport(analyze(draft, 'plaintext'), `${hostile}.txt`), { nonce: 'n0', script: 'void 0;' });
    // The hostile text reached the page, as text.
    assert.ok(html.includes('&#60;script&#62;alert(1)&#60;/script&#62;&#60;img src=x onerror=&#34;alert(2)&#34;&#62;'));
    assert.ok(html.includes('Officials at Bank &#38; Co'));
    // Nothing of it became markup: one script element (ours, with the nonce), no handler
    // attribute in any tag, no javascript: URL in any attribute.
    assert.deepEqual(html.match(/<script\b[^>]*>/gi), ['<script nonce="n0">']);
    assert.equal(html.match(/<[a-z][^>]*\son[a-z]+\s*=/gi), null);
    assert.equal(html.match(/<[a-z][^>]*=["']?javascript:/gi), null);
  });
});
