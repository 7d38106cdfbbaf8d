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
});
