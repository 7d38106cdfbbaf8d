export { buildReport, summarise, type ClaimStatus, type ReportClaim, type ReportDate, type ReportSource, type SourcingReport } from './model';
export { reportMarkdown } from './markdown';
export { reportHtml, escapeHtml, type HtmlOptions } from './html';
