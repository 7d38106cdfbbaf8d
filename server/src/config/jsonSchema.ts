import { z } from 'zod';
import { EDITOR_DEFAULTS, editorSettingsSchema, workspaceFileSchema } from './schema';

/** Where the generated schema is committed and what package.json's `jsonValidation` points at. */
export const SCHEMA_PATH = 'schemas/factdesk.schema.json';

type JsonSchema = Record<string, unknown>;

/** The JSON schema of `.factdesk.json`, generated from the zod schema (draft-07, which VS Code reads). */
export function workspaceFileJsonSchema(): JsonSchema {
  return {
    ...z.toJSONSchema(workspaceFileSchema, { target: 'draft-7', io: 'input' }),
    title: 'Factdesk workspace settings (.factdesk.json)',
  };
}

/** package.json's `contributes.configuration`: one `factdesk.*` setting per editor key, with its default. */
export function vscodeConfiguration(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const [key, field] of Object.entries(editorSettingsSchema.shape)) {
    const { $schema: _drop, ...schema } = z.toJSONSchema(field.unwrap(), { target: 'draft-7', io: 'input' });
    properties[`factdesk.${key}`] = { ...schema, default: EDITOR_DEFAULTS[key as keyof typeof EDITOR_DEFAULTS] };
  }
  return { title: 'Factdesk', properties };
}
