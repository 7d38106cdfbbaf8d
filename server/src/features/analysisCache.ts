import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine/analysis';
import { analyze } from '../engine/analyze';
import { DraftCache } from '../engine/draftCache';
import type { EngineSettings } from '../engine/settings';
import type { DraftFormat } from '../engine/types';

/**
 * The latest analysis of each open document, keyed by URI and version, so diagnostics, hovers
 * and fixes of one version share one analysis; and the engine's cache of each document, so
 * that an edit re-analyses only the blocks it changed.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, { version: number; analysis: Analysis }>();
  private readonly drafts = new Map<string, DraftCache>();
  /** Each document's settings; `features/settings.ts` sets it from the editor and `.factdesk.json`. */
  settingsFor: (document: TextDocument) => EngineSettings = () => ({});
  /** Whether a document's language is one the settings check at all. */
  isChecked: (document: TextDocument) => boolean = () => true;

  get(document: TextDocument): Analysis {
    return this.current(document) ?? this.analyze(document);
  }

  private current(document: TextDocument): Analysis | undefined {
    const hit = this.entries.get(document.uri);
    return hit?.version === document.version ? hit.analysis : undefined;
  }

  private analyze(document: TextDocument): Analysis {
    // The stale analysis goes first, and no caller's variable holds it, so that it is not kept
    // alive while the next one is built (2.4 MB of findings, times and attributions at 100k words).
    this.entries.delete(document.uri);
    let draft = this.drafts.get(document.uri);
    if (!draft) this.drafts.set(document.uri, (draft = new DraftCache()));
    const analysis = analyze(document.getText(), formatOf(document), this.settingsFor(document), draft);
    this.entries.set(document.uri, { version: document.version, analysis });
    return analysis;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
    this.drafts.delete(uri);
  }

  /** Drops every analysis, e.g. after the settings change (blocks and sentences do not depend on settings). */
  clear(): void {
    this.entries.clear();
  }
}

/** Markdown by language id or file name; everything else as plain text. */
export function formatOf(document: TextDocument): DraftFormat {
  return document.languageId === 'markdown' || /\.(?:md|markdown)$/i.test(document.uri) ? 'markdown' : 'plaintext';
}
