import * as assert from 'node:assert/strict';
import { parse } from 'jsonc-parser';
import { applyEdits } from './fix';
import { turnOffRuleEdits } from './turnOff';

describe('turnOffRuleEdits: "Turn off <rule> for this workspace"', () => {
  it('writes a new .factdesk.json when there is none', () => {
    const edits = turnOffRuleEdits(null, 'relative-date')!;
    assert.equal(applyEdits('', edits), '{\n  "rules": {\n    "relative-date": "off"\n  }\n}\n');
  });

  it('adds the rule to an existing file and keeps its comments and other keys', () => {
    const before = '{\n  // house style\n  "dateStyle": "month-day-year",\n  "rules": { "undated-claim": "hint" }\n}\n';
    const after = applyEdits(before, turnOffRuleEdits(before, 'unattributed-figure')!);
    assert.ok(after.includes('// house style'));
    assert.deepEqual(parse(after), { dateStyle: 'month-day-year', rules: { 'undated-claim': 'hint', 'unattributed-figure': 'off' } });
  });

  it('replaces the rule\'s severity when it is already set', () => {
    const before = '{ "rules": { "relative-date": "warning" } }';
    assert.deepEqual(parse(applyEdits(before, turnOffRuleEdits(before, 'relative-date')!)), { rules: { 'relative-date': 'off' } });
  });

  it('leaves a file that is not valid JSON alone', () => {
    assert.equal(turnOffRuleEdits('{ "rules": ', 'relative-date'), null);
    assert.equal(turnOffRuleEdits('[1, 2]', 'relative-date'), null);
  });
});
