import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
} from 'vscode-languageserver';
import { CONFIG_FILE_NAME } from '../config/configFile';
import { ConfigFiles, type LoadedConfigFile } from '../config/discover';
import { settingsForDraft, type DraftSettings } from '../config/merge';
import { editorSettingsSchema, type EditorSettings } from '../config/schema';
import { showPath, validate } from '../config/validate';
import { LineIndex } from '../engine/positions';
import type { AnalysisCache } from './analysisCache';
import { formatOf } from './analysisCache';

export interface SettingsService {
  /** A draft's settings: the editor's `factdesk.*` under its nearest `.factdesk.json`. */
  forDocument(uri: string): DraftSettings;
  /** Call once the client is initialized: reads the settings and starts watching. */
  initialized(capabilities: ClientCapabilities): Promise<void>;
}

/**
 * Settings in the server: the editor's `factdesk.*` through `workspace/configuration` (read again
 * on `workspace/didChangeConfiguration`, or taken from its push where the client cannot be
 * asked), and each draft's nearest `.factdesk.json`, watched through
 * `workspace/didChangeWatchedFiles`. A bad value or unknown key in `.factdesk.json` is a
 * diagnostic on that file naming the key and the expected form; a bad editor setting is a
 * warning message. Either way the rest applies and the bad key keeps its default. Any change
 * clears the analyses and republishes every open draft's diagnostics (`refresh`).
 */
export function registerSettings(connection: Connection, cache: AnalysisCache, refresh: () => void): SettingsService {
  const files = new ConfigFiles();
  let editor: EditorSettings = {};
  let canAsk = false;
  /** `.factdesk.json` files with diagnostics published, so a fix or a deletion clears them. */
  const shown = new Set<string>();
  let warned = new Set<string>();

  const forDocument = (uri: string): DraftSettings => {
    if (!uri.startsWith('file:')) return settingsForDraft(editor, null, null);
    const draft = fileURLToPath(uri);
    publishFileProblems(files.forDraft(draft));
    return files.settingsFor(draft, editor);
  };

  const publishFileProblems = (file: LoadedConfigFile | null): void => {
    if (!file || shown.has(file.path)) return;
    shown.add(file.path);
    void connection.sendDiagnostics({ uri: pathToFileURL(file.path).toString(), diagnostics: fileDiagnostics(file) });
  };

  const useEditorSettings = (raw: unknown): void => {
    const { value, problems } = validate(editorSettingsSchema, raw ?? {});
    editor = value;
    const messages = new Set(problems.map((p) => `Factdesk setting ${p.path.length ? `factdesk.${showPath(p.path)}` : 'factdesk'}: ${p.message}`));
    // A notification, not window/showMessageRequest: it needs no answer, so no client can fail it.
    for (const m of messages) if (!warned.has(m)) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: m });
    warned = messages;
  };

  const reload = async (pushed?: unknown): Promise<void> => {
    if (canAsk) useEditorSettings(await connection.workspace.getConfiguration('factdesk').catch(() => editor));
    else if (pushed !== undefined) useEditorSettings(pushed);
    changed();
  };

  const changed = (): void => {
    files.clear();
    // Republish (or clear) every `.factdesk.json` shown so far; drafts find theirs again.
    for (const path of [...shown]) {
      shown.delete(path);
      const uri = pathToFileURL(path).toString();
      const file = files.read(path);
      if (file) publishFileProblems(file);
      else void connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    cache.clear();
    refresh();
  };

  cache.settingsFor = (document) => forDocument(document.uri).engine;
  cache.isChecked = (document) => forDocument(document.uri).languages.includes(formatOf(document));

  connection.onDidChangeConfiguration((params) => {
    void reload((params.settings as { factdesk?: unknown } | null)?.factdesk);
  });
  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE_NAME}`))) changed();
  });

  return {
    forDocument,
    async initialized(capabilities) {
      canAsk = capabilities.workspace?.configuration === true;
      const workspace = capabilities.workspace;
      if (workspace?.didChangeConfiguration?.dynamicRegistration) {
        void connection.client.register(DidChangeConfigurationNotification.type, { section: 'factdesk' });
      }
      if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] });
      }
      if (canAsk) await reload();
    },
  };
}

/** The problems of a `.factdesk.json` as diagnostics on the keys and values they name. */
function fileDiagnostics(file: LoadedConfigFile): Diagnostic[] {
  const lines = new LineIndex(file.text);
  return file.problems.map((p) => ({
    range: { start: lines.positionAt(p.start), end: lines.positionAt(p.end) },
    severity: DiagnosticSeverity.Error,
    source: 'factdesk',
    message: p.message,
  }));
}
