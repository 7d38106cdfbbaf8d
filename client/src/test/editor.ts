import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/**
 * What the editor suites share: the fixture workspace, the extension, and waiting for the
 * language server's diagnostics without sleeping a fixed time.
 */

/** How long the server may take to get the diagnostics right (start-up included) before a test fails. */
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
 * Runs `action`, then waits until `check` passes (it throws, an assertion, while it does not)
 * and returns what it returned. `check` runs each time `event` fires after the action, never
 * before: VS Code tells the extension host about diagnostics and tabs by events, and the server
 * may republish (when the settings arrive at start-up, say), so a test waits for the state it
 * expects rather than for the next event, and fails with the last assertion if that state does
 * not come by the deadline. With `checkAtOnce`, `check` also runs right after the action.
 */
export async function until<T>(event: vscode.Event<unknown>, action: () => Thenable<unknown>, check: () => T | Promise<T>, checkAtOnce = false): Promise<T> {
  let acting = true;
  let missed = false;
  let done = false;
  let last: unknown = new Error(`nothing happened within ${DEADLINE_MS} ms`);
  let checks = Promise.resolve();
  let listener: vscode.Disposable | undefined;
  let timer: NodeJS.Timeout | undefined;
  /** Called once the action is done: checks what happened during it. */
  let after = (): void => {};
  const passed = new Promise<T>((resolve, reject) => {
    const run = (): void => {
      checks = checks.then(async () => {
        if (done) return;
        try {
          const result = await check();
          done = true;
          resolve(result);
        } catch (error) {
          last = error;
        }
      });
    };
    listener = event(() => {
      if (acting) missed = true;
      else run();
    });
    timer = setTimeout(() => {
      done = true;
      reject(last);
    }, DEADLINE_MS);
    after = () => {
      acting = false;
      if (missed || checkAtOnce) run();
    };
  });
  try {
    await action();
    after();
    return await passed;
  } finally {
    listener?.dispose();
    clearTimeout(timer);
  }
}

/** `until` for the diagnostics of one document: `check` gets them each time they are published. */
export function untilDiagnostics<T>(uri: vscode.Uri, action: () => Thenable<unknown>, check: (diagnostics: vscode.Diagnostic[]) => T | Promise<T>, checkAtOnce = false): Promise<T> {
  const key = uri.toString();
  const published: vscode.Event<unknown> = (listener) =>
    vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key)) listener(e);
    });
  return until(published, action, () => check(vscode.languages.getDiagnostics(uri)), checkAtOnce);
}

/**
 * Opens a fixture in an editor; resolves once its diagnostics pass `check` (by default, once
 * the server has published any).
 */
export async function openDraft(name: string, check: (document: vscode.TextDocument, diagnostics: vscode.Diagnostic[]) => void = () => {}): Promise<vscode.TextEditor> {
  const uri = fixture(name);
  let editor: vscode.TextEditor | undefined;
  await untilDiagnostics(
    uri,
    async () => {
      editor = await vscode.window.showTextDocument(uri);
    },
    (diagnostics) => check(editor!.document, diagnostics),
  );
  await factdesk();
  return editor!;
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

/** A diagnostic as a reader of the Problems panel sees it: rule, severity, where, which words. */
export type Seen = [rule: string, severity: string, range: [number, number, number, number], text: string];

/** Factdesk's diagnostics of a document as `Seen` rows, in document order. */
export function seen(document: vscode.TextDocument, diagnostics: readonly vscode.Diagnostic[]): Seen[] {
  return diagnostics
    .filter((d) => d.source === 'factdesk')
    .sort((a, b) => a.range.start.compareTo(b.range.start) || a.range.end.compareTo(b.range.end))
    .map((d) => [String(typeof d.code === 'object' ? d.code.value : d.code), vscode.DiagnosticSeverity[d.severity], where(d.range), document.getText(d.range)]);
}

/** The `Seen` row expected for the first occurrence of `text`. */
export function expected(document: vscode.TextDocument, rule: string, severity: keyof typeof vscode.DiagnosticSeverity, text: string, nth = 1): Seen {
  return [rule, severity, where(rangeOf(document, text, nth)), text];
}

/**
 * A fresh copy of a fixture under a new name, for a test that edits it. Resolves once VS Code's
 * file watcher has reported the new file: a report arriving after the draft is open makes VS Code
 * reload it, which cancels the requests (code actions, hovers) in flight.
 */
export async function copyFixture(name: string, as: string): Promise<string> {
  const target = fixture(as);
  const folder = vscode.workspace.workspaceFolders![0]!;
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, as));
  try {
    const seen = (e: vscode.Event<vscode.Uri>): vscode.Event<unknown> => (listener) => e((uri) => uri.toString() === target.toString() && listener(uri));
    await until(seen(watcher.onDidCreate), () => vscode.workspace.fs.copy(fixture(name), target), () => {});
  } finally {
    watcher.dispose();
  }
  return as;
}

/** Saves and closes every editor, so no test sees another's tabs and no dialog asks to save. */
export async function closeAll(): Promise<void> {
  await vscode.workspace.saveAll(false);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
