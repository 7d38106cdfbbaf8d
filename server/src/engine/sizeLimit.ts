/**
 * The size limit: a draft longer than `maxFileSize` characters is analysed up to the limit only,
 * so that a 20 MB paste never freezes the server, and the front ends say so once (the server
 * in one information diagnostic, the CLI in one line on stderr). The limit is the
 * `maxFileSize` setting (`settings.ts`); the default is DEFAULT_MAX_FILE_SIZE there.
 */
export interface SizeLimit {
  /** The limit in force, in characters (UTF-16 code units). */
  limit: number;
  /** How much of the draft was analysed: offsets from here on were not read. */
  analysedLength: number;
  /** The whole draft's length. */
  length: number;
}

/** Where the analysis of `text` stops, or null when the whole draft fits under `limit`. */
export function sizeLimitOf(text: string, limit: number): SizeLimit | null {
  if (text.length <= limit) return null;
  // At the last line end under the limit, so that no sentence is cut in half; a line longer than
  // half the limit is cut at the limit, never between the halves of a surrogate pair.
  let end = text.lastIndexOf('\n', limit - 1) + 1;
  if (end < limit / 2) {
    end = limit;
    const low = text.charCodeAt(end);
    const high = text.charCodeAt(end - 1);
    if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff) end--;
  }
  return { limit, analysedLength: end, length: text.length };
}

/** The one message both front ends give. */
export function sizeLimitMessage(s: SizeLimit): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return `Checked the first ${n(s.analysedLength)} of ${n(s.length)} characters only: the draft is longer than the size limit (maxFileSize, ${n(s.limit)}). The rest is not checked.`;
}
