import { statSync } from 'node:fs';
import * as path from 'node:path';
import fg from 'fast-glob';

/** The drafts a folder or glob stands for: Markdown and plain text. */
const DRAFT_GLOB = '**/*.{md,markdown,mdown,mkd,txt}';
/** Never drafts: dependencies, version control, build output. */
const SKIPPED = ['**/node_modules/**', '**/.git/**'];

export interface Expanded {
  /** Drafts in a stable order: arguments in order, each folder or glob's matches sorted. */
  files: string[];
  /** Arguments that named nothing: one line each for stderr. */
  errors: string[];
}

/**
 * Turns `factdesk check` arguments into draft paths. A file is taken as given (the user named
 * it, so even a `.text` file is checked); a folder stands for the drafts under it; a glob
 * (`drafts/**\/*.md`) for the files it matches. A path that names nothing is passed on as a
 * file, so the reader reports it in its usual words.
 */
export function expandArguments(args: readonly string[], cwd = process.cwd()): Expanded {
  const files: string[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    const key = path.resolve(cwd, file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  for (const arg of args) {
    if (isFolder(path.resolve(cwd, arg))) {
      const found = fg.sync(DRAFT_GLOB, { cwd: path.resolve(cwd, arg), ignore: SKIPPED }).sort();
      if (found.length === 0) errors.push(`${arg}: no Markdown or text drafts in this folder`);
      for (const f of found) add(path.join(arg, f));
    } else if (fg.isDynamicPattern(arg) && !exists(path.resolve(cwd, arg))) {
      const found = fg.sync(arg, { cwd, ignore: SKIPPED }).sort();
      if (found.length === 0) errors.push(`${arg}: no files match`);
      for (const f of found) add(f);
    } else {
      add(arg);
    }
  }
  return { files, errors };
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}
