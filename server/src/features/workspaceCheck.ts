import { fileURLToPath } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readDraft } from '../cli/readDraft';
import { analyze } from '../engine/analyze';
import { formatOfPath } from '../engine/format';
import { CheckFilesRequest } from '../protocol';
import { toDiagnostic } from './toDiagnostic';
import type { SettingsService } from './settings';

/**
 * `factdesk/checkFiles` (the client's "Check all drafts in the workspace"): reads each draft
 * that is not open from disk, analyses it with its own settings and publishes its diagnostics.
 * It yields to the event loop between drafts, so a cancellation (and typing in open drafts) is
 * answered within one draft's analysis.
 */
export function registerWorkspaceCheck(connection: Connection, documents: TextDocuments<TextDocument>, settings: SettingsService): void {
  connection.onRequest(CheckFilesRequest, async (params, token) => {
    let checked = 0;
    let findings = 0;
    for (const uri of params.uris) {
      if (token.isCancellationRequested) break;
      await new Promise((resolve) => setImmediate(resolve));
      if (!uri.startsWith('file:') || documents.get(uri)) continue;
      const path = fileURLToPath(uri);
      const format = formatOfPath(path);
      const draft = settings.forDocument(uri);
      if (!draft.languages.includes(format)) continue;
      const read = readDraft(path);
      if (!read.ok) continue;
      const analysis = analyze(read.text, format, draft.engine);
      const document = TextDocument.create(uri, format, 0, read.text);
      void connection.sendDiagnostics({ uri, diagnostics: analysis.findings.map((f) => toDiagnostic(f, document)) });
      checked++;
      findings += analysis.findings.length;
    }
    return { checked, findings };
  });
}
