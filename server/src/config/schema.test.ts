import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { SCHEMA_PATH, vscodeConfiguration, workspaceFileJsonSchema } from './jsonSchema';

// The zod schema is the one source: the committed JSON schema and package.json's settings must
// be exactly what it generates. On failure, run `npm run schema` and commit the result.
describe('settings schema: generated files match the zod schema', () => {
  it('the committed .factdesk.json schema is the generated one', () => {
    assert.deepEqual(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')), workspaceFileJsonSchema());
  });

  it("package.json's contributes.configuration is the generated one", () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    assert.deepEqual(pkg.contributes.configuration, vscodeConfiguration());
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.factdesk.json', url: `./${SCHEMA_PATH}` }]);
  });

  it('every setting has a description and a default', () => {
    const properties = vscodeConfiguration()['properties'] as Record<string, Record<string, unknown>>;
    assert.deepEqual(Object.keys(properties), ['factdesk.rules', 'factdesk.publicationDate', 'factdesk.languages', 'factdesk.dateStyle', 'factdesk.maxFileSize']);
    for (const [key, p] of Object.entries(properties)) {
      assert.equal(typeof p['description'], 'string', key);
      assert.ok('default' in p, key);
    }
  });

  it('the JSON schema accepts a full file and rejects a typo, as zod does', () => {
    const validateFile = new Ajv({ strict: false }).compile(workspaceFileJsonSchema());
    const good = {
      $schema: './schemas/factdesk.schema.json',
      rules: { 'relative-date': 'information', 'undated-claim': 'off' },
      publicationDate: '2016-04-07',
      languages: ['markdown'],
      dateStyle: 'month-day-year',
      maxFileSize: 2000000,
      attributionVerbs: ['brief'],
      trustedSources: ['Reuters'],
      notFigures: ['Fortune 500'],
      overrides: [{ files: 'opinion/**', rules: { 'unattributed-figure': 'off' } }],
    };
    assert.equal(validateFile(good), true, JSON.stringify(validateFile.errors));
    assert.equal(validateFile({ rulez: {} }), false);
    assert.equal(validateFile({ rules: { 'relative-date': 'warn' } }), false);
    assert.equal(validateFile({ overrides: [{ rules: {} }] }), false, 'an override needs "files"');
  });
});
