import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..');
const stub = path.join(__dirname, 'stubNetwork.cjs');
const cli = path.join(root, 'dist', 'cli.js');
const node = (args: string[]) => spawnSync(process.execPath, ['--require', stub, ...args], { cwd: root, encoding: 'utf8' });

describe('drafts never leave the machine (issue 10, security)', () => {
  it('the stub really blocks network modules and globals', () => {
    assert.match(node(['-e', "require('node:https')"]).stderr, /network module "node:https" loaded/);
    assert.match(node(['-e', 'fetch("http://127.0.0.1/")']).stderr, /network global "fetch" used/);
  });

  it('the CLI checks a draft with every network module stubbed to throw', () => {
    const run = node([cli, 'check', '--format', 'json', 'test-fixtures/sample-wire.txt']);
    assert.equal(run.stderr, '');
    assert.equal(run.status, 1);
    const files = (JSON.parse(run.stdout) as { files: { publicationDate: string; findings: { rule: string }[] }[] }).files;
    assert.equal(files[0]!.publicationDate, '2016-04-07');
    assert.ok(files[0]!.findings.some((f) => f.rule === 'relative-date'));
  });
});

describe('untrusted workspaces (issue 10, security)', () => {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    capabilities: Record<string, unknown>;
    contributes: { configuration: { properties: Record<string, { type: string }> } | { properties: Record<string, { type: string }> }[] };
  };

  it('declares untrusted-workspace support explicitly: Factdesk runs nothing from the workspace', () => {
    assert.deepEqual(manifest.capabilities['untrustedWorkspaces'], { supported: true });
  });

  it('has no setting that names something to run: every setting is data', () => {
    const configuration = manifest.contributes.configuration;
    const properties = (Array.isArray(configuration) ? configuration : [configuration]).flatMap((c) => Object.entries(c.properties));
    assert.ok(properties.length > 0);
    for (const [name, schema] of properties) {
      assert.doesNotMatch(name, /path|command|exec|program|script|binary|module|plugin/i, `${name} looks executable`);
      assert.ok(['object', 'array', 'string', 'integer', 'number', 'boolean'].includes(schema.type), `${name}: ${schema.type}`);
    }
  });

  it('reads .factdesk.json as JSON, never as code', () => {
    const dir = path.join(root, 'server', 'src', 'config');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      assert.doesNotMatch(readFileSync(path.join(dir, file), 'utf8'), /\brequire\(|\bimport\(|\beval\(|new Function\b|\bvm\b/, file);
    }
  });
});
