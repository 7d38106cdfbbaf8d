import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Analysis } from '../server/src/engine/analysis';
import { analyze } from '../server/src/engine/analyze';
import { applyEdits, draftFixes, fixesFor, type Fix, type TextEdit } from '../server/src/engine/fixes';
import { assertWordsKept } from '../server/src/engine/fixes/fixTestkit';
import { formatOfPath } from '../server/src/engine/format';
import type { Finding } from '../server/src/engine/types';

// Issue 10, fix safety: on every draft the tests ship, every offered fix, applied alone and all
// together, keeps the draft's words in order and clears what it fixes.
const FIXTURES = path.resolve(__dirname, '..', 'test-fixtures');

function drafts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return drafts(full);
    // `*.report.md` files are expected outputs of the report, not drafts.
    return /\.(md|txt)$/.test(e.name) && !e.name.endsWith('.report.md') ? [full] : [];
  });
}

/**
 * The edits as a user completes them: a snippet's placeholder is filled in (a date placeholder
 * with a date, any other with its default), since "(date)" itself is meant to stay flagged.
 */
const completed = (fix: Fix): TextEdit[] =>
  (fix.snippet ?? fix.edits).map((e) => ({ ...e, newText: e.newText.replace(/\$\{\d+:([^}]*)\}/g, (_, d: string) => (d === 'date' ? '1 April 2016' : d)) }));

/** Findings of the same rule on the same words: a fix must make this count drop. */
const sameClaims = (a: Analysis, f: Finding, quoted: string): number =>
  a.findings.filter((g) => g.rule === f.rule && a.text.slice(g.span.start, g.span.end) === quoted).length;

describe('fix safety on every draft in test-fixtures', () => {
  const files = drafts(FIXTURES);

  it('finds the fixture drafts', () => {
    assert.ok(files.length >= 5, `only ${files.length} drafts under test-fixtures`);
  });

  for (const file of files) {
    const name = path.relative(FIXTURES, file);
    const text = readFileSync(file, 'utf8');
    const format = formatOfPath(file);

    it(`${name}: each fix alone keeps every word and clears its finding`, () => {
      const before = analyze(text, format);
      let applied = 0;
      for (const finding of before.findings) {
        const quoted = text.slice(finding.span.start, finding.span.end);
        for (const fix of fixesFor(before, finding)) {
          assertWordsKept(text, applyEdits(text, fix.edits));
          const after = applyEdits(text, completed(fix));
          assertWordsKept(text, after);
          const again = analyze(after, format);
          assert.ok(sameClaims(again, finding, quoted) < sameClaims(before, finding, quoted), `"${fix.title}" left the ${finding.rule} finding on "${quoted}"`);
          applied++;
        }
      }
      for (const fix of draftFixes(before)) assertWordsKept(text, applyEdits(text, fix.edits));
      // Every fixture is written to have findings with fixes; a silent engine must fail here.
      assert.ok(applied > 0, 'no fix was offered on this draft');
    });

    it(`${name}: the first fix of every finding, all together, keeps every word and clears them all`, () => {
      const before = analyze(text, format);
      const chosen: { finding: Finding; fix: Fix }[] = [];
      for (const finding of before.findings) {
        const [fix] = fixesFor(before, finding);
        if (fix) chosen.push({ finding, fix });
      }
      const after = applyEdits(text, chosen.flatMap((c) => completed(c.fix)));
      assertWordsKept(text, after);
      const again = analyze(after, format);
      for (const { finding } of chosen) {
        const quoted = text.slice(finding.span.start, finding.span.end);
        assert.equal(sameClaims(again, finding, quoted), 0, `the ${finding.rule} finding on "${quoted}" survived all fixes`);
      }
    });
  }
});
