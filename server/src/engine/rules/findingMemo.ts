import { detachStrings } from '../detach';
import type { RuleFinding } from './rule';

interface Entry {
  inputs: readonly unknown[];
  at: number;
  findings: RuleFinding[];
}

/**
 * A rule's findings about one thing in the draft (`undated-claim`: a sentence; `relative-date`:
 * a time expression), remembered while everything they were worked out from stays the same, so
 * that a keystroke writes only the findings of what it changed. Writing every undated claim
 * anew took 5.5 ms of a keystroke at 100k words; writing every relative date anew, with the
 * message for each, made garbage enough to add about 2 ms to the median.
 *
 * The key is the thing itself: the caches keep a sentence, its figures and its time
 * expressions as the same objects while their words and what they read are unchanged
 * (`BlockCache`, `SentenceMemo`), and make new ones otherwise. `inputs` lists whatever else the
 * check reads (the block's role, the publication date, the figures and times it weighs...),
 * compared item by item with `===`; callers may reuse one array for it, as the memo keeps a
 * copy. `at` is where the thing starts: when an edit above has
 * moved it, its findings move with it, in place. So a finding's offsets must all lie in the
 * thing: its span and `insertAt` in its data (no related spans elsewhere); and, as with the
 * other caches, what an analysis returns holds until the next analysis with the same cache.
 *
 * `get` and `set` rather than one call taking the check as a closure: a long draft asks about
 * thousands of sentences on every keystroke, and a closure for each was garbage even on a hit.
 */
export class FindingMemo<K extends object> {
  private readonly entries = new WeakMap<K, Entry>();

  /** The findings remembered for `key` with these inputs, moved to `at`; undefined if none. */
  get(key: K, at: number, inputs: readonly unknown[]): RuleFinding[] | undefined {
    const hit = this.entries.get(key);
    if (!hit || !sameItems(hit.inputs, inputs)) return undefined;
    if (hit.at !== at) {
      for (const f of hit.findings) moveFinding(f, at - hit.at);
      hit.at = at;
    }
    return hit.findings;
  }

  /** Remembers `findings` for `key` with (a copy of) these inputs; their strings stop pointing into the draft (`detach.ts`). */
  set(key: K, at: number, inputs: readonly unknown[], findings: RuleFinding[]): void {
    detachStrings(findings);
    this.entries.set(key, { inputs: inputs.slice(), at, findings });
  }
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function moveFinding(f: RuleFinding, by: number): void {
  f.span.start += by;
  f.span.end += by;
  if (typeof f.data['insertAt'] === 'number') f.data['insertAt'] += by;
}
