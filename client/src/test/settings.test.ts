import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, copyFixture, openDraft, rangeOf, seen, untilDiagnostics, type Seen } from './editor';

describe('settings in the editor', function () {
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('factdesk');
  const set = (key: string, value: unknown) => () => config().update(key, value, vscode.ConfigurationTarget.Workspace);

  afterEach(async () => {
    await set('rules', undefined)();
    await set('dateStyle', undefined)();
    await closeAll();
  });

  it('factdesk.rules turns a rule off and changes its severity, without reopening the draft', async () => {
    let before: Seen[] = [];
    const { document } = await openDraft(await copyFixture('wire.md', 'settings.md'), (document, diagnostics) => {
      before = seen(document, diagnostics);
      assert.ok(before.some(([rule]) => rule === 'relative-date'), 'the draft has relative dates to turn off');
    });

    await untilDiagnostics(document.uri, set('rules', { 'relative-date': 'off' }), (diagnostics) => {
      assert.deepEqual(seen(document, diagnostics), before.filter(([rule]) => rule !== 'relative-date'));
    });
    await untilDiagnostics(document.uri, set('rules', { 'relative-date': 'error' }), (diagnostics) => {
      assert.deepEqual(
        seen(document, diagnostics),
        before.map(([rule, severity, range, text]): Seen => [rule, rule === 'relative-date' ? 'Error' : severity, range, text]),
      );
    });
  });

  it('factdesk.dateStyle changes the date the quick fix writes', async () => {
    const { document } = await openDraft('wire.md');
    const titles = async (): Promise<string[]> => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, rangeOf(document, 'on Thursday'));
      return actions.filter((a) => a.title.startsWith('Write as')).map((a) => a.title);
    };
    assert.deepEqual(await titles(), ['Write as "on Thursday (7 April 2016)"']);
    // The server republishes once it has read the new settings; from then on the fix follows them.
    await untilDiagnostics(document.uri, set('dateStyle', 'month-day-year'), async () => {
      assert.deepEqual(await titles(), ['Write as "on Thursday (April 7, 2016)"']);
    });
  });
});
