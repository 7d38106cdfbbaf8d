/**
 * A diagnostic's JSON, written once: `publishedDiagnostics.ts` keeps it while the diagnostic is
 * unchanged, and the stdio encoder (`encoder.ts`) copies it into the message as it is.
 */
export interface RenderedJson {
  json: string;
  /** `json`'s length in UTF-8 bytes. */
  bytes: number;
}

/** Where a `publishDiagnostics` notification's params carry each diagnostic's JSON, in order. */
export const RENDERED = Symbol('each diagnostic as JSON');

/** `publishDiagnostics` params with each diagnostic's JSON (ignored by every other transport, as symbol keys are). */
export interface RenderedParams {
  uri: string;
  version: number;
  diagnostics: unknown[];
  [RENDERED]: readonly RenderedJson[];
}

export function rendered(value: unknown): RenderedJson {
  const json = JSON.stringify(value);
  return { json, bytes: Buffer.byteLength(json) };
}
