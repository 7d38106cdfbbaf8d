import picomatch from 'picomatch';
import type { EngineSettings } from '../engine/settings';
import { EDITOR_DEFAULTS, type EditorSettings, type Language, type Override, type WorkspaceFile } from './schema';

/** Settings for one draft: what the engine reads, and whether its language is checked at all. */
export interface DraftSettings {
  engine: EngineSettings;
  languages: Language[];
}

type Layer = Omit<Override, 'files'>;

/**
 * The settings for one draft, from the lowest layer to the highest: defaults, the editor's
 * settings (the server only), `.factdesk.json`, then each of its `overrides` whose globs match
 * the draft's path relative to the file's folder, in order. Rules merge per rule, lists (house
 * rules) are added to, and other values are replaced.
 */
export function settingsForDraft(editor: EditorSettings, file: WorkspaceFile | null, relativePath: string | null): DraftSettings {
  const layers: Layer[] = [EDITOR_DEFAULTS, editor];
  if (file) {
    const { overrides, $schema: _schema, ...top } = file;
    layers.push(top);
    for (const o of overrides ?? []) {
      const { files, ...rest } = o;
      if (relativePath !== null && picomatch(files, { dot: true })(relativePath)) layers.push(rest);
    }
  }
  const merged = layers.reduce<Layer>(mergeLayer, {});
  return { engine: toEngine(merged), languages: merged.languages ?? EDITOR_DEFAULTS.languages };
}

function mergeLayer(low: Layer, high: Layer): Layer {
  const out: Layer = { ...low, ...high };
  if (low.rules || high.rules) out.rules = { ...low.rules, ...high.rules };
  for (const key of ['attributionVerbs', 'trustedSources', 'notFigures'] as const) {
    if (low[key] || high[key]) out[key] = [...(low[key] ?? []), ...(high[key] ?? [])];
  }
  return out;
}

function toEngine(s: Layer): EngineSettings {
  const engine: EngineSettings = {};
  if (s.publicationDate) engine.publicationDate = s.publicationDate;
  if (s.rules && Object.keys(s.rules).length) engine.rules = s.rules;
  if (s.dateStyle) engine.dateStyle = s.dateStyle;
  if (s.maxFileSize !== undefined) engine.maxFileSize = s.maxFileSize;
  if (s.attributionVerbs?.length) engine.attributionVerbs = s.attributionVerbs;
  if (s.trustedSources?.length) engine.trustedSources = s.trustedSources;
  if (s.notFigures?.length) engine.notFigures = s.notFigures;
  return engine;
}
