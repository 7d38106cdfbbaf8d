import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

interface SnippetData {
  snippet?: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; value: string }[];
}

/**
 * vscode-languageclient 9 speaks LSP 3.17, which has no snippet edits. The server sends the
 * snippet form of "Add a source…" in the action's `data`; here it becomes a real snippet edit,
 * so the cursor lands on the source placeholder with tab stops for link and date.
 */
export const snippetFixes: Middleware = {
  async provideCodeActions(document, range, context, token, next) {
    const actions = await next(document, range, context, token);
    for (const action of actions ?? []) {
      const data = (action as { data?: SnippetData }).data;
      if (!(action instanceof vscode.CodeAction) || !data?.snippet) continue;
      const edit = new vscode.WorkspaceEdit();
      const pos = (p: { line: number; character: number }): vscode.Position => new vscode.Position(p.line, p.character);
      edit.set(document.uri, data.snippet.map((s) => new vscode.SnippetTextEdit(new vscode.Range(pos(s.range.start), pos(s.range.end)), new vscode.SnippetString(s.value))));
      action.edit = edit;
    }
    return actions;
  },
};
