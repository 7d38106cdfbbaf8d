import { RequestType } from 'vscode-languageserver-protocol';
import type { SourcingReport } from './engine/report';

/**
 * Custom requests between the Factdesk client and server. The client imports this file too, so
 * both sides agree on method names and shapes.
 */

export interface ReportParams {
  /** The draft's URI, as the editor knows it (it may be unsaved). */
  uri: string;
}

export interface ReportResult {
  report: SourcingReport;
  /** The same report as Markdown, for editors that show text rather than a web view. */
  markdown: string;
}

/** `factdesk/report`: the sourcing report of an open draft; null for a draft not open. */
export const ReportRequest = new RequestType<ReportParams, ReportResult | null, void>('factdesk/report');

export interface CheckFilesParams {
  /** Drafts on disk (file URIs); those open in the editor are skipped, they are checked as they change. */
  uris: string[];
}

export interface CheckFilesResult {
  /** Drafts analysed (not open, readable, in a language the settings check). */
  checked: number;
  findings: number;
}

/**
 * `factdesk/checkFiles`: analyses drafts that are not open and publishes their diagnostics, so
 * the Problems panel lists the whole workspace. Cancellable between drafts.
 */
export const CheckFilesRequest = new RequestType<CheckFilesParams, CheckFilesResult, void>('factdesk/checkFiles');

/** Command ids and titles, kept stable: the editor tests and users' keybindings name them. */
export const COMMANDS = {
  showReport: 'factdesk.showReport',
  checkWorkspace: 'factdesk.checkWorkspace',
} as const;

export interface DocumentTextParams {
  uri: string;
}

export interface DocumentTextResult {
  version: number;
  text: string;
}

/**
 * `factdesk/documentText`: the server's own copy of an open draft and its version, so that a
 * client (the LSP stress test) can check that incremental sync kept both copies equal. It
 * answers only the editor that sent the text; null for a draft that is not open.
 */
export const DocumentTextRequest = new RequestType<DocumentTextParams, DocumentTextResult | null, void>('factdesk/documentText');
