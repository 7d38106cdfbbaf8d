import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentTextRequest } from '../protocol';

/** Answers `factdesk/documentText` with the server's copy of an open draft (see protocol.ts). */
export function registerDocumentText(connection: Connection, documents: TextDocuments<TextDocument>): void {
  connection.onRequest(DocumentTextRequest, ({ uri }) => {
    const document = documents.get(uri);
    return document ? { version: document.version, text: document.getText() } : null;
  });
}
