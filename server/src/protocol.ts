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

/** Command ids and titles, kept stable: the editor tests and users' keybindings name them. */
export const COMMANDS = {
  showReport: 'factdesk.showReport',
} as const;
