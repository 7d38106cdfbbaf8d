import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, copyFixture, nextDiagnostics, openDraft, where } from './editor';

type Found = [rule: string, severity: string, range: ReturnType<typeof where>];

/** The rules, severities and ranges of a set of diagnostics, in document order. */
function found(diagnostics: readonly vscode.Diagnostic[]): Found[] {
  return [...diagnostics]
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map((d) => [String(d.code), vscode.DiagnosticSeverity[d.severity], where(d.range)]);
}

describe('settings in the editor', function () {
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('factdesk');

  afterEach(async () => {
    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAll();
  });

  it('factdesk.rules turns a rule off and changes its severity, without reopening the draft', async () => {
    const { editor, diagnostics } = await openDraft(await copyFixture('wire.md', 'settings.md'));
    const uri = editor.document.uri;
    const before = found(diagnostics);
    assert.ok(before.some(([rule]) => rule === 'relative-date'), 'the draft has relative dates to turn off');

    const off = await nextDiagnostics(uri, () => config().update('rules', { 'relative-date': 'off' }, vscode.ConfigurationTarget.Workspace));
    assert.deepEqual(found(off), before.filter(([rule]) => rule !== 'relative-date'));

    const loud = await nextDiagnostics(uri, () => config().update('rules', { 'relative-date': 'error' }, vscode.ConfigurationTarget.Workspace));
    assert.deepEqual(
      found(loud),
      before.map(([rule, severity, range]) => [rule, rule === 'relative-date' ? 'Error' : severity, range]),
    );
  });
});
