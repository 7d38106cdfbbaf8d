// @ts-check
// Lint rules that guard promises the product makes, not style: drafts never leave the machine
// (no network modules or globals in the server or the client), the engine stays pure (no Node
// built-ins), and no regular expression can backtrack super-linearly on a hostile draft.
import { builtinModules } from 'node:module';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

/** Modules that can open a connection. `node:` forms are matched too. */
const NETWORK_MODULES = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'undici', 'node-fetch', 'axios', 'got', 'ws', 'request'];
const NETWORK_MESSAGE = 'Drafts are confidential: Factdesk makes no network calls (README, issue 10).';
/** Globals that reach the network without an import. */
const NETWORK_GLOBALS = ['fetch', 'WebSocket', 'XMLHttpRequest', 'EventSource', 'Request', 'navigator'].map((name) => ({ name, message: NETWORK_MESSAGE }));

const withNodePrefix = (names) => names.flatMap((name) => (builtinModules.includes(name) ? [name, `node:${name}`] : [name]));

/** `require('http')` and `import('http')` are as much a network call as an import statement. */
const dynamicLoads = (names, message) => {
  const list = names.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
  return [
    { selector: `CallExpression[callee.name='require'][arguments.0.value=/^(?:${list})$/]`, message },
    { selector: `ImportExpression[source.value=/^(?:${list})$/]`, message },
  ];
};

/** Factdesk runs no program: nothing a workspace names can be executed (untrusted workspaces). */
const PROCESS_MESSAGE = 'Factdesk runs no executables, so an untrusted workspace cannot make it run one (issue 10).';
const networkImports = { paths: withNodePrefix(NETWORK_MODULES).map((name) => ({ name, message: NETWORK_MESSAGE })) };
const processImports = { paths: [...networkImports.paths, ...withNodePrefix(['child_process']).map((name) => ({ name, message: PROCESS_MESSAGE }))] };
const ENGINE_MESSAGE = 'The engine is pure: no Node built-ins, no I/O (DESIGN.md).';
const engineImports = {
  paths: networkImports.paths,
  patterns: [{ group: ['node:*', ...builtinModules.filter((m) => !m.startsWith('_'))], message: ENGINE_MESSAGE }],
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '*.vsix'] },
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { regexp },
    rules: {
      'no-restricted-imports': ['error', networkImports],
      'no-restricted-globals': ['error', ...NETWORK_GLOBALS],
      'no-restricted-syntax': ['error', ...dynamicLoads(withNodePrefix(NETWORK_MODULES), NETWORK_MESSAGE)],
      // Exponential or polynomial backtracking within a pattern, and quadratic scans of an
      // unanchored pattern over the input: both freeze the editor on a hostile draft.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    // Tests may start the CLI and the server; the product itself starts nothing.
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    ignores: ['**/*.test.ts', 'client/src/test/**'],
    rules: { 'no-restricted-imports': ['error', processImports] },
  },
  {
    files: ['server/src/engine/**/*.ts'],
    // Tests and their kits (imported by tests only) may use Node's assert.
    ignores: ['server/src/engine/**/*.test.ts', 'server/src/engine/**/*Testkit.ts'],
    rules: {
      'no-restricted-imports': ['error', engineImports],
      'no-restricted-syntax': [
        'error',
        ...dynamicLoads(withNodePrefix(NETWORK_MODULES), NETWORK_MESSAGE),
        ...dynamicLoads(withNodePrefix(builtinModules.filter((m) => !m.startsWith('_'))), ENGINE_MESSAGE),
      ],
    },
  },
);
