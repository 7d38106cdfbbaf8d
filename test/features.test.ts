import * as assert from 'node:assert/strict';
import { HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { ReportRequest } from '../server/src/protocol';
import { LspClient } from './lspClient';

describe('hover and report over the LSP connection', function () {
  let client: LspClient;
  beforeEach(async () => {
    client = new LspClient();
    await client.initialize();
  });
  afterEach(async () => {
    await client.stop();
  });

  const uri = 'file:///hover.md';
  const text = '---\ndate: 2016-04-07\n---\n\n# Border town falls\n\nRebels took at least 18 villages, and millions have fled.\n';

  it('announces hover and code actions', async () => {
    const again = new LspClient();
    const init = await again.initialize();
    await again.stop();
    assert.equal(init.capabilities.hoverProvider, true);
    assert.deepEqual(init.capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.factdesk.resolveRelativeDates'] });
  });

  it('hovers a figure with its value, what it counts and its source', async () => {
    await client.open(uri, 'markdown', text);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 6, character: 20 } });
    assert.deepEqual(hover?.range, { start: { line: 6, character: 12 }, end: { line: 6, character: 23 } });
    assert.equal(
      (hover?.contents as MarkupContent).value,
      '**Figure** “at least 18”: at least 18 · counts: village  \nSource: no source found in its sentence\n\n---\n\n' +
        '**Flagged: unattributed-figure** (warning): A figure with no source: no reporting verb, "according to", attributed quote or citation.',
    );
  });

  it('has nothing to say between claims', async () => {
    await client.open(uri, 'markdown', text);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 6, character: 2 } });
    assert.equal(hover, null);
  });

  it('answers factdesk/report for an open draft, and null for one that is not open', async () => {
    await client.open(uri, 'markdown', text);
    const result = await client.connection.sendRequest(ReportRequest, { uri });
    assert.equal(result?.report.name, 'hover.md');
    assert.deepEqual(result?.report.claims.map((c) => [c.line, c.text]), [
      [7, 'at least 18'],
      [7, 'millions'],
    ]);
    assert.ok(result?.markdown.startsWith('# Sourcing report: hover.md\n'));
    assert.equal(await client.connection.sendRequest(ReportRequest, { uri: 'file:///closed.md' }), null);
  });
});
