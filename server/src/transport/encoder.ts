import type { ContentTypeEncoder, ContentTypeEncoderOptions, Message } from 'vscode-languageserver/node';
import { RENDERED, type RenderedParams } from './renderedJson';

/**
 * The JSON encoder of the stdio transport. Every message is `JSON.stringify`d as the library's
 * own encoder does, but for `publishDiagnostics` whose params carry each diagnostic's JSON
 * (`RENDERED`): those are copied into the message's bytes as they are. A 100k-word draft has
 * about 3,750 diagnostics; stringifying them all on every keystroke made a 2.2 MB string (two
 * bytes a character as soon as one message holds a curly quote), then its UTF-8 copy, and most
 * of both outlived the young generation: a fifth of the server's CPU per keystroke went to that
 * and the collections it brought on.
 */
export const diagnosticsEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode(message: Message, options: ContentTypeEncoderOptions): Promise<Uint8Array> {
    const params = (message as { params?: unknown }).params;
    if (isRendered(params)) return Promise.resolve(encodeRendered(message, params));
    return Promise.resolve(Buffer.from(JSON.stringify(message), options.charset));
  },
};

function isRendered(params: unknown): params is RenderedParams {
  return typeof params === 'object' && params !== null && RENDERED in params;
}

/** The same JSON as `JSON.stringify(message)` gives (keys aside), written straight into one buffer. */
function encodeRendered(message: Message, params: RenderedParams): Buffer {
  const method = (message as { method?: string }).method ?? '';
  const head = `{"jsonrpc":${JSON.stringify(message.jsonrpc)},"method":${JSON.stringify(method)},"params":{"uri":${JSON.stringify(params.uri)},"version":${JSON.stringify(params.version)},"diagnostics":[`;
  const tail = ']}}';
  const parts = params[RENDERED];
  let length = Buffer.byteLength(head) + tail.length + Math.max(0, parts.length - 1);
  for (const p of parts) length += p.bytes;
  const out = Buffer.allocUnsafe(length);
  let at = out.write(head, 0);
  parts.forEach((p, i) => {
    if (i > 0) at = out.writeUInt8(0x2c, at);
    at += out.write(p.json, at);
  });
  out.write(tail, at);
  return out;
}
