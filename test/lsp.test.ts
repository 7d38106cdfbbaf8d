import * as assert from 'node:assert/strict';
import { LspClient } from './lspClient';

describe('language server over stdio', function () {
  let client: LspClient;
  beforeEach(async () => {
    client = new LspClient();
  });
  afterEach(async () => {
    await client.stop();
  });

  it('announces incremental sync', async () => {
    const init = await client.initialize();
    assert.deepEqual(init.capabilities.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(init.serverInfo?.name, 'factdesk');
  });

  it('publishes relative dates on open and follows an incremental edit', async () => {
    await client.initialize();
    const uri = 'file:///draft.md';
    const text = '---\ndate: 2016-04-07\n---\n\nRebels entered the town on Thursday, the group said.\n';
    await client.open(uri, 'markdown', text);
    const first = await client.diagnostics(uri, 1);
    assert.deepEqual(
      first.diagnostics.map((d) => [d.code, d.source, d.range, d.message]),
      [['relative-date', 'factdesk', { start: { line: 4, character: 24 }, end: { line: 4, character: 35 } }, "'on Thursday' depends on the publication date: against 7 April 2016 it is Thursday 7 April 2016. Write the date."]],
    );
    // "on Thursday" → "on Monday": the finding follows, resolved against the same date.
    const version = await client.change(uri, [{ range: { start: { line: 4, character: 27 }, end: { line: 4, character: 35 } }, text: 'Monday' }]);
    const second = await client.diagnostics(uri, version);
    assert.deepEqual(
      second.diagnostics.map((d) => [d.code, d.range, d.message]),
      [['relative-date', { start: { line: 4, character: 24 }, end: { line: 4, character: 33 } }, "'on Monday' depends on the publication date: against 7 April 2016 it is Monday 4 April 2016. Write the date."]],
    );
  });

  it('answers a burst of edits with the newest version only after the last one', async () => {
    await client.initialize();
    const uri = 'file:///burst.txt';
    await client.open(uri, 'plaintext', 'It happened');
    await client.diagnostics(uri, 1);
    let version = 1;
    for (const word of [' on', ' Monday', '.']) {
      version = await client.change(uri, [{ range: { start: { line: 0, character: 99 }, end: { line: 0, character: 99 } }, text: word }]);
    }
    const last = await client.diagnostics(uri, version);
    assert.equal(last.version, version);
    assert.deepEqual(client.history(uri).map((p) => p.version), [1, version]);
  });
});
