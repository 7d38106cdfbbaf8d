export { buildReport, type ClaimStatus, type ReportClaim, type ReportDate, type ReportSource, type SourcingReport } from './model';
export { reportMarkdown } from './markdown';
export { reportHtml, type HtmlOptions } from './html';
