import type { DraftFormat } from './types';

/** Markdown by its file name; everything else is read as plain text. */
export function formatOfPath(path: string): DraftFormat {
  return /\.(?:md|markdown|mdown|mkd|mdx)$/i.test(path) ? 'markdown' : 'plaintext';
}
