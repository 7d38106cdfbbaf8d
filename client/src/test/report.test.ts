import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../../server/src/protocol';
import { closeAll, openDraft, until } from './editor';

/** The web view tabs open in the window, as [label, column]. */
function webviewTabs(): [string, number][] {
  return vscode.window.tabGroups.all.flatMap((group) =>
    group.tabs.filter((tab) => tab.input instanceof vscode.TabInputWebview).map((tab): [string, number] => [tab.label, group.viewColumn]),
  );
}

describe('the sourcing report in the editor', function () {
  afterEach(closeAll);

  it('"Factdesk: Sourcing report" is a command of the palette', async () => {
    const extension = vscode.extensions.getExtension('factdesk.factdesk');
    const contributed = (extension?.packageJSON as { contributes?: { commands?: { command: string; title: string; category?: string }[] } }).contributes?.commands ?? [];
    const command = contributed.find((c) => c.command === COMMANDS.showReport);
    assert.deepEqual(command && `${command.category}: ${command.title}`, 'Factdesk: Sourcing report');
  });

  it('opens its view beside the draft and leaves the draft the focus', async () => {
    await openDraft('wire.md');
    assert.deepEqual(webviewTabs(), []);
    const report: [string, number][] = [['Sourcing report: wire.md', vscode.ViewColumn.Two]];
    // The extension host learns of new tabs by an event.
    const tabsChange = vscode.window.tabGroups.onDidChangeTabs as vscode.Event<unknown>;
    await until(tabsChange, () => vscode.commands.executeCommand(COMMANDS.showReport), () => assert.deepEqual(webviewTabs(), report));
    // The draft keeps the focus: the report opens beside it.
    assert.equal(vscode.window.activeTextEditor?.document.uri.path.split('/').pop(), 'wire.md');
  });
});
