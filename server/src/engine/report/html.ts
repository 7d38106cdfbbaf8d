import { claimsChart } from './chart';
import { resolution } from './markdown';
import type { SourcingReport } from './model';
import type { Span } from '../types';

export interface HtmlOptions {
  /** A fresh random value per page: only the style and script carrying it may run. */
  nonce: string;
  /**
   * A script for the page (the VS Code webview posts clicks on line links back to the editor).
   * Without one the page has no script at all and line numbers are plain text.
   */
  script?: string;
}

const STYLE = `
body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: 14px; line-height: 1.45; margin: 1.5em; max-width: 60em;
  color: var(--vscode-foreground, #1f1f1f); background: var(--vscode-editor-background, #fff); }
a { color: var(--vscode-textLink-foreground, #0b62a4); }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { text-align: left; padding: 0.2em 0.8em 0.2em 0; vertical-align: top; }
td.line { text-align: right; }
.warning { border-left: 4px solid #b26a00; padding: 0.3em 0.8em; }
.status-unsourced, .status-inconsistent { font-weight: 600; }
a.goto { cursor: pointer; }
svg { max-width: 100%; height: auto; }
`;

/**
 * The report as a standalone HTML page: no remote resource of any kind, a Content-Security-Policy
 * that allows only its own nonce-bearing style and script, and every piece of draft text escaped.
 */
export function reportHtml(report: SourcingReport, options: HtmlOptions): string {
  const nonce = escapeHtml(options.nonce);
  const scriptSrc = options.script ? ` script-src 'nonce-${nonce}';` : '';
  const csp = `default-src 'none'; style-src 'nonce-${nonce}';${scriptSrc} img-src 'none'; form-action 'none'; base-uri 'none'`;
  const line = (n: number, span: Span): string =>
    options.script ? `<a class="goto" href="#" data-start="${span.start}" data-end="${span.end}">${n}</a>` : String(n);
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    `<title>Sourcing report: ${escapeHtml(report.name)}</title>`,
    `<style nonce="${nonce}">${STYLE}</style>`,
    '</head><body>',
    `<h1>Sourcing report: ${escapeHtml(report.name)}</h1>`,
    `<p>Publication date: ${escapeHtml(report.publicationDate ?? 'none found')}</p>`,
    `<p class="summary"><strong>${escapeHtml(report.summary)}</strong></p>`,
  ];
  for (const w of report.warnings) out.push(`<p class="warning">${escapeHtml(w)}</p>`);
  out.push(claimsChart(report, escapeHtml));

  out.push('<h2>Claims</h2>');
  if (report.claims.length) {
    out.push('<table><thead><tr><th>Line</th><th>Claim</th><th>Status</th><th>Source</th></tr></thead><tbody>');
    for (const c of report.claims) {
      const status = c.status.map((s) => `<span class="status-${s}">${s}</span>`).join(', ');
      out.push(`<tr><td class="line">${line(c.line, c.span)}</td><td>${escapeHtml(c.text)}</td><td>${status}</td><td>${c.source ? escapeHtml(c.source) : '—'}</td></tr>`);
    }
    out.push('</tbody></table>');
  } else out.push('<p>No figures.</p>');

  out.push('<h2>Sources</h2>');
  if (report.sources.length) {
    out.push('<ul>');
    for (const s of report.sources) {
      const claims = s.claims.map((i) => report.claims[i]!).map((c) => `${escapeHtml(c.text)} (line ${line(c.line, c.span)})`);
      out.push(`<li><strong>${escapeHtml(s.name)}</strong>: ${claims.length} ${claims.length === 1 ? 'claim' : 'claims'}: ${claims.join('; ')}</li>`);
    }
    out.push('</ul>');
  } else out.push('<p>No sources named.</p>');

  out.push('<h2>Relative dates</h2>');
  if (report.dates.length) {
    out.push('<table><thead><tr><th>Line</th><th>Expression</th><th>Resolved</th></tr></thead><tbody>');
    for (const d of report.dates) out.push(`<tr><td class="line">${line(d.line, d.span)}</td><td>${escapeHtml(d.text)}</td><td>${escapeHtml(resolution(d, report.publicationDate))}</td></tr>`);
    out.push('</tbody></table>');
  } else out.push('<p>No relative dates.</p>');

  if (options.script) out.push(`<script nonce="${nonce}">${options.script}</script>`);
  out.push('</body></html>');
  return `${out.join('\n')}\n`;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
