import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../engine/types';

export const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * A finding as the editor shows it. No `data`: quick fixes and hovers are worked out from the
 * server's own analysis of the same version, and on a long draft the findings' data was over a
 * third of what every keystroke sends and the editor parses (1.8 MB at 100k words).
 */
export function toDiagnostic(f: Finding, document: TextDocument): Diagnostic {
  return {
    range: { start: document.positionAt(f.span.start), end: document.positionAt(f.span.end) },
    severity: SEVERITY[f.severity],
    code: f.rule,
    source: 'factdesk',
    message: f.message,
    ...(f.related?.length
      ? { relatedInformation: f.related.map((r) => ({ location: { uri: document.uri, range: { start: document.positionAt(r.span.start), end: document.positionAt(r.span.end) } }, message: r.message })) }
      : {}),
  };
}
