import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { buildReport, reportMarkdown } from '../engine/report';
import { ReportRequest } from '../protocol';
import type { AnalysisCache } from './analysisCache';

/** Answers `factdesk/report` for an open draft from its current analysis. */
export function registerReport(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache): void {
  connection.onRequest(ReportRequest, (params) => {
    const document = documents.get(params.uri);
    if (!document) return null;
    const report = buildReport(cache.get(document), draftName(params.uri));
    return { report, markdown: reportMarkdown(report) };
  });
}

/** The file name of a URI, decoded: what the report's title names. */
function draftName(uri: string): string {
  const last = uri.split(/[?#]/, 1)[0]!.split('/').pop() || uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
