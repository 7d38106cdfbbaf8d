import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME } from '../config/configFile';
import { ConfigFiles } from '../config/discover';

export interface WorkspaceFileTarget {
  uri: string;
  /** Its current text (the open editor's, if it is open), or null when it does not exist. */
  text: string | null;
  /** The open editor's version, so an edit computed on stale text is refused. */
  version: number | null;
}

/**
 * The `.factdesk.json` a workspace-wide change to a draft's settings belongs in: the one that
 * governs the draft now (the nearest in its folder or above), else a new one at the root of the
 * workspace folder that holds the draft (or beside the draft when it is in none). Read fresh
 * each time: the file may have changed since. Null for drafts that are not files.
 */
export function workspaceFileFor(draftUri: string, workspaceFolders: readonly string[], documents: TextDocuments<TextDocument>): WorkspaceFileTarget | null {
  if (!draftUri.startsWith('file:')) return null;
  const draft = fileURLToPath(draftUri);
  const found = new ConfigFiles().forDraft(draft);
  const folders = workspaceFolders.filter((f) => f.startsWith('file:')).map((f) => fileURLToPath(f));
  const root = folders.filter((f) => draft.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0];
  const file = found?.path ?? path.join(root ?? path.dirname(draft), CONFIG_FILE_NAME);
  const uri = pathToFileURL(file).toString();
  const open = documents.get(uri);
  if (open) return { uri, text: open.getText(), version: open.version };
  return { uri, text: found ? found.text : null, version: null };
}
