import { readFileSync, statSync } from 'node:fs';

/** A draft read from disk, or the one-line reason it could not be. */
export type ReadResult = { ok: true; text: string } | { ok: false; error: string };

/**
 * Reads a draft as UTF-8. A directory, a missing file or a binary file (a NUL byte in its first
 * 8 KB, as git decides) is an error the caller reports in one line.
 */
export function readDraft(path: string): ReadResult {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) return { ok: false, error: `${path}: is a directory, not a draft` };
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, error: `${path}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(e)})`}` };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, error: `${path}: binary file, not a text draft` };
  return { ok: true, text: bytes.toString('utf8') };
}
