// @ts-check
// Runs the editor suite (out/test/index.js) inside code-server's extension host. code-server
// refuses --extensionDevelopmentPath on its command line, but the workbench URL takes the same
// hooks @vscode/test-web uses; the workbench then reports the suite's output and exit code
// through two functions of the page.
import * as fs from 'node:fs';

/** The mark client/src/test/index.ts puts on the suite's report lines. */
const REPORT_PREFIX = 'factdesk-suite| ';

/** The suite may take this long in all; past it the run fails rather than hang CI. */
const DEADLINE_MS = 5 * 60_000;

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ url: string, extensionPath: string, testsPath: string, workspace: string, logFile: string }} options
 * @returns {Promise<number>} the suite's exit code: 0 when every test passed
 */
export async function runInHost(browser, { url, extensionPath, testsPath, workspace, logFile }) {
  const remote = (/** @type {string} */ file) => `vscode-remote://${new URL(url).host}${file}`;
  const payload = [['extensionDevelopmentPath', remote(extensionPath)], ['extensionTestsPath', remote(testsPath)]];
  const page = await browser.newPage();
  const log = fs.createWriteStream(logFile);
  try {
    let finish = (/** @type {number} */ _code) => {};
    const exited = new Promise((resolve) => (finish = resolve));
    // Everything the workbench logs goes to the log file; the suite's report also to stdout.
    await page.exposeFunction('codeAutomationLog', (/** @type {string} */ level, /** @type {unknown} */ message) => {
      log.write(`[${level}] ${message}\n`);
      for (const line of String(message).split('\n')) if (line.startsWith(REPORT_PREFIX)) console.log(line.slice(REPORT_PREFIX.length));
    });
    await page.exposeFunction('codeAutomationExit', (/** @type {number} */ code) => finish(code));
    await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => {
        console.error(`in-host: the suite did not finish within ${DEADLINE_MS / 1000} s`);
        resolve(1);
      }, DEADLINE_MS);
    });
    const code = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    if (code !== 0) console.log(`in-host: exit ${code}; the workbench's log is in ${logFile}`);
    return code;
  } finally {
    await page.close();
    log.end();
  }
}

