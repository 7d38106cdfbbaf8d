/**
 * V8 keeps a cut of 13 characters or more (`slice`, a regular expression's match, `replace`)
 * as a view into the string it was cut from, and a concatenation as a pair of views. A message
 * or a memo's context cut from one version of a draft and remembered across edits would keep
 * that whole version alive: 1.2 MB of a 100k-word draft for each thing remembered from a
 * different keystroke, found by the bench's live-heap probe (`bench/heapProbe.cjs`). What the
 * caches keep across edits is detached first.
 *
 * Prefixing a space and cutting it off again is the usual way to make V8 copy: the cut of a
 * concatenation is taken from a fresh flat string, which holds only these characters.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/**
 * Detaches every string in a record (a finding, a memo's value), at any depth, in place: only
 * for what the caches keep, which is made once per edited sentence.
 */
export function detachStrings(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (typeof v === 'string') value[i] = detached(v);
      else detachStrings(v);
    }
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const v = record[key];
    if (typeof v === 'string') record[key] = detached(v);
    else detachStrings(v);
  }
}
