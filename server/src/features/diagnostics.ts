import { DiagnosticSeverity, type Connection, type Diagnostic, type PublishDiagnosticsParams, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine/analysis';
import { RENDERED, rendered, type RenderedParams } from '../transport/renderedJson';
import type { AnalysisCache } from './analysisCache';
import { PublishedDiagnostics } from './publishedDiagnostics';
import { sizeLimitDiagnostics } from './sizeLimit';

/**
 * Waits at most this long after the last keystroke, so that a burst of typing costs one
 * analysis. The benchmark sets FACTDESK_DEBOUNCE_MS=0 to time the analysis path alone
 * (`bench/keystrokes.ts`).
 */
const DEBOUNCE_MS = debounceFromEnvironment(process.env['FACTDESK_DEBOUNCE_MS']) ?? 150;

/**
 * The wait after a keystroke: twice what the document's last analysis cost, up to the
 * maximum. Waiting only pays when analysing is dear; a short draft analysed in 5 ms answers
 * in about 15 ms, and the server still spends at most a third of the typist's time on it.
 */
export function debounceFor(lastCostMs: number | undefined, maxMs: number): number {
  return Math.min(maxMs, Math.ceil(2 * (lastCostMs ?? maxMs)));
}

function debounceFromEnvironment(value: string | undefined): number | undefined {
  const ms = Number(value);
  return value !== undefined && value !== '' && Number.isInteger(ms) && ms >= 0 ? ms : undefined;
}

/** Publishes diagnostics on open and change; the latest edit wins, stale results are dropped. */
export function registerDiagnostics(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache): { refreshAll(): void } {
  /** Each document's pending publication, and how to call it off. */
  const timers = new Map<string, () => void>();
  /** What each document's last publication cost in ms (analysis and conversion): `debounceFor`. */
  const costs = new Map<string, number>();
  /** Each document's last published diagnostics, kept to send unchanged ones as they were. */
  const publishedOf = new Map<string, PublishedDiagnostics>();

  const publish = (uri: string): void => {
    timers.delete(uri);
    const document = documents.get(uri);
    if (!document) return;
    const started = performance.now();
    // The analysis is synchronous, so `document` is still the newest version here; sending the
    // version lets the client drop it if an edit crossed on the wire.
    const analysis = cache.isChecked(document) ? cache.get(document) : null;
    let published = publishedOf.get(uri);
    if (!published) publishedOf.set(uri, (published = new PublishedDiagnostics()));
    const findings = published.render(analysis?.findings ?? [], document);
    const others = analysis ? [...ignoreDiagnostics(analysis, document), ...sizeLimitDiagnostics(analysis, document)] : [];
    const params: RenderedParams = {
      uri,
      version: document.version,
      diagnostics: [...findings.map((e) => e.diagnostic), ...others],
      [RENDERED]: [...findings, ...others.map(rendered)],
    };
    void connection.sendDiagnostics(params as PublishDiagnosticsParams);
    costs.set(uri, performance.now() - started);
  };

  const schedule = (uri: string, delay: number): void => {
    timers.get(uri)?.();
    // No wait: after the messages already read (a burst still costs one analysis), not after
    // a timer's minimum millisecond.
    if (delay === 0) {
      const pending = setImmediate(() => publish(uri));
      timers.set(uri, () => clearImmediate(pending));
    } else {
      const pending = setTimeout(() => publish(uri), delay);
      timers.set(uri, () => clearTimeout(pending));
    }
  };

  // TextDocuments reports an open as a change too: the first one is answered at once.
  const seen = new Set<string>();
  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    schedule(uri, seen.has(uri) ? debounceFor(costs.get(uri), DEBOUNCE_MS) : 0);
    seen.add(uri);
  });
  documents.onDidClose((e) => {
    seen.delete(e.document.uri);
    costs.delete(e.document.uri);
    publishedOf.delete(e.document.uri);
    timers.get(e.document.uri)?.();
    timers.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  // After a settings change every open draft is analysed again.
  return { refreshAll: () => documents.all().forEach((d) => schedule(d.uri, 0)) };
}

/** Ignore comments naming no rule: errors, or a typo would silently keep a rule off. */
function ignoreDiagnostics(analysis: Analysis, document: TextDocument): Diagnostic[] {
  return analysis.ignoreProblems.map((p) => ({
    range: { start: document.positionAt(p.span.start), end: document.positionAt(p.span.end) },
    severity: DiagnosticSeverity.Error,
    source: 'factdesk',
    message: p.message,
  }));
}
