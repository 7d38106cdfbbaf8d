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
