import { modify, parseTree, type ParseError } from 'jsonc-parser';
import type { RuleId } from '../types';
import type { TextEdit } from './fix';

/**
 * "Turn off <rule> for this workspace": sets `rules.<rule>` to `"off"` in `.factdesk.json`,
 * the workspace file every editor and the CLI read (an editor's own settings would help one
 * editor only). Edits keep the file's comments and layout; `null` text means the file does not
 * exist yet and is written whole. Returns null when the file is not valid JSON: editing a
 * broken file could only make it worse.
 */
export function turnOffRuleEdits(fileText: string | null, rule: RuleId): TextEdit[] | null {
  if (fileText === null || fileText.trim() === '') {
    return [{ start: 0, end: fileText?.length ?? 0, newText: `{\n  "rules": {\n    "${rule}": "off"\n  }\n}\n` }];
  }
  const errors: ParseError[] = [];
  const root = parseTree(fileText, errors, { allowTrailingComma: true });
  if (errors.length || root?.type !== 'object') return null;
  const eol = fileText.includes('\r\n') ? '\r\n' : '\n';
  return modify(fileText, ['rules', rule], 'off', { formattingOptions: { insertSpaces: true, tabSize: 2, eol } }).map((e) => ({
    start: e.offset,
    end: e.offset + e.length,
    newText: e.content,
  }));
}
