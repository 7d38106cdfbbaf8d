import { TextDocuments, TextDocumentSyncKind, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './features/analysisCache';
import { registerDiagnostics } from './features/diagnostics';

/** Wires the features to a connection. Each feature lives in `features/`, one file each. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new AnalysisCache();

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    },
    serverInfo: { name: 'factdesk' },
  }));

  registerDiagnostics(connection, documents, cache);
  documents.onDidClose((e) => cache.forget(e.document.uri));
  documents.listen(connection);
  connection.listen();
}
