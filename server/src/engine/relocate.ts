/**
 * Copies a finding of the language layer (a figure, a cue, a time expression, and whatever such
 * records come to hold) with every `start`/`end` moved by `offset` and every `sentence` index by
 * `sentence`, at any depth. The cache's equality test (`draftCache.test.ts`) fails if a field
 * is missed.
 */
export function relocate<T>(value: T, offset: number, sentence: number): T {
  if (Array.isArray(value)) return value.map((v: unknown) => relocate(v, offset, sentence)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    copy[key] = typeof v === 'number' ? (key === 'start' || key === 'end' ? v + offset : key === 'sentence' ? v + sentence : v) : relocate(v, offset, sentence);
  }
  return copy as T;
}
