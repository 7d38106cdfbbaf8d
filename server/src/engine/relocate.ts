/**
 * Copies a finding of the language layer (a figure, a cue, a time expression, and whatever such
 * records come to hold) with every `start`/`end` moved by `offset` and every `sentence` index by
 * `sentence`, at any depth. The cache's equality test (`draftCache.test.ts`) fails if a field
 * is missed. Loops rather than `Object.entries`: the records of half a draft move on every
 * keystroke.
 */
export function relocate<T>(value: T, offset: number, sentence: number): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = relocate(value[i] as unknown, offset, sentence);
    return out as T;
  }
  const copy: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const v = record[key];
    copy[key] = typeof v === 'number' ? (key === 'start' || key === 'end' ? v + offset : key === 'sentence' ? v + sentence : v) : relocate(v, offset, sentence);
  }
  return copy as T;
}
