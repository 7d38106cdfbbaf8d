// @ts-check
// `npm run test:vscode`: the editor suite in desktop VS Code through @vscode/test-electron, on
// the oldest version package.json's engines.vscode accepts and on the current stable. It
// downloads VS Code into .vscode-test/ (git-ignored), so it needs internet access; where there is
// none, `npm run test:e2e` runs the same suite in code-server instead.
import { runTests } from '@vscode/test-electron';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSuite } from './build-suite.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const minimum = /^\^?(\d+\.\d+\.\d+)$/.exec(manifest.engines.vscode)?.[1];
if (!minimum) throw new Error(`engines.vscode "${manifest.engines.vscode}" is not of the form ^X.Y.Z`);

// The same production bundles `npm run package` ships.
execFileSync('npm', ['run', '--silent', 'build', '--', '--production'], { cwd: root, stdio: 'inherit' });
const extensionTestsPath = await buildSuite();

let failed = false;
for (const version of [minimum, 'stable']) {
  console.log(`\n== VS Code ${version}`);
  // A fresh copy of the fixtures each time: applied fixes are saved to disk.
  const workspace = path.join(root, '.vscode-test', `workspace-${version}`);
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'test-fixtures/editor'), workspace, { recursive: true });
  try {
    await runTests({
      version,
      extensionDevelopmentPath: root,
      extensionTestsPath,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } catch (error) {
    console.error(`VS Code ${version}: ${error instanceof Error ? error.message : error}`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
