import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// The transport (--stdio, --node-ipc, --socket) is chosen from the command line by
// vscode-languageserver, so any LSP editor can start this file.
startServer(createConnection(ProposedFeatures.all));
