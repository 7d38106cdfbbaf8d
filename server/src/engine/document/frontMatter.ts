import { parse as parseYaml } from 'yaml';
import type { Span } from '../types';

export interface FrontMatter {
  span: Span;
  /** The parsed YAML mapping, or null when the YAML is malformed or not a mapping. */
  data: Record<string, unknown> | null;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*\r?$/;

/**
 * Finds YAML front matter at the very top of a draft: a `---` line, YAML, and a closing `---`
 * or `...` line. An unclosed block is not front matter (it is a thematic break in Markdown).
 */
export function findFrontMatter(text: string): FrontMatter | null {
  const open = OPENING.exec(text);
  if (!open) return null;
  let lineStart = open[0].length;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    if (CLOSING.test(text.slice(lineStart, lineEnd))) {
      const end = nl < 0 ? text.length : nl + 1;
      return { span: { start: 0, end }, data: parseMapping(text.slice(open[0].length, lineStart)) };
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return null;
}

/** The last YAML read and its mapping: front matter rarely changes while the body is typed. */
let last: { yaml: string; data: Record<string, unknown> | null } | undefined;

function parseMapping(yaml: string): Record<string, unknown> | null {
  if (last?.yaml !== yaml) last = { yaml, data: readMapping(yaml) };
  return last.data;
}

function readMapping(yaml: string): Record<string, unknown> | null {
  try {
    // The core schema keeps `2024-05-16` a string, so no time zone can shift the date.
    const parsed: unknown = parseYaml(yaml, { schema: 'core' });
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // Malformed YAML: the block is still front matter (not prose), it just has no data.
  }
  return null;
}
