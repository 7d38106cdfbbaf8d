import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine/analysis';
import { sizeLimitMessage } from '../engine/sizeLimit';

/** The diagnostic's code: not a rule, so no fix, hover or setting refers to it. */
export const SIZE_LIMIT_CODE = 'size-limit';

/**
 * One information diagnostic when the draft is past the size limit, where the analysis stopped:
 * an editor who sees no findings below it knows why.
 */
export function sizeLimitDiagnostics(analysis: Analysis, document: TextDocument): Diagnostic[] {
  if (!analysis.sizeLimit) return [];
  const at = document.positionAt(analysis.sizeLimit.analysedLength);
  return [{ range: { start: at, end: at }, severity: DiagnosticSeverity.Information, code: SIZE_LIMIT_CODE, source: 'factdesk', message: sizeLimitMessage(analysis.sizeLimit) }];
}
