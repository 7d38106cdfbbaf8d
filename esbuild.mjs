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
  // The model's JSON is large; keep names readable in stack traces anyway.
  keepNames: true,
};

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  { ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  // jsonc-parser's UMD build requires its parts at run time; its ES module build bundles cleanly.
  { ...common, entryPoints: { server: 'server/src/main.ts', cli: 'server/src/cli/main.ts' }, outdir: 'dist', alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' } },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
