import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { SERVER_PROCESS } from '../server/src/heap';

export const SERVER = path.resolve(__dirname, '..', 'dist', 'server.js');

/**
 * A real LSP client for tests: starts `dist/server.js --stdio` as the extension does (same Node
 * options and environment) and speaks the protocol to it.
 * Diagnostics are collected per URI so tests can wait for a given version.
 */
export class LspClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  readonly stderr: string[] = [];
  private readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: (() => void)[] = [];
  private readonly versions = new Map<string, number>();

  constructor() {
    this.process = spawn(process.execPath, [...SERVER_PROCESS.execArgv, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...SERVER_PROCESS.env } });
    this.process.stderr!.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.push(p);
      for (const w of this.waiters.splice(0)) w();
    });
    this.connection.listen();
  }

  /** `workspace` adds workspace capabilities (configuration, watched files) for tests of settings. */
  async initialize(initializationOptions: unknown = {}, workspace: ClientCapabilities['workspace'] = {}): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } }, workspace },
      initializationOptions,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  async open(uri: string, languageId: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends an incremental change and returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Every publication received so far, oldest first. */
  history(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((p) => p.uri === uri);
  }

  /** Resolves with the first publication for `uri` at `version` (or later); rejects after `ms`. */
  async diagnostics(uri: string, version: number, ms = 10000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + ms;
    for (;;) {
      const hit = this.published.find((p) => p.uri === uri && (p.version ?? 0) >= version);
      if (hit) return hit;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no diagnostics for ${uri} v${version} within ${ms} ms; stderr: ${this.stderr.join('')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    await new Promise<void>((resolve) => (this.process.exitCode !== null ? resolve() : this.process.on('exit', () => resolve())));
    this.connection.dispose();
  }
}
