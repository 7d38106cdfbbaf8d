import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection, type MessageReader } from 'vscode-languageserver/node';
import { startServer } from './server';
import { diagnosticsEncoder } from './transport/encoder';

// The transport (--stdio, --node-ipc, --socket) is chosen from the command line, so any LSP
// editor can start this file. Over stdio (the extension's transport too) the messages are
// written with `diagnosticsEncoder`, which sends unchanged diagnostics as they were written.
startServer(process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all));

function stdioConnection(): Connection {
  // stdin goes in as a stream, so that the library exits when the editor closes it, as it does
  // for a stdio it opens itself; its overloads do not name a stream with a writer, it takes both.
  const input = process.stdin as unknown as MessageReader;
  const connection = createConnection(ProposedFeatures.all, input, new StreamMessageWriter(process.stdout, { contentTypeEncoder: diagnosticsEncoder }));
  // stdout carries the protocol: whatever the code or a library prints goes to the editor's
  // log instead, as vscode-languageserver does itself when it opens stdio from the command line.
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(format(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  return connection;
}
