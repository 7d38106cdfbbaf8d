import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CheckFilesRequest, COMMANDS } from '../../server/src/protocol';

/** The drafts a workspace check reads: Markdown and plain text, as `factdesk check` on a folder. */
const DRAFTS = '**/*.{md,markdown,mdown,mkd,txt}';
const NOT_DRAFTS = '**/{node_modules,.git}/**';
/** Drafts per request: small enough that progress moves and cancelling is quick. */
const BATCH = 10;

/**
 * "Factdesk: Check all drafts in the workspace": the server analyses every draft that is not
 * open and publishes its diagnostics, so the Problems panel covers the workspace. A progress
 * notification counts the drafts; its Cancel button stops the run between batches and cancels
 * the batch in flight.
 */
export function registerWorkspaceCheck(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.checkWorkspace, () =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Factdesk', cancellable: true }, async (progress, token) => {
        progress.report({ message: 'finding drafts…' });
        const files = await vscode.workspace.findFiles(DRAFTS, NOT_DRAFTS, undefined, token);
        let checked = 0;
        let findings = 0;
        for (let i = 0; i < files.length && !token.isCancellationRequested; i += BATCH) {
          const uris = files.slice(i, i + BATCH).map((f) => client.code2ProtocolConverter.asUri(f));
          const result = await client.sendRequest(CheckFilesRequest, { uris }, token).catch(() => ({ checked: 0, findings: 0 }));
          checked += result.checked;
          findings += result.findings;
          const done = Math.min(i + BATCH, files.length);
          progress.report({ message: `checked ${done} of ${files.length} drafts`, increment: (100 * (done - i)) / files.length });
        }
        const summary = `${checked} draft${checked === 1 ? '' : 's'} not open, ${findings} finding${findings === 1 ? '' : 's'} in the Problems panel`;
        void vscode.window.showInformationMessage(token.isCancellationRequested ? `Factdesk: stopped. Checked ${summary}.` : `Factdesk: checked ${summary}.`);
        return { checked, findings };
      }),
    ),
  );
}
