#!/usr/bin/env node
// Scores the CLI on the shared gold cases and the seed story with ../shared/eval/score.mjs.
// This reads ../shared, which the test suite never does: evaluation is not a test.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { scoreMeantime } from './eval-meantime.mjs';

const shared = resolve(import.meta.dirname, '..', '..', 'shared');
if (!existsSync(join(shared, 'eval', 'score.mjs'))) {
  console.error(`npm run eval needs the shared evaluation data at ${shared}`);
  process.exit(2);
}
const cli = resolve(import.meta.dirname, '..', 'dist', 'cli.js');
const list = (dir, re) => readdirSync(dir).filter((f) => re.test(f)).sort().map((f) => join(dir, f));
const cases = join(shared, 'cases');
const seed = join(shared, 'corpus', 'seed');
const drafts = [...list(cases, /\.(md|txt)$/).filter((f) => !f.endsWith('README.md')), ...list(seed, /\.txt$/)];
const golds = [...list(cases, /\.gold\.json$/), ...list(seed, /\.gold\.json$/)];

const run = (args) => {
  try {
    return execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (e) {
    // Exit 1 means findings were reported: the output is still what we want.
    if (e.status === 1) return e.stdout;
    throw e;
  }
};

const out = join(mkdtempSync(join(tmpdir(), 'factdesk-eval-')), 'findings.json');
writeFileSync(out, run(['check', '--format', 'json', ...drafts]));
console.log('== ../shared/cases and the seed story');
const misses = process.argv.includes('--misses') ? ['--misses'] : [];
process.stdout.write(execFileSync(process.execPath, [join(shared, 'eval', 'score.mjs'), out, ...golds, ...misses], { encoding: 'utf8' }));
scoreMeantime(cli, join(shared, 'corpus', 'meantime'), { misses: misses.length > 0 });
