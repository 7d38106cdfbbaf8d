import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, PROBE_REPORT, type ProbeReport } from './probeReport';

/**
 * Runs inside VS Code's extension host as `extensionTestsPath` (bench/activation.ts loads it into
 * code-server through e2e/in-host.mjs), in a fresh window whose workspace holds one draft. It
 * opens the draft as a user would, times it to its first Factdesk diagnostics, then reads the
 * activation times VS Code recorded for the extension.
 *
 * VS Code activates `onLanguage:plaintext` extensions at window start-up, before any plain-text
 * file is open (microsoft/vscode#80268). The probe lets that activation finish first, so the
 * open is timed from a settled window; should the extension still be inactive after
 * SETTLE_MS, the open itself activates it and the time includes the activation.
 */

const SETTLE_MS = 10_000;
const DEADLINE_MS = 60_000;
/**
 * Diagnostics are polled: the extension host's onDidChangeDiagnostics is debounced by 50 ms, which
 * would be counted as start-up time. A poll every 2 ms costs the host little.
 */
const POLL_MS = 2;

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('the probe needs a workspace folder');
  const draft = vscode.Uri.joinPath(folder, 'sample-wire.txt');
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  const activeBeforeOpen = await until(() => extension.isActive, SETTLE_MS);

  const t0 = performance.now();
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draft));
  const ours = () => vscode.languages.getDiagnostics(draft).filter((d) => d.source === 'factdesk');
  if (!(await until(() => ours().length > 0))) throw new Error(`no Factdesk diagnostics for ${draft.fsPath} within ${DEADLINE_MS / 1000} s`);
  const coldOpenMs = performance.now() - t0;

  // The table "Developer: Startup Performance" shows, filled in once the workbench is idle. Its
  // text provider is registered the first time the command runs. If the view never lists the
  // extension, its text is reported as it is and the bench says so.
  await vscode.commands.executeCommand('perfview.show');
  const perf = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'perf', path: 'Startup Performance' }));
  await until(() => perf.getText().toLowerCase().includes(`| ${EXTENSION_ID}`));

  const report: ProbeReport = { coldOpenMs, activeBeforeOpen, diagnostics: ours().length, perfView: perf.getText() };
  writeFileSync(join(dirname(folder.fsPath), PROBE_REPORT), JSON.stringify(report));
}

/** Whether `done()` came to hold within `ms`, checked every POLL_MS. */
async function until(done: () => boolean, ms = DEADLINE_MS): Promise<boolean> {
  const deadline = performance.now() + ms;
  while (!done()) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return true;
}
