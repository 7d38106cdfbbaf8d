import { MarkupKind, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { claimNote } from '../engine/notes/hoverNote';
import type { AnalysisCache } from './analysisCache';

/** Hover notes on figures, time expressions and findings: what the engine understood. */
export function registerHover(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache): void {
  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !cache.isChecked(document)) return null;
    const note = claimNote(cache.get(document), document.offsetAt(params.position));
    if (!note) return null;
    return {
      contents: { kind: MarkupKind.Markdown, value: note.markdown },
      range: { start: document.positionAt(note.span.start), end: document.positionAt(note.span.end) },
    };
  });
}
