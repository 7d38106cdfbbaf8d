import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionRequest, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol/node';
import { LspClient } from './lspClient';

const TEXT = '---\ndate: 2016-04-07\n---\n\nRebels entered the town on Thursday, the group said.\n';

describe('code actions over the LSP connection', function () {
  let client: LspClient;
  let dir: string;
  beforeEach(() => {
    client = new LspClient();
    dir = mkdtempSync(path.join(tmpdir(), 'factdesk-actions-'));
  });
  afterEach(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function actionsAt(uri: string, diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
    const result = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], ...(only ? { only } : {}) },
    });
    return (result ?? []) as CodeAction[];
  }

  it('offers the fixes of a relative date; applying "Write as" clears the finding', async () => {
    await client.initialize();
    const uri = pathToFileURL(path.join(dir, 'draft.md')).toString();
    await client.open(uri, 'markdown', TEXT);
    const [diagnostic] = (await client.diagnostics(uri, 1)).diagnostics;
    const actions = await actionsAt(uri, diagnostic!);
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]),
      [
        ['Write as "on Thursday (7 April 2016)"', 'quickfix', true],
        ['Ignore relative-date here', 'quickfix', false],
        ['Resolve all relative dates in this draft', 'source.factdesk.resolveRelativeDates', false],
      ],
    );
    assert.deepEqual(actions[0]!.diagnostics, [diagnostic]);
    const edits = actions[0]!.edit!.changes![uri]!;
    assert.deepEqual(edits, [{ range: { start: { line: 4, character: 35 }, end: { line: 4, character: 35 } }, newText: ' (7 April 2016)' }]);
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, TEXT), edits);
    const version = await client.change(uri, [{ text: fixed }]);
    assert.deepEqual((await client.diagnostics(uri, version)).diagnostics, []);
  });

  it('gives only the source action when asked for source actions', async () => {
    await client.initialize();
    const uri = pathToFileURL(path.join(dir, 'draft.md')).toString();
    await client.open(uri, 'markdown', TEXT);
    const [diagnostic] = (await client.diagnostics(uri, 1)).diagnostics;
    const actions = await actionsAt(uri, diagnostic!, ['source']);
    assert.deepEqual(actions.map((a) => a.title), ['Resolve all relative dates in this draft']);
  });

  it('"Turn off" edits the .factdesk.json that governs the draft, keeping its comments', async () => {
    const config = path.join(dir, '.factdesk.json');
    writeFileSync(config, '{\n  // house style\n  "dateStyle": "month-day-year"\n}\n');
    await client.initialize();
    const uri = pathToFileURL(path.join(dir, 'draft.md')).toString();
    await client.open(uri, 'markdown', TEXT);
    const [diagnostic] = (await client.diagnostics(uri, 1)).diagnostics;
    const actions = await actionsAt(uri, diagnostic!);
    assert.equal(actions[0]!.title, 'Write as "on Thursday (April 7, 2016)"');
    const turnOff = actions.find((a) => a.title === 'Turn off relative-date for this workspace');
    const configUri = pathToFileURL(config).toString();
    const edits = turnOff!.edit!.changes![configUri] as TextEdit[];
    const after = TextDocument.applyEdits(TextDocument.create(configUri, 'jsonc', 1, '{\n  // house style\n  "dateStyle": "month-day-year"\n}\n'), edits);
    assert.equal(after, '{\n  // house style\n  "dateStyle": "month-day-year",\n  "rules": {\n    "relative-date": "off"\n  }\n}\n');
  });

  it('"Turn off" creates .factdesk.json beside the draft when the client can create files', async () => {
    await client.initialize({}, { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } });
    const uri = pathToFileURL(path.join(dir, 'draft.md')).toString();
    await client.open(uri, 'markdown', TEXT);
    const [diagnostic] = (await client.diagnostics(uri, 1)).diagnostics;
    const turnOff = (await actionsAt(uri, diagnostic!)).find((a) => a.title === 'Turn off relative-date for this workspace');
    const configUri = pathToFileURL(path.join(dir, '.factdesk.json')).toString();
    assert.deepEqual(turnOff?.edit?.documentChanges, [
      { kind: 'create', uri: configUri, options: { ignoreIfExists: true } },
      { textDocument: { uri: configUri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '{\n  "rules": {\n    "relative-date": "off"\n  }\n}\n' }] },
    ]);
  });

  const SOURCED = 'Last update: Thursday 7 April 2016\n\nThe Syrian Observatory for Human Rights said rebels took 18 villages.\n\nMore than 270,000 people have died since 2011.\n';

  it('"Attribute to" over the connection: the unattributed figure is no longer flagged', async () => {
    await client.initialize();
    const uri = pathToFileURL(path.join(dir, 'wire.txt')).toString();
    await client.open(uri, 'plaintext', SOURCED);
    const diagnostics = (await client.diagnostics(uri, 1)).diagnostics;
    const flagged = diagnostics.find((d) => d.code === 'unattributed-figure')!;
    assert.deepEqual(flagged.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 17 } });
    const actions = await actionsAt(uri, flagged);
    assert.deepEqual(actions.map((a) => a.title).slice(0, 3), ['Attribute to the Syrian Observatory for Human Rights', 'Add a source…', 'Ignore unattributed-figure here']);
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 1, SOURCED), actions[0]!.edit!.changes![uri]!);
    assert.ok(fixed.endsWith('More than 270,000 people have died since 2011, according to the Syrian Observatory for Human Rights.\n'));
    const version = await client.change(uri, [{ text: fixed }]);
    assert.deepEqual((await client.diagnostics(uri, version)).diagnostics.filter((d) => d.code === 'unattributed-figure'), []);
  });

  it('"Add a source…" is a snippet edit for clients that take them, plain text for the others', async () => {
    await client.initialize({}, { workspaceEdit: { documentChanges: true, snippetEditSupport: true } as never });
    const uri = pathToFileURL(path.join(dir, 'wire.txt')).toString();
    await client.open(uri, 'plaintext', SOURCED);
    const flagged = (await client.diagnostics(uri, 1)).diagnostics.find((d) => d.code === 'unattributed-figure')!;
    const add = (await actionsAt(uri, flagged)).find((a) => a.title === 'Add a source…')!;
    const at = { line: 4, character: 17 };
    assert.deepEqual(add.edit?.documentChanges, [{ textDocument: { uri, version: 1 }, edits: [{ range: { start: at, end: at }, snippet: { kind: 'snippet', value: ' [source: ${1:name, link, date}]' } }] }]);
    assert.deepEqual(add.data, { snippet: [{ range: { start: at, end: at }, value: ' [source: ${1:name, link, date}]' }] });
  });
});
