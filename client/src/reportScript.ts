/**
 * The report page's only script: a click on a line number asks the extension to show that place
 * in the draft, and the scroll position survives the page being rebuilt as the draft changes.
 * It carries no draft text; the page's CSP lets only this nonce-bearing script run.
 */
export const REPORT_SCRIPT = `
const vscode = acquireVsCodeApi();
const state = vscode.getState();
if (state && typeof state.y === 'number') window.scrollTo(0, state.y);
window.addEventListener('scroll', () => vscode.setState({ y: window.scrollY }), { passive: true });
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a.goto') : null;
  if (!link) return;
  event.preventDefault();
  vscode.postMessage({ type: 'reveal', start: Number(link.dataset.start), end: Number(link.dataset.end) });
});
`;
