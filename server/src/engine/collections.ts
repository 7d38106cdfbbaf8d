/**
 * The index of the first item for which `reached` holds, by binary search; `items.length` when
 * none does. `reached` must be false for a prefix of the items and true for the rest (items in
 * document order, asked "at or after this offset?"), which keeps the passes over long
 * sentences linear.
 */
export function firstIndex<T>(items: readonly T[], reached: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Items grouped by a key, each group in input order: built once, so a pass that asks "what else
 * is in this sentence?" for every figure stays linear.
 */
export function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * `compute(key)`, remembered in `map`, which starts again past `max` entries rather than grow:
 * for pure functions asked again on every keystroke with few distinct keys.
 */
export function remembered<K, V>(map: Map<K, V>, key: K, max: number, compute: (key: K) => V): V {
  if (map.has(key)) return map.get(key)!;
  if (map.size >= max) map.clear();
  const value = compute(key);
  map.set(key, value);
  return value;
}
