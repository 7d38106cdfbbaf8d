// @ts-check
// Refreshes the README's screenshots (docs/screenshots/) from the last `npm run test:e2e`, whose
// UI test saves one per step in .e2e/screenshots/. Only steps that passed are copied: a
// screenshot of a failure never replaces a good one.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const record = path.join(root, '.e2e/screenshots/steps.json');
if (!fs.existsSync(record)) {
  console.error('refresh-screenshots: no UI run recorded; run `npm run test:e2e` first');
  process.exit(1);
}
/** @type {{ name: string, file: string, passed: boolean }[]} */
const steps = JSON.parse(fs.readFileSync(record, 'utf8'));
const target = path.join(root, 'docs/screenshots');
fs.mkdirSync(target, { recursive: true });
for (const step of steps) {
  if (!step.passed) {
    console.error(`refresh-screenshots: kept the old ${step.name}.png, the step failed in the last run`);
    continue;
  }
  const copy = path.join(target, `${step.name}.png`);
  fs.copyFileSync(step.file, copy);
  console.log(path.relative(root, copy));
}
process.exitCode = steps.every((s) => s.passed) ? 0 : 1;
