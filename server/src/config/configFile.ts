import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { workspaceFileSchema, type WorkspaceFile } from './schema';
import { validate } from './validate';

/** The workspace file's name, looked up from each draft's folder towards the root. */
export const CONFIG_FILE_NAME = '.factdesk.json';

/** A problem in `.factdesk.json` with the range of the key or value it names. */
export interface FileProblem {
  message: string;
  start: number;
  end: number;
}

export interface ParsedConfigFile {
  /** The valid part of the file; an invalid key or value falls back to its default. */
  config: WorkspaceFile;
  problems: FileProblem[];
}

/**
 * Parses `.factdesk.json` as JSON with comments (the starter file `factdesk init` writes is
 * commented) and validates it. A syntax error leaves every setting at its default; a bad key
 * or value drops only that key.
 */
export function parseConfigFile(text: string): ParsedConfigFile {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !root) {
    const problems = errors.map((e) => ({ message: `not valid JSON: ${describeSyntaxError(printParseErrorCode(e.error))}`, start: e.offset, end: e.offset + e.length }));
    return { config: {}, problems: problems.length ? problems : [{ message: 'not valid JSON: the file is empty', start: 0, end: 0 }] };
  }
  const { value, problems } = validate(workspaceFileSchema, getNodeValue(root));
  return {
    config: value,
    problems: problems.map((p) => {
      const node = findNodeAtLocation(root, p.path);
      // An unknown key is shown on the key itself; a bad value on the value.
      const at = unknownKey(p.message) ? node?.parent?.children?.[0] ?? node : node;
      const target = at ?? root;
      return { message: p.message, start: target.offset, end: target.offset + target.length };
    }),
  };
}

function unknownKey(message: string): boolean {
  return message.startsWith('unknown key');
}

/** jsonc-parser's codes ("PropertyNameExpected") as words ("property name expected"). */
function describeSyntaxError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
