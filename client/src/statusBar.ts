import * as vscode from 'vscode';
import { COMMANDS } from '../../server/src/protocol';

const DRAFT_LANGUAGES = new Set(['markdown', 'plaintext']);

/**
 * The count of Factdesk findings in the active draft; a click opens the sourcing report. It
 * counts the diagnostics the editor holds, so it follows every publication of the server.
 */
export function registerStatusBar(context: vscode.ExtensionContext): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('factdesk.findings', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Factdesk findings';
  item.command = COMMANDS.showReport;
  const update = (): void => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !DRAFT_LANGUAGES.has(document.languageId)) {
      item.hide();
      return;
    }
    const count = findingCount(document.uri);
    item.text = `$(checklist) ${count}`;
    item.tooltip = `Factdesk: ${count} ${count === 1 ? 'finding' : 'findings'} in this draft. Click for the sourcing report.`;
    item.show();
  };
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) update();
    }),
  );
  update();
  return item;
}

function findingCount(uri: vscode.Uri): number {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'factdesk').length;
}
