/**
 * Copies a finding of the language layer (a figure, a cue, a time expression, and whatever such
 * records come to hold) with every `start`/`end` moved by `offset` and every `sentence` index by
 * `sentence`, at any depth. The cache's equality test (`draftCache.test.ts`) fails if a field
 * is missed. Loops rather than `Object.entries`: this runs for every remembered sentence an
 * edit moves.
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

/**
 * Moves the same fields as `relocate`, in place. Only for records that nothing else points
 * into: an object reached twice would move twice (`draftCache.test.ts` catches that).
 */
export function shiftInPlace(value: unknown, offset: number, sentence: number): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) shiftInPlace(value[i], offset, sentence);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const v = record[key];
    if (typeof v !== 'number') shiftInPlace(v, offset, sentence);
    else if (key === 'start' || key === 'end') record[key] = v + offset;
    else if (key === 'sentence') record[key] = v + sentence;
  }
}
