#!/usr/bin/env node
// Runs the TextMate grammar tests (syntaxes/test/) with vscode-tmgrammar-test against the real
// Markdown grammar VS Code ships (from tm-grammars). That grammar embeds dozens of code-block
// languages this test does not load; their "grammar not found" lines are dropped as noise.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const runner = require.resolve('vscode-tmgrammar-test/dist/unit.js');
const markdown = require.resolve('tm-grammars/grammars/markdown.json');
const r = spawnSync(process.execPath, [runner, '--grammar', markdown, 'syntaxes/test/*.test.*'], { encoding: 'utf8' });
const keep = (text) => text.split('\n').filter((l) => !l.startsWith('grammar not found for')).join('\n');
process.stdout.write(keep(r.stdout ?? ''));
process.stderr.write(keep(r.stderr ?? ''));
process.exit(r.status ?? 1);
