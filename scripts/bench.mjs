#!/usr/bin/env node
// Times the whole analysis of a draft after warm-up: `npm run bench [-- FILES...]`. With no files
// it reads the seed story in ../shared (a measurement, not a test, so it may read ../shared).
// The engine is bundled on the fly with esbuild, as the CLI and server bundle it.
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const seed = resolve(root, '..', 'shared', 'corpus', 'seed');
const files = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(seed).filter((f) => f.endsWith('.txt')).map((f) => join(seed, f));
const out = join(mkdtempSync(join(tmpdir(), 'factdesk-bench-')), 'engine.cjs');
await esbuild.build({ entryPoints: [join(root, 'server/src/engine/analyze.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning' });
const { analyze } = (await import(pathToFileURL(out).href)).default;

const WARM_UP = 20;
const RUNS = 100;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const format = /\.(md|markdown)$/i.test(file) ? 'markdown' : 'plaintext';
  for (let i = 0; i < WARM_UP; i++) analyze(text, format);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    analyze(text, format);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
  console.log(`${file}: ${text.length} chars, median ${at(0.5)} ms, p90 ${at(0.9)} ms over ${RUNS} runs`);
}
