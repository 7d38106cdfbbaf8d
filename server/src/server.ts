import { TextDocuments, TextDocumentSyncKind, type ClientCapabilities, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './features/analysisCache';
import { CODE_ACTION_KINDS, editCapabilities, registerCodeActions } from './features/codeActions';
import { registerDiagnostics } from './features/diagnostics';
import { registerDocumentText } from './features/documentText';
import { registerHover } from './features/hover';
import { registerReport } from './features/report';
import { registerSettings } from './features/settings';
import { registerWorkspaceCheck } from './features/workspaceCheck';
import { fitHeapGrowth } from './heap';

/** Wires the features to a connection. Each feature lives in `features/`, one file each. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new AnalysisCache();
  let folders: string[] = [];

  let client: ClientCapabilities = {};

  connection.onInitialize((params) => {
    client = params.capabilities;
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

  const diagnostics = registerDiagnostics(connection, documents, cache);
  const settings = registerSettings(connection, cache, diagnostics.refreshAll);
  connection.onInitialized(() => void settings.initialized(client));
  registerHover(connection, documents, cache);
  registerCodeActions(connection, documents, cache, {
    capabilities: () => editCapabilities(client),
    workspaceFolders: () => folders,
    fixOptions: (document) => cache.settingsFor(document),
  });
  registerReport(connection, documents, cache);
  registerDocumentText(connection, documents);
  registerWorkspaceCheck(connection, documents, settings);
  documents.onDidClose((e) => cache.forget(e.document.uri));
  // Long drafts open: hold the heap down (heap.ts). Lengths are known without reading the text.
  const fitHeap = () => fitHeapGrowth(documents.all().reduce((n, d) => n + d.getText().length, 0));
  documents.onDidChangeContent(fitHeap);
  documents.onDidClose(fitHeap);
  documents.listen(connection);
  connection.listen();
}
