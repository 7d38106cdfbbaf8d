import * as assert from 'node:assert/strict';
import type { Message } from 'vscode-languageserver/node';
import { diagnosticsEncoder } from './encoder';
import { RENDERED, rendered, type RenderedParams } from './renderedJson';

const encode = async (message: object): Promise<Buffer> => {
  if (!('encode' in diagnosticsEncoder)) throw new Error('a function encoder');
  return Buffer.from(await diagnosticsEncoder.encode(message as Message, { charset: 'utf-8' }));
};

describe('diagnosticsEncoder: the stdio transport writes rendered diagnostics as they are', () => {
  const diagnostics = [
    { range: { start: { line: 0, character: 4 }, end: { line: 0, character: 9 } }, severity: 2, code: 'unattributed-figure', source: 'factdesk', message: 'Figure "€4.2bn" has no source' },
    { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 7 } }, severity: 2, code: 'relative-date', source: 'factdesk', message: '“on Thursday” is relative' },
  ];

  it('gives the JSON that stringifying the message gives, byte for byte in UTF-8', async () => {
    const params: RenderedParams = { uri: 'file:///d/story.md', version: 7, diagnostics, [RENDERED]: diagnostics.map(rendered) };
    const message = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params };
    const bytes = await encode(message);
    assert.equal(bytes.toString('utf8'), JSON.stringify(message));
  });

  it('writes the rendered JSON, not the diagnostics beside it', async () => {
    const [first] = diagnostics;
    const params: RenderedParams = { uri: 'file:///d/story.md', version: 1, diagnostics: [first], [RENDERED]: [{ json: '{"kept":"as written"}', bytes: 21 }] };
    const bytes = await encode({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params });
    assert.deepEqual(JSON.parse(bytes.toString('utf8')).params.diagnostics, [{ kept: 'as written' }]);
  });

  it('writes an empty list, and any other message, as JSON.stringify does', async () => {
    const empty = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///d/a.txt', version: 2, diagnostics: [], [RENDERED]: [] } };
    assert.equal((await encode(empty)).toString('utf8'), JSON.stringify(empty));
    const response = { jsonrpc: '2.0', id: 3, result: { contents: 'Attributed to “the ministry”' } };
    assert.equal((await encode(response)).toString('utf8'), JSON.stringify(response));
  });
});
