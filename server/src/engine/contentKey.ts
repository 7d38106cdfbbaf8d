/**
 * A key that a sentence (or token list) shares with its copies: `BlockCache` copies a block's
 * sentences with shifted offsets when an edit above moves them, and what was worked out from
 * their words (verb groups, resolved times, a rule's verdict) still holds for the copies. Keys
 * are small objects held weakly, so a memo keyed by them forgets a sentence once no version of
 * the draft holds it, and never keeps an old version's tokens alive.
 */
const keys = new WeakMap<object, object>();

/** The content key of a sentence or token list. */
export function contentKey(of: object): object {
  let key = keys.get(of);
  if (!key) keys.set(of, (key = {}));
  return key;
}

/** Records that `copy` holds the same words, tags and entities as `original`, moved. */
export function shareContentKey(copy: object, original: object): void {
  keys.set(copy, contentKey(original));
}
