import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import { CheckFilesRequest } from '../server/src/protocol';
import { LspClient } from './lspClient';

const DATED = 'Talks\n\nLast update: Thursday 7 April 2016\n\nThey met on Monday.\n';

describe('language server: checking drafts that are not open (factdesk/checkFiles)', function () {
  let client: LspClient;
  let folder: string;
  const uri = (name: string) => pathToFileURL(path.join(folder, name)).toString();

  beforeEach(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'factdesk-workspace-'));
    client = new LspClient();
    await client.initialize();
  });
  afterEach(async () => {
    await client.stop();
  });

  it('publishes diagnostics for each draft on disk, skipping open ones, missing ones and languages not checked', async () => {
    writeFileSync(path.join(folder, 'a.txt'), DATED);
    writeFileSync(path.join(folder, 'b.md'), 'Nothing relative here.\n');
    writeFileSync(path.join(folder, 'open.txt'), DATED);
    writeFileSync(path.join(folder, 'c.txt'), DATED);
    writeFileSync(path.join(folder, '.factdesk.json'), '{ "overrides": [{ "files": "c.txt", "rules": { "relative-date": "hint" } }] }');
    await client.open(uri('open.txt'), 'plaintext', 'Typed, not saved.\n');
    const result = await client.connection.sendRequest(CheckFilesRequest, { uris: [uri('a.txt'), uri('b.md'), uri('open.txt'), uri('gone.md'), uri('c.txt')] });
    assert.deepEqual(result, { checked: 3, findings: 2 });
    const a = await client.diagnostics(uri('a.txt'), 0);
    assert.deepEqual(
      a.diagnostics.map((d) => [d.code, d.severity, d.range]),
      [['relative-date', 2, { start: { line: 4, character: 9 }, end: { line: 4, character: 18 } }]],
    );
    assert.deepEqual((await client.diagnostics(uri('b.md'), 0)).diagnostics, []);
    assert.equal((await client.diagnostics(uri('c.txt'), 0)).diagnostics[0]!.severity, 4, 'the override applies');
    assert.equal(client.history(uri('gone.md')).length, 0);
  });

  it('stops between drafts when cancelled', async () => {
    const uris: string[] = [];
    for (let i = 0; i < 200; i++) {
      writeFileSync(path.join(folder, `d${i}.txt`), DATED);
      uris.push(uri(`d${i}.txt`));
    }
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest(CheckFilesRequest, { uris }, source.token);
    source.cancel();
    await pending.catch(() => undefined);
    // Let every publication the server made arrive: quiet for half a second.
    const published = () => uris.filter((u) => client.history(u).length > 0).length;
    for (let last = -1; last !== published(); ) {
      last = published();
      await new Promise((r) => setTimeout(r, 500));
    }
    assert.ok(published() < 200, `published ${published()} of 200`);
  });
});
