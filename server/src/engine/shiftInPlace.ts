/**
 * Moves every `start`/`end` in a record of the language layer (a figure, a cue, a time
 * expression, and whatever such records come to hold) by `offset` and every `sentence` index by
 * `sentence`, at any depth, in place: the caches move what an edit only shifted rather than
 * copy it (`BlockCache`, `SentenceMemo`). Only for records that nothing else points into: an
 * object reached twice would move twice. The cache's equality test (`draftCache.test.ts`)
 * fails if a field is missed or moved twice. Loops rather than `Object.entries`: half a draft's
 * records move on every keystroke.
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
