import * as assert from 'node:assert/strict';
import { exitStatus } from './check';

describe('factdesk check: exit status', () => {
  const findings = (...severities: string[]) => severities.map((severity) => ({ severity }));

  it('--fail-on sets the least severity that fails the run', () => {
    const some = findings('information', 'hint');
    assert.equal(exitStatus(some, { failOn: 'warning' }, false).exitCode, 0);
    assert.equal(exitStatus(some, { failOn: 'information' }, false).exitCode, 1);
    assert.equal(exitStatus(findings('warning'), { failOn: 'error' }, false).exitCode, 0);
    assert.equal(exitStatus(findings('warning'), { failOn: 'warning' }, false).exitCode, 1);
    assert.equal(exitStatus(findings('error'), { failOn: 'error' }, false).exitCode, 1);
    assert.equal(exitStatus(findings('hint'), { failOn: 'information' }, false).exitCode, 0);
  });

  it('--max-warnings fails the run on more warnings than N, whatever --fail-on says', () => {
    const three = findings('warning', 'warning', 'information', 'warning');
    assert.deepEqual(exitStatus(three, { failOn: 'error', maxWarnings: 3 }, false), { exitCode: 0, warnings: 3, tooManyWarnings: false });
    assert.deepEqual(exitStatus(three, { failOn: 'error', maxWarnings: 2 }, false), { exitCode: 1, warnings: 3, tooManyWarnings: true });
    assert.deepEqual(exitStatus([], { failOn: 'warning', maxWarnings: 0 }, false), { exitCode: 0, warnings: 0, tooManyWarnings: false });
  });

  it('something that could not be checked is exit 2, before any finding', () => {
    assert.equal(exitStatus(findings('error'), { failOn: 'warning' }, true).exitCode, 2);
    assert.equal(exitStatus([], { failOn: 'warning' }, true).exitCode, 2);
  });
});
