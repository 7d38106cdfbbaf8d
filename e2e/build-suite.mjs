// @ts-check
// Bundles the editor suite (client/src/test/) into out/test/, one file per suite, for VS Code's
// extension host to load. `vscode` is the host's own module and mocha is loaded from the repo's
// node_modules (its reporters are required by name), so both stay external. out/ is not packaged.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'client/src/test');
const outdir = path.join(root, 'out/test');

/** Builds the suite and returns the path VS Code takes as `extensionTestsPath`. */
export async function buildSuite() {
  const entries = fs.readdirSync(source).filter((f) => f === 'index.ts' || f.endsWith('.test.ts'));
  fs.rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: entries.map((f) => path.join(source, f)),
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    logLevel: 'warning',
    external: ['vscode', 'mocha'],
  });
  return path.join(outdir, 'index.js');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await buildSuite());
