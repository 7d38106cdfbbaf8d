import { existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { z } from 'zod';
import { CONFIG_FILE_NAME } from '../config/configFile';
import { EDITOR_DEFAULTS, workspaceFileSchema } from '../config/schema';
import { RULE_IDS } from '../engine/types';

/** The value the starter file shows for each key: the default, or an empty list. */
const STARTER_VALUES: Record<string, unknown> = { ...EDITOR_DEFAULTS, attributionVerbs: [], trustedSources: [], notFigures: [] };

/** Extra lines under a key's description: examples of what to write there. */
const EXAMPLES: Record<string, string[]> = {
  rules: [`Rules: ${RULE_IDS.join(', ')}. For example: "relative-date": "information"`],
  overrides: ['For example: { "files": "opinion/**", "rules": { "unattributed-figure": "information" } }'],
};

/**
 * The commented starter `.factdesk.json` (JSON with comments, which VS Code and Factdesk read).
 * Built from the zod schema, so every key it shows exists and its comment is the setting's own
 * description.
 */
export function starterConfig(): string {
  const lines = [
    '// Factdesk settings for the drafts in this folder and below; the nearest .factdesk.json wins.',
    '// Every key is optional. A key Factdesk does not know is an error, so a typo never goes unnoticed.',
    '{',
  ];
  const keys = Object.keys(workspaceFileSchema.shape).filter((k) => k !== '$schema');
  keys.forEach((key, i) => {
    const field = workspaceFileSchema.shape[key as keyof typeof workspaceFileSchema.shape] as z.ZodOptional<z.ZodType>;
    const description = field.description ?? field.unwrap().description ?? '';
    if (i > 0) lines.push('');
    lines.push(`  // ${description}`);
    for (const example of EXAMPLES[key] ?? []) lines.push(`  // ${example}`);
    lines.push(`  ${JSON.stringify(key)}: ${show(STARTER_VALUES[key] ?? [])}${i < keys.length - 1 ? ',' : ''}`);
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** A value on one line, spaced as people write it: `["markdown", "plaintext"]`. */
function show(value: unknown): string {
  return Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(', ')}]` : JSON.stringify(value);
}

/** `factdesk init [FOLDER]`: writes the starter file; never overwrites one. */
export function init(folder: string): { exitCode: 0 | 2; message: string } {
  const file = path.join(folder, CONFIG_FILE_NAME);
  if (existsSync(file)) return { exitCode: 2, message: `factdesk: ${file} already exists; not overwritten` };
  try {
    writeFileSync(file, starterConfig());
  } catch (e) {
    return { exitCode: 2, message: `factdesk: cannot write ${file} (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  return { exitCode: 0, message: `factdesk: wrote ${file}` };
}
