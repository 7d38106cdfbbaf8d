import schema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/** Test support: the SARIF 2.1.0 schema as OASIS publishes it, shipped offline by @microsoft/jest-sarif. */
export function sarifValidator() {
  // The schema's language-tag pattern is not valid in Unicode mode; it was written for ECMAScript 5.
  const ajv = new Ajv04({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}
