import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, parseConfigFile, type ParsedConfigFile } from './configFile';
import type { EditorSettings } from './schema';
import { settingsForDraft, type DraftSettings } from './merge';

/** A `.factdesk.json` read from disk, with the text its problem offsets refer to. */
export interface LoadedConfigFile extends ParsedConfigFile {
  path: string;
  text: string;
}

/**
 * Finds and reads `.factdesk.json` for drafts on disk: the nearest one in the draft's folder or
 * above it (as Prettier and EditorConfig users expect), its `overrides` matched against the
 * draft's path relative to that file's folder. Lookups and parses are cached until `clear()`.
 */
export class ConfigFiles {
  private readonly nearest = new Map<string, string | null>();
  private readonly parsed = new Map<string, LoadedConfigFile | null>();

  /** The nearest `.factdesk.json` for a draft, parsed; null when there is none. */
  forDraft(draftPath: string): LoadedConfigFile | null {
    const file = this.find(path.dirname(path.resolve(draftPath)));
    return file ? this.read(file) : null;
  }

  /** The draft's settings: `editor` (the server's VS Code settings) under the file's. */
  settingsFor(draftPath: string, editor: EditorSettings = {}): DraftSettings {
    const file = this.forDraft(draftPath);
    const relative = file ? path.relative(path.dirname(file.path), path.resolve(draftPath)).split(path.sep).join('/') : null;
    return settingsForDraft(editor, file?.config ?? null, relative);
  }

  /** Forgets what was read, e.g. when a `.factdesk.json` was created, changed or deleted. */
  clear(): void {
    this.nearest.clear();
    this.parsed.clear();
  }

  private find(dir: string): string | null {
    const known = this.nearest.get(dir);
    if (known !== undefined) return known;
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    let found: string | null;
    if (this.read(candidate)) found = candidate;
    else {
      const parent = path.dirname(dir);
      found = parent === dir ? null : this.find(parent);
    }
    this.nearest.set(dir, found);
    return found;
  }

  /** A `.factdesk.json` at a known path, parsed; null when it does not exist. */
  read(file: string): LoadedConfigFile | null {
    if (this.parsed.has(file)) return this.parsed.get(file)!;
    let loaded: LoadedConfigFile | null = null;
    try {
      const text = readFileSync(file, 'utf8');
      loaded = { path: file, text, ...parseConfigFile(text) };
    } catch {
      // No such file (the usual case) or unreadable: look further up.
    }
    this.parsed.set(file, loaded);
    return loaded;
  }
}
