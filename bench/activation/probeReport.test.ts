import * as assert from 'node:assert/strict';
import { activationTimes } from './probeReport';

/** An excerpt of the Startup Performance view of code-server 4.100.3 (VS Code 1.100.3), as the probe read it. */
const PERF_VIEW = `## Performance Marks

| What                  | Duration | Process    | Info |
| --------------------- | -------- | ---------- | ---- |
| extensions registered | 3997     | [renderer] | -    |

## Extension Activation Stats

| Extension                | Eager | Load Code | Call Activate | Finish Activate | Event                | By                       |
| ------------------------ | ----- | --------- | ------------- | --------------- | -------------------- | ------------------------ |
| vscode.git               | true  | 126       | 5             | 1               | *                    | vscode.git               |
| vscode.emmet             | false | 128       | 18            | 0               | onLanguage           | vscode.emmet             |
| factdesk.factdesk        | false | 116       | 6             | 930             | onLanguage:plaintext | factdesk.factdesk        |

## Terminal Stats

| Name                                 | Timestamp     | Delta | Total |
| ------------------------------------ | ------------- | ----- | ----- |
| code/terminal/willGetTerminalBackend | 1795815417060 | 0     | 0     |
`;

describe('activationTimes (the Startup Performance view)', () => {
  it("reads the extension's row by column name", () => {
    assert.deepEqual(activationTimes(PERF_VIEW, 'factdesk.factdesk'), { codeLoading: 116, activateCall: 6, activateResolved: 930, eager: false, event: 'onLanguage:plaintext' });
  });

  it('matches the extension id without regard to case, as VS Code does', () => {
    assert.deepEqual(activationTimes(PERF_VIEW, 'VSCode.Git'), { codeLoading: 126, activateCall: 5, activateResolved: 1, eager: true, event: '*' });
  });

  it('finds nothing for an extension that is not in the table, nor in the tables around it', () => {
    assert.equal(activationTimes(PERF_VIEW, 'factdesk.other'), undefined);
    assert.equal(activationTimes(PERF_VIEW, 'extensions registered'), undefined);
    assert.equal(activationTimes(PERF_VIEW, 'code/terminal/willGetTerminalBackend'), undefined);
  });

  it('finds nothing while the view is still loading or when its columns change', () => {
    assert.equal(activationTimes('Loading...', 'factdesk.factdesk'), undefined);
    assert.equal(activationTimes(PERF_VIEW.replace('| Load Code |', '| Load      |'), 'factdesk.factdesk'), undefined);
    assert.equal(activationTimes(PERF_VIEW.replace('| 930             |', '| -               |'), 'factdesk.factdesk'), undefined);
  });
});
