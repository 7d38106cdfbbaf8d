import * as assert from 'node:assert/strict';
import { RULES } from '../engine/rules';
import type { FileReport } from './checkFile';
import { toSarif } from './sarif';
import { sarifValidator } from './sarifSchema.testkit';

const pos = (line: number, character: number) => ({ line, character });

const report: FileReport = {
  ok: true,
  file: {
    path: 'news/story.md',
    publicationDate: '2016-04-07',
    findings: [
      {
        rule: 'relative-date',
        severity: 'warning',
        message: '"on Thursday" depends on the day of writing.',
        range: { start: pos(2, 4), end: pos(2, 15) },
        offset: { start: 30, end: 41 },
        text: 'on Thursday',
        data: { resolved: '2016-04-07' },
      },
      {
        rule: 'inconsistent-figure',
        severity: 'information',
        message: '250 workers here, more than 300 employees above.',
        range: { start: pos(6, 0), end: pos(6, 12) },
        offset: { start: 90, end: 102 },
        text: 'at least 250',
        data: { related: [{ offset: { start: 50, end: 63 }, text: 'more than 300', message: 'the other mention' }] },
      },
    ],
  },
  related: [[], [{ start: pos(4, 10), end: pos(4, 23) }]],
  problems: [],
};

describe('factdesk check --format sarif', () => {
  const log = toSarif([report, { ok: false, error: 'x: no such file' }], '1.2.3', { problems: ['factdesk: x: no such file'], successful: false }, '/repo');

  it('is valid SARIF 2.1.0', () => {
    const validate = sarifValidator();
    assert.equal(validate(log), true, JSON.stringify(validate.errors));
  });

  it('reports what could not be checked in its invocation', () => {
    assert.deepEqual(log.runs[0]!.invocations, [{ executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: 'factdesk: x: no such file' } }] }]);
  });

  it('describes every rule with its description, help and default level', () => {
    const driver = log.runs[0]!.tool.driver;
    assert.equal(driver.name, 'factdesk');
    assert.equal(driver.version, '1.2.3');
    assert.deepEqual(
      driver.rules!.map((r) => r.id),
      RULES.map((r) => r.id),
    );
    for (const r of driver.rules!) {
      assert.ok(r.shortDescription!.text.length > 10, r.id);
      assert.ok(r.help!.text.length > 10 && r.help!.markdown!.includes(`\`<!-- factdesk-ignore-next-line ${r.id} -->\``), r.id);
      assert.ok(['error', 'warning', 'note'].includes(r.defaultConfiguration!.level!), r.id);
    }
  });

  it('gives each finding its rule, level, message and a 1-based region; related mentions as related locations', () => {
    assert.equal(log.runs[0]!.columnKind, 'utf16CodeUnits');
    const [date, figure] = log.runs[0]!.results!;
    assert.deepEqual(
      { ...date, ruleIndex: undefined },
      {
        ruleId: 'relative-date',
        ruleIndex: undefined,
        level: 'warning',
        message: { text: '"on Thursday" depends on the day of writing.' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'news/story.md' }, region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 16 } } }],
      },
    );
    assert.equal(figure!.level, 'note');
    assert.deepEqual(figure!.relatedLocations, [
      { id: 0, physicalLocation: { artifactLocation: { uri: 'news/story.md' }, region: { startLine: 5, startColumn: 11, endLine: 5, endColumn: 24 } }, message: { text: 'the other mention' } },
    ]);
  });
});
