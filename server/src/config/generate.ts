import { readFileSync, writeFileSync } from 'node:fs';
import { SCHEMA_PATH, vscodeConfiguration, workspaceFileJsonSchema } from './jsonSchema';

/**
 * `npm run schema`: writes the JSON schema of `.factdesk.json` and package.json's
 * `contributes.configuration` from the zod schema. Run it after changing `schema.ts`;
 * `schema.test.ts` fails until the committed files match.
 */
function generate(): void {
  writeFileSync(SCHEMA_PATH, `${JSON.stringify(workspaceFileJsonSchema(), null, 2)}\n`);
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { contributes: Record<string, unknown> };
  pkg.contributes['configuration'] = vscodeConfiguration();
  writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
}

generate();
