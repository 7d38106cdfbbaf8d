import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { toJsonFile } from '../server/src/cli/findingJson';
import { analyze } from '../server/src/engine/analyze';
import type { DraftFormat } from '../server/src/engine/types';
import { anyText, backtrackingRun, draftLike, runText } from './arbitraryDrafts';
import { assertAnalysisInvariants, offsetOf } from './invariants';

const format = fc.constantFrom<DraftFormat>('markdown', 'plaintext');
const settings = fc.constantFrom({}, { publicationDate: '2016-04-07' });

describe('analyze: properties over any text (issue 10)', function () {
  // The first call loads wink's model; later runs are milliseconds each.
  this.timeout(60000);

  it('never throws; every span lies inside the draft on whole characters and names its own text', () => {
    fc.assert(
      fc.property(anyText(), format, settings, (text, f, s) => {
        assertAnalysisInvariants(text, analyze(text, f, s));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the CLI JSON whose text is the slice at its offsets and whose range is those offsets', () => {
    fc.assert(
      fc.property(anyText(), format, (text, f) => {
        const analysis = analyze(text, f, { publicationDate: '2016-04-07' });
        for (const finding of toJsonFile('draft', analysis, null).findings) {
          assert.equal(finding.text, text.slice(finding.offset.start, finding.offset.end));
          assert.equal(offsetOf(text, finding.range.start), finding.offset.start);
          assert.equal(offsetOf(text, finding.range.end), finding.offset.end);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on what was analysed before (no stale cache across drafts)', () => {
    // The same blocks at other offsets, then the draft alone: the analysis of a text is a
    // function of that text, whatever a cache kept from the last one.
    fc.assert(
      fc.property(draftLike(30), draftLike(30), format, (prefix, text, f) => {
        analyze('Unrelated words.\n\nNothing to see.', f);
        const fresh = analyze(text, f);
        analyze(`${prefix}\n\n${text}`, f);
        analyze(text.replace(/\d/g, '7'), f);
        assert.deepEqual(analyze(text, f).findings, fresh.findings);
      }),
      { numRuns: 100 },
    );
  });

  it('quotes a time expression that spans an image as its prose view (a case the properties found)', () => {
    const text = 'on Thursday![img](a.png)7 April 2016';
    const analysis = analyze(text, 'markdown', {});
    assertAnalysisInvariants(text, analysis);
    assert.deepEqual(analysis.times.map((t) => [t.start, t.end, t.text]), [[0, 36, 'on Thursday             7 April 2016']]);
  });

  it('finishes on long runs of digits, commas, spaces and quotes (no super-linear pattern)', () => {
    // 20,000 to 60,000 repeats: linear work is milliseconds, quadratic work would be hours and
    // the suite's timeout fails it. The size is what is bounded, not the time.
    fc.assert(
      fc.property(backtrackingRun(20000, 60000), format, (run, f) => {
        const text = runText(run);
        assertAnalysisInvariants(text, analyze(text, f, { publicationDate: '2016-04-07' }));
      }),
      { numRuns: 10 },
    );
  });

  it('finishes on one run-on sentence of 600 KB, tens of thousands of figures and no full stop', () => {
    // Regression: a 1 MB sentence read as a headline made unattributed-figure and the
    // consistency mentions compare every figure with every other (minutes). Linear now.
    const text = Array.from({ length: 20000 }, (_, i) => `and ${i + 3} people in town ${i}`).join(' ');
    const analysis = analyze(text, 'plaintext', { publicationDate: '2016-04-07' });
    assertAnalysisInvariants(text, analysis);
    // Nothing attributes them and no body repeats the "headline": every figure is flagged.
    assert.ok(analysis.figures.length >= 20000);
    assert.equal(analysis.findings.filter((f) => f.rule === 'unattributed-figure').length, analysis.figures.length);
  });
});
