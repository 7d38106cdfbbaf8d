import * as assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { detached, detachStrings } from './detach';
import { FindingMemo } from './rules/findingMemo';
import { SentenceMemo } from './sentenceMemo';
import type { SentenceInfo } from './language/sentences';

// A full collection on demand, for what a remembered string keeps alive.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** A draft of 16 MB (8 million two-byte characters) that is one flat string, as an editor's text is. */
const bigDraft = () => `“${'Forty-two people were hurt, police said. '.repeat(200_000)}`.split('').join('');

/** How much more the heap holds while `keep` holds what `cut` takes from a big draft, in MB. */
function heldMb<T>(cut: (draft: string) => T): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  let draft: string | undefined = bigDraft();
  const kept = cut(draft);
  draft = undefined;
  // RegExp.input keeps the last string a regular expression read: one string, not the cache's doing.
  /^/.test('');
  gc();
  const held = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  assert.ok(kept !== undefined && draft === undefined);
  return held;
}

describe('detach (what the caches keep holds none of the draft it was cut from)', function () {
  this.timeout(20_000);

  it('copies a cut of the draft, so the draft can go', () => {
    // Control: V8 keeps a cut of 13 characters or more as a view into the whole draft.
    assert.ok(heldMb((draft) => draft.slice(1000, 1040)) > 12);
    assert.ok(heldMb((draft) => detached(draft.slice(1000, 1040))) < 1);
  });

  it('gives the same characters, and short strings as they are', () => {
    const draft = bigDraft();
    assert.equal(detached(draft.slice(1, 41)), 'Forty-two people were hurt, police said.');
    const short = draft.slice(1, 10);
    assert.equal(detached(short), short);
  });

  it('detaches every string of a record in place, at any depth', () => {
    const record = { message: 'a'.repeat(20), span: { start: 1, end: 2 }, data: { asOf: ['b'.repeat(20), 3] } };
    detachStrings(record);
    assert.deepEqual(record, { message: 'a'.repeat(20), span: { start: 1, end: 2 }, data: { asOf: ['b'.repeat(20), 3] } });
  });

  it('FindingMemo keeps a finding whose message quotes the draft without keeping the draft', () => {
    const memo = new FindingMemo<object>();
    const key = {};
    const held = heldMb((draft) => {
      memo.set(key, 0, [], [{ message: `"${draft.slice(1, 41).replace(/\s+/g, ' ')}" has no source.`, span: { start: 1, end: 41 }, data: { claim: draft.slice(1, 41) } }]);
      return memo;
    });
    assert.ok(held < 1, `${held} MB held`);
    assert.equal(memo.get(key, 0, [])![0]!.message, '"Forty-two people were hurt, police said." has no source.');
  });

  it('SentenceMemo keeps a value and a context cut from the draft without keeping the draft', () => {
    const memo = new SentenceMemo<{ text: string }>();
    const sentence: SentenceInfo = { start: 1, end: 41, block: 0, index: 0, tokens: [] };
    const held = heldMb((draft) => {
      memo.set(sentence, `after:${draft.slice(1, 41)}`, { text: draft.slice(1, 41) });
      return memo;
    });
    assert.ok(held < 1, `${held} MB held`);
    assert.deepEqual(memo.get(sentence, 'after:Forty-two people were hurt, police said.'), { text: 'Forty-two people were hurt, police said.' });
  });
});
