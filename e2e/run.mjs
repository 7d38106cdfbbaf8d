// @ts-check
// `npm run test:e2e`: the shipped artefact in a real VS Code. Packages the .vsix, checks its
// contents, installs it into code-server, runs the editor suite in code-server's extension host,
// then drives the real workbench in headless Chromium (e2e/ui.mjs). Exits 1 if anything fails.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.mjs';
import { buildSuite } from './build-suite.mjs';
import { checkVsix } from './check-vsix.mjs';
import { startCodeServer } from './code-server.mjs';
import { runInHost } from './in-host.mjs';
import { runUi } from './ui.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scratch = path.join(root, '.e2e');
const step = (what) => console.log(`\n== e2e: ${what}`);

/** A fresh copy of the fixture folder: applied fixes are saved to disk. */
function workspace(name) {
  const copy = path.join(scratch, name);
  fs.cpSync(path.join(root, 'test-fixtures/editor'), copy, { recursive: true });
  return copy;
}

step('installing what the editor tests need (e2e/setup.sh)');
const entry = execFileSync('bash', [path.join(root, 'e2e/setup.sh')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();

step('packaging the .vsix (npm run package)');
execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const vsix = path.join(root, 'factdesk.vsix');
const { files, problems } = await checkVsix(vsix, root);
console.log(`factdesk.vsix: ${files.join(', ')}`);
for (const p of problems) console.error(`check-vsix: ${p}`);

step('building the editor suite');
const testsPath = await buildSuite();

fs.rmSync(scratch, { recursive: true, force: true });
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const server = await startCodeServer({ entry, vsix, extensionId: `${manifest.publisher}.${manifest.name}`, scratch: path.join(scratch, 'code-server') });
let failed = problems.length > 0;
/** @type {import('playwright-core').Browser | undefined} */
let browser;
try {
  browser = await launchChromium();
  step(`the editor suite in code-server's extension host (${server.url})`);
  const code = await runInHost(browser, { url: server.url, extensionPath: server.extensionPath, testsPath, workspace: workspace('suite-workspace'), logFile: path.join(scratch, 'in-host.log') });
  if (code !== 0) failed = true;

  step('the workbench in headless Chromium');
  const screenshots = path.join(scratch, 'screenshots');
  const ui = await runUi(browser, { url: server.url, workspace: workspace('ui-workspace'), screenshots });
  if (!ui) failed = true;
} finally {
  await browser?.close();
  await server.stop();
}
console.log(failed ? '\ne2e: FAILED' : '\ne2e: passed');
process.exitCode = failed ? 1 : 0;
