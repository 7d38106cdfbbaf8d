import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { reportHtml } from '../../server/src/engine/report/html';
import { ReportRequest } from '../../server/src/protocol';
import { REPORT_SCRIPT } from './reportScript';

/** Waits this long after the last edit before asking for a fresh report. */
const REFRESH_MS = 300;

/**
 * The sourcing report of one draft in a web view beside it. The server builds the report; the
 * page is rendered here with a fresh nonce each time, its line numbers reveal the claim in the
 * draft, and it follows the draft's edits until either is closed.
 */
export class ReportView implements vscode.Disposable {
  private static readonly open = new Map<string, ReportView>();
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  /** Shows the report of `document`, reusing its panel when one is open. */
  static async show(client: LanguageClient, document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    const existing = ReportView.open.get(key);
    if (existing) {
      existing.panel.reveal(vscode.ViewColumn.Beside, true);
      await existing.render();
      return;
    }
    const panel = vscode.window.createWebviewPanel('factdesk.report', `Sourcing report: ${basename(document.uri)}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
    const view = new ReportView(client, document, panel);
    ReportView.open.set(key, view);
    await view.render();
  }

  private constructor(
    private readonly client: LanguageClient,
    private readonly document: vscode.TextDocument,
    private readonly panel: vscode.WebviewPanel,
  ) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => void this.reveal(m)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document !== document) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.render(), REFRESH_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === document) panel.dispose();
      }),
    );
  }

  private async render(): Promise<void> {
    const result = await this.client.sendRequest(ReportRequest, { uri: this.document.uri.toString() });
    if (!result) return;
    this.panel.webview.html = reportHtml(result.report, { nonce: randomBytes(16).toString('base64'), script: REPORT_SCRIPT });
  }

  /** A click on a line number: select that claim in the draft's editor. */
  private async reveal(message: unknown): Promise<void> {
    const m = message as { type?: unknown; start?: unknown; end?: unknown };
    if (m.type !== 'reveal' || typeof m.start !== 'number' || typeof m.end !== 'number') return;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One });
    const range = new vscode.Range(this.document.positionAt(m.start), this.document.positionAt(m.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    clearTimeout(this.timer);
    ReportView.open.delete(this.document.uri.toString());
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function basename(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}
