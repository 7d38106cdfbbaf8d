import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/**
 * In code-server the report reaches the runner through the workbench's log, among the
 * workbench's own lines: this mark tells them apart (e2e/in-host.mjs keeps only marked lines).
 */
const REPORT_PREFIX = vscode.env.uiKind === vscode.UIKind.Web ? 'factdesk-suite| ' : '';

/**
 * The editor suite's entry point (`extensionTestsPath`): VS Code's extension host loads this
 * module and calls `run()`; a rejection makes the run exit 1. Both runners use it: test-electron
 * (e2e/test-electron.mjs) and code-server (e2e/in-host.mjs). The suites beside it are bundled
 * into out/test/ by e2e/build-suite.mjs.
 */
export function run(): Promise<void> {
  // The web workbench forwards console arguments without applying format strings: format here.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(...args).replace(/^/gm, REPORT_PREFIX));
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: true, timeout: 60_000, forbidOnly: true, forbidPending: true });
  const suites = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const file of suites) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} editor test(s) failed`)) : resolve()));
  });
}
