import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../../server/src/protocol';
import { closeAll, copyFixture, factdesk, fixture, untilDiagnostics } from './editor';

describe('Factdesk: Check all drafts in the workspace', function () {
  afterEach(closeAll);

  it('fills the Problems panel for a draft that is not open', async () => {
    await factdesk();
    const uri = fixture(await copyFixture('wire.md', 'never-opened.md'));
    assert.deepEqual(vscode.languages.getDiagnostics(uri), [], 'nothing is known of a draft before it is checked');
    let result: { checked: number; findings: number } | undefined;
    await untilDiagnostics(
      uri,
      async () => {
        result = await vscode.commands.executeCommand(COMMANDS.checkWorkspace);
      },
      (diagnostics) => {
        assert.deepEqual(
          diagnostics.map((d) => d.code).sort(),
          ['relative-date', 'relative-date', 'undated-claim', 'unattributed-figure', 'unattributed-figure'].sort(),
        );
      },
    );
    assert.ok(vscode.workspace.textDocuments.every((d) => d.uri.toString() !== uri.toString()), 'the draft was not opened');
    assert.ok(result && result.checked >= 1 && result.findings >= 5, JSON.stringify(result));
  });
});
