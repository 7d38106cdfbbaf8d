import { createConnection, DiagnosticSeverity, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

// The protocol floor: the least any language server does per keystroke. It keeps the document
// with the same libraries and sync kind as Factdesk's server, runs one regular expression over
// the whole text and publishes one diagnostic per number, at once (no debounce). Factdesk's
// keystroke-to-diagnostics time is compared with this one, measured in the same run.
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const NUMBER = /\d+(?:[.,]\d+)*/g;

connection.onInitialize(() => ({ capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } }, serverInfo: { name: 'floor' } }));

documents.onDidChangeContent(({ document }) => {
  const text = document.getText();
  const diagnostics = [...text.matchAll(NUMBER)].map((m) => ({
    range: { start: document.positionAt(m.index), end: document.positionAt(m.index + m[0].length) },
    severity: DiagnosticSeverity.Information,
    source: 'floor',
    message: `number ${m[0]}`,
  }));
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
});

documents.listen(connection);
connection.listen();
