import {
  CodeActionKind,
  type ClientCapabilities,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type TextDocumentEdit,
  type TextDocuments,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { draftFixes, fixesFor, type Fix, type FixOptions, type TextEdit } from '../engine/fixes';
import { turnOffRuleEdits } from '../engine/fixes/turnOff';
import { LineIndex } from '../engine/positions';
import type { Finding } from '../engine/types';
import type { AnalysisCache } from './analysisCache';
import { toDiagnostic } from './toDiagnostic';
import { workspaceFileFor } from './workspaceFile';

/** The source action's kind; editors can bind it ("editor.codeActionsOnSave"). */
export const RESOLVE_DATES_KIND = `${CodeActionKind.Source}.factdesk.resolveRelativeDates`;

export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, RESOLVE_DATES_KIND];

/** What the client said it can do with workspace edits (LSP `workspace.workspaceEdit`). */
export interface EditCapabilities {
  documentChanges: boolean;
  /** Creating files (`resourceOperations: ["create"]`): a new `.factdesk.json`. */
  createFiles: boolean;
  /** LSP 3.18 snippet text edits: tab stops in "Add a source…". */
  snippets: boolean;
}

/** Reads the edit capabilities from what the client announced at initialize. */
export function editCapabilities(client: ClientCapabilities): EditCapabilities {
  const workspaceEdit = client.workspace?.workspaceEdit;
  return {
    documentChanges: workspaceEdit?.documentChanges === true,
    createFiles: workspaceEdit?.resourceOperations?.includes('create') === true,
    snippets: (workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport === true,
  };
}

export interface CodeActionContext {
  capabilities: () => EditCapabilities;
  workspaceFolders: () => readonly string[];
  fixOptions: (document: TextDocument) => FixOptions;
}

/**
 * Quick fixes for the findings under the cursor, and the draft-wide source action. Every fix is
 * a WorkspaceEdit the server computes (no client-side commands), so it works in any LSP editor.
 * A fix with placeholders also carries its snippet form in `data.snippet` for clients (ours)
 * that turn it into a snippet edit themselves.
 */
export function registerCodeActions(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache, context: CodeActionContext): void {
  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !cache.isChecked(document)) return [];
    const analysis = cache.get(document);
    const caps = context.capabilities();
    const options = context.fixOptions(document);
    const wants = (kind: string): boolean => !params.context.only || params.context.only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    const start = document.offsetAt(params.range.start);
    const end = document.offsetAt(params.range.end);

    if (wants(CodeActionKind.QuickFix)) {
      for (const finding of analysis.findings) {
        if (finding.span.end < start || finding.span.start > end) continue;
        const diagnostic = matchingDiagnostic(params.context.diagnostics, finding, document);
        for (const fix of fixesFor(analysis, finding, options)) actions.push(toAction(fix, document, diagnostic, caps));
        const turnOff = turnOffAction(finding, document, documents, diagnostic, context, caps);
        if (turnOff) actions.push(turnOff);
      }
    }
    for (const fix of draftFixes(analysis, options)) if (wants(RESOLVE_DATES_KIND)) actions.push(toAction(fix, document, undefined, caps));
    return actions;
  });
}

function toAction(fix: Fix, document: TextDocument, diagnostic: Diagnostic | undefined, caps: EditCapabilities): CodeAction {
  const edits = caps.snippets && fix.snippet ? fix.snippet.map((e) => toSnippetEdit(e, document)) : fix.edits.map((e) => toLspEdit(e, document));
  const action: CodeAction = {
    title: fix.title,
    kind: fix.kind === 'source' ? RESOLVE_DATES_KIND : CodeActionKind.QuickFix,
    edit: documentEdit(document.uri, document.version, edits, caps),
  };
  if (diagnostic) action.diagnostics = [diagnostic];
  if (fix.preferred) action.isPreferred = true;
  if (fix.snippet) action.data = { snippet: fix.snippet.map((e) => ({ range: toLspEdit(e, document).range, value: e.newText })) };
  return action;
}

function turnOffAction(finding: Finding, document: TextDocument, documents: TextDocuments<TextDocument>, diagnostic: Diagnostic | undefined, context: CodeActionContext, caps: EditCapabilities): CodeAction | null {
  const target = workspaceFileFor(document.uri, context.workspaceFolders(), documents);
  if (!target) return null;
  const edits = turnOffRuleEdits(target.text, finding.rule);
  if (!edits) return null;
  const title = `Turn off ${finding.rule} for this workspace`;
  let edit: WorkspaceEdit;
  if (target.text === null) {
    if (!caps.createFiles || !caps.documentChanges) return null;
    edit = { documentChanges: [{ kind: 'create', uri: target.uri, options: { ignoreIfExists: true } }, { textDocument: { uri: target.uri, version: null }, edits: edits.map((e) => ({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: e.newText })) }] };
  } else {
    const lines = new LineIndex(target.text);
    edit = documentEdit(target.uri, target.version, edits.map((e) => ({ range: { start: lines.positionAt(e.start), end: lines.positionAt(e.end) }, newText: e.newText })), caps);
  }
  return { title, kind: CodeActionKind.QuickFix, edit, ...(diagnostic ? { diagnostics: [diagnostic] } : {}) };
}

/** The client's own diagnostic for a finding when it sent one, so the editor links the two. */
function matchingDiagnostic(diagnostics: readonly Diagnostic[], finding: Finding, document: TextDocument): Diagnostic {
  const ours = toDiagnostic(finding, document);
  return diagnostics.find((d) => d.code === finding.rule && sameRange(d.range, ours.range)) ?? ours;
}

function documentEdit(uri: string, version: number | null, edits: LspTextEdit[], caps: EditCapabilities): WorkspaceEdit {
  if (!caps.documentChanges) return { changes: { [uri]: edits } };
  const change: TextDocumentEdit = { textDocument: { uri, version }, edits };
  return { documentChanges: [change] };
}

function toLspEdit(e: TextEdit, document: TextDocument): LspTextEdit {
  return { range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.newText };
}

/** LSP 3.18's SnippetTextEdit; the 3.17 types do not have it yet. */
function toSnippetEdit(e: TextEdit, document: TextDocument): LspTextEdit {
  const range = toLspEdit(e, document).range;
  return { range, snippet: { kind: 'snippet', value: e.newText } } as unknown as LspTextEdit;
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
