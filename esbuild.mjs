// @ts-check
// Bundles the three entry points: the VS Code client, the language server and the CLI. One
// bundle each keeps the .vsix free of node_modules and makes start-up one file read.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  // The extension host prints an extension's stack traces; minified, they keep the functions' names.
  { ...common, keepNames: true, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  // No keepNames here: it wraps every named closure in a call to esbuild's __name when it is
  // created, which on the keystroke path (wink's tokenizer, vscode-jsonrpc's scheduling) was a
  // fifth of the server's CPU per keystroke in its first few hundred keystrokes (2.1-2.6 ms to
  // 1.7-1.9 ms on the seed and 1k bench drafts, in turns on the same minutes).
  // jsonc-parser's UMD build requires its parts at run time; its ES module build bundles cleanly.
  { ...common, entryPoints: { server: 'server/src/main.ts', cli: 'server/src/cli/main.ts' }, outdir: 'dist', alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' } },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
