import { TextDocuments, TextDocumentSyncKind, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './features/analysisCache';
import { CODE_ACTION_KINDS, registerCodeActions, type EditCapabilities } from './features/codeActions';
import { registerDiagnostics } from './features/diagnostics';
import { registerHover } from './features/hover';
import { registerReport } from './features/report';

/** Wires the features to a connection. Each feature lives in `features/`, one file each. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new AnalysisCache();
  let edits: EditCapabilities = { documentChanges: false, createFiles: false, snippets: false };
  let folders: string[] = [];

  connection.onInitialize((params) => {
    const workspaceEdit = params.capabilities.workspace?.workspaceEdit;
    edits = {
      documentChanges: workspaceEdit?.documentChanges === true,
      createFiles: workspaceEdit?.resourceOperations?.includes('create') === true,
      snippets: (workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport === true,
    };
    folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
      },
      serverInfo: { name: 'factdesk' },
    };
  });

  registerDiagnostics(connection, documents, cache);
  registerHover(connection, documents, cache);
  registerCodeActions(connection, documents, cache, {
    capabilities: () => edits,
    workspaceFolders: () => folders,
    fixOptions: () => cache.settings,
  });
  registerReport(connection, documents, cache);
  documents.onDidClose((e) => cache.forget(e.document.uri));
  documents.listen(connection);
  connection.listen();
}
