import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as lsp from 'vscode-languageserver-protocol/node';
import { SERVER_PROCESS } from '../server/src/heap';

/**
 * One language server over stdio, driven as an editor would: open a document, send
 * incremental changes, and note when the diagnostics for each version arrive. Arrival is
 * stamped in the notification handler, so waiting code adds nothing to the latency.
 */
export class LspSession {
  private readonly process: ChildProcess;
  private readonly connection: lsp.ProtocolConnection;
  private readonly arrivals = new Map<number, number>();
  private waiting: { version: number; resolve: () => void } | null = null;
  private version = 0;
  /** Diagnostics in the last publication. */
  lastCount = 0;

  /** `execArgv` is added to the server's own flags (`SERVER_PROCESS`), for the bench's probes. */
  constructor(script: string, env: Record<string, string> = {}, execArgv: string[] = []) {
    this.process = spawn(process.execPath, [...SERVER_PROCESS.execArgv, ...execArgv, script, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...SERVER_PROCESS.env, ...env } });
    this.connection = lsp.createProtocolConnection(new lsp.StreamMessageReader(this.process.stdout!), new lsp.StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(lsp.PublishDiagnosticsNotification.type, (p) => {
      const at = performance.now();
      const version = p.version ?? 0;
      if (!this.arrivals.has(version)) this.arrivals.set(version, at);
      this.lastCount = p.diagnostics.length;
      if (this.waiting && version >= this.waiting.version) this.waiting.resolve();
    });
    this.connection.listen();
  }

  get pid(): number {
    return this.process.pid!;
  }

  /** Sends `initialize` and `initialized`; returns how long the server took to answer. */
  async initialize(): Promise<number> {
    const t0 = performance.now();
    await this.connection.sendRequest(lsp.InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true } } } });
    const ms = performance.now() - t0;
    await this.connection.sendNotification(lsp.InitializedNotification.type, {});
    return ms;
  }

  /** Opens a document; resolves with the time to its first diagnostics. */
  async open(uri: string, languageId: string, text: string): Promise<number> {
    this.version = 1;
    const t0 = performance.now();
    const published = this.until(1);
    await this.connection.sendNotification(lsp.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    await published;
    return this.arrivals.get(1)! - t0;
  }

  /** Replaces [start, end) of line `line` with `text`; resolves with the time to its diagnostics. */
  async edit(uri: string, line: number, start: number, end: number, text: string): Promise<number> {
    const version = ++this.version;
    const t0 = performance.now();
    const published = this.until(version);
    await this.connection.sendNotification(lsp.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: start }, end: { line, character: end } }, text }],
    });
    await published;
    return this.arrivals.get(version)! - t0;
  }

  /** Resident and peak resident memory of the server process, in MB (Linux /proc). */
  memory(): { rssMb: number; peakMb: number } {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
  }

  /** CPU time the server process has used so far, in ms (Linux /proc, 10 ms ticks). */
  cpuMs(): number {
    const fields = readFileSync(`/proc/${this.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => (this.process.exitCode !== null ? resolve() : this.process.once('exit', () => resolve())));
    await this.connection.sendRequest(lsp.ShutdownRequest.type);
    await this.connection.sendNotification(lsp.ExitNotification.type);
    await exited;
    this.connection.dispose();
  }

  private until(version: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version} within 60 s`)), 60_000);
      this.waiting = {
        version,
        resolve: () => {
          clearTimeout(timer);
          this.waiting = null;
          resolve();
        },
      };
    });
  }
}
