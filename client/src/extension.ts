import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_PROCESS } from '../../server/src/heap';
import { COMMANDS } from '../../server/src/protocol';
import { ReportView } from './reportView';
import { snippetFixes } from './snippetFixes';
import { registerStatusBar } from './statusBar';
import { registerWorkspaceCheck } from './workspaceCheck';

let client: LanguageClient | undefined;

/**
 * Starts the language server over stdio for Markdown and plain-text drafts: the transport the
 * tests and the bench use, and the one where the server sends a long draft's unchanged
 * diagnostics as they were written (`server/src/transport/encoder.ts`).
 */
export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Factdesk', { log: true });
  context.subscriptions.push(output);
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, options: SERVER_PROCESS },
    debug: { module, transport: TransportKind.stdio, options: { ...SERVER_PROCESS, execArgv: [...SERVER_PROCESS.execArgv, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown' },
      { language: 'plaintext' },
    ],
    outputChannel: output,
    synchronize: { configurationSection: 'factdesk' },
    middleware: snippetFixes,
  };
  client = new LanguageClient('factdesk', 'Factdesk', serverOptions, clientOptions);
  output.info('Starting the Factdesk language server');
  // Activation does not wait for the server to answer `initialize`: VS Code activates on
  // `onLanguage:plaintext` as every window starts, and would count that wait (~400 ms) against
  // it. Requests sent meanwhile (report, workspace check) wait for the start themselves.
  client.start().catch((e: unknown) => output.error(`The Factdesk language server did not start: ${e instanceof Error ? e.message : String(e)}`));
  const started = client;
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.showReport, async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (document) await ReportView.show(started, document);
      else void vscode.window.showInformationMessage('Factdesk: open a draft to see its sourcing report.');
    }),
  );
  registerStatusBar(context);
  registerWorkspaceCheck(context, started);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
