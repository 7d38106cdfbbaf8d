import { TextDocuments, TextDocumentSyncKind, type ClientCapabilities, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './features/analysisCache';
import { registerDiagnostics } from './features/diagnostics';
import { registerSettings } from './features/settings';

/** Wires the features to a connection. Each feature lives in `features/`, one file each. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new AnalysisCache();

  let client: ClientCapabilities = {};

  connection.onInitialize((params) => {
    client = params.capabilities;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      },
      serverInfo: { name: 'factdesk' },
    };
  });

  const diagnostics = registerDiagnostics(connection, documents, cache);
  const settings = registerSettings(connection, cache, diagnostics.refreshAll);
  connection.onInitialized(() => void settings.initialized(client));
  documents.onDidClose((e) => cache.forget(e.document.uri));
  documents.listen(connection);
  connection.listen();
}
