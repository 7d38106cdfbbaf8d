import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/**
 * What the editor suites share: the fixture workspace, the extension, and waiting for the
 * language server's diagnostics without sleeping a fixed time.
 */

/** How long the server may take to answer before a wait fails (start-up included). */
const DEADLINE_MS = 30_000;

/** The extension under test, activated: the one the runner installed or loaded. */
export async function factdesk(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension('factdesk.factdesk');
  assert.ok(extension, 'the factdesk.factdesk extension is not installed in this VS Code');
  await extension.activate();
  return extension;
}

/** A file of the workspace the runner opened: a fresh copy of test-fixtures/editor. */
export function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner must open a copy of test-fixtures/editor as the workspace');
  return vscode.Uri.joinPath(folder.uri, name);
}

/**
 * Runs `action` and resolves with the diagnostics of `uri` the next time they change. The server
 * publishes once per analysed version, so the first change after an open or an edit is the
 * result for it; listening before acting means that answer cannot be missed.
 */
export async function nextDiagnostics(uri: vscode.Uri, action: () => Thenable<unknown>): Promise<vscode.Diagnostic[]> {
  const key = uri.toString();
  let listener: vscode.Disposable | undefined;
  let timer: NodeJS.Timeout | undefined;
  const changed = new Promise<vscode.Diagnostic[]>((resolve, reject) => {
    listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key)) resolve(vscode.languages.getDiagnostics(uri));
    });
    timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri.path} within ${DEADLINE_MS} ms`)), DEADLINE_MS);
  });
  try {
    await action();
    return await changed;
  } finally {
    listener?.dispose();
    clearTimeout(timer);
  }
}

/** Opens a fixture in an editor and resolves once its first diagnostics are published. */
export async function openDraft(name: string): Promise<{ editor: vscode.TextEditor; diagnostics: vscode.Diagnostic[] }> {
  const uri = fixture(name);
  let editor: vscode.TextEditor | undefined;
  const diagnostics = await nextDiagnostics(uri, async () => {
    editor = await vscode.window.showTextDocument(uri);
  });
  assert.ok(editor);
  await factdesk();
  return { editor, diagnostics };
}

/** The range of the `nth` occurrence of `text` in the document: expectations name words, not columns. */
export function rangeOf(document: vscode.TextDocument, text: string, nth = 1): vscode.Range {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = document.getText().indexOf(text, at + 1);
    assert.ok(at >= 0, `"${text}" (occurrence ${nth}) is not in ${document.uri.path}`);
  }
  return new vscode.Range(document.positionAt(at), document.positionAt(at + text.length));
}

/** A range as the tests compare it, zero-based like the API: [line, character, line, character]. */
export function where(range: vscode.Range): [number, number, number, number] {
  return [range.start.line, range.start.character, range.end.line, range.end.character];
}

/** A fresh copy of a fixture under a new name, for a test that edits it (fixes are saved to disk). */
export async function copyFixture(name: string, as: string): Promise<string> {
  await vscode.workspace.fs.copy(fixture(name), fixture(as), { overwrite: true });
  return as;
}

/** Saves and closes every editor, so no test sees another's tabs and no dialog asks to save. */
export async function closeAll(): Promise<void> {
  await vscode.workspace.saveAll(false);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
