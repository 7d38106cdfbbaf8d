import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

const FILE_NAME = '.factdesk.json';

export interface WorkspaceFileTarget {
  uri: string;
  /** Its current text (the open editor's, if it is open), or null when it does not exist. */
  text: string | null;
  /** The open editor's version, so an edit computed on stale text is refused. */
  version: number | null;
}

/**
 * The `.factdesk.json` a workspace-wide change to a draft's settings belongs in: the nearest one
 * in the draft's folder or above, else a new one at the root of the workspace folder that holds
 * the draft (or beside the draft when it is in none). Null for drafts that are not files.
 */
export function workspaceFileFor(draftUri: string, workspaceFolders: readonly string[], documents: TextDocuments<TextDocument>): WorkspaceFileTarget | null {
  if (!draftUri.startsWith('file:')) return null;
  const draft = fileURLToPath(draftUri);
  const folders = workspaceFolders.filter((f) => f.startsWith('file:')).map((f) => fileURLToPath(f));
  const root = folders.filter((f) => draft.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0];
  let file: string | null = null;
  for (let dir = path.dirname(draft); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, FILE_NAME);
    if (existsSync(candidate)) {
      file = candidate;
      break;
    }
    if (dir === root || path.dirname(dir) === dir) break;
  }
  file ??= path.join(root ?? path.dirname(draft), FILE_NAME);
  const uri = pathToFileURL(file).toString();
  const open = documents.get(uri);
  if (open) return { uri, text: open.getText(), version: open.version };
  try {
    return { uri, text: readFileSync(file, 'utf8'), version: null };
  } catch {
    return { uri, text: null, version: null };
  }
}
