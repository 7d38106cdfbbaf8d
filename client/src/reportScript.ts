/**
 * The report page's only script: a click on a line number asks the extension to show that place
 * in the draft. It carries no draft text; the page's CSP lets only this nonce-bearing script run.
 */
export const REPORT_SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a.goto') : null;
  if (!link) return;
  event.preventDefault();
  vscode.postMessage({ type: 'reveal', start: Number(link.dataset.start), end: Number(link.dataset.end) });
});
`;
