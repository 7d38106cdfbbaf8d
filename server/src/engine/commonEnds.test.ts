import * as assert from 'node:assert/strict';
import { commonEnds } from './commonEnds';

describe('commonEnds (where an edit changed a draft)', () => {
  it('finds where two texts differ, the end never overlapping the start', () => {
    assert.deepEqual(commonEnds('the cat sat', 'the cart sat'), { head: 6, tail: 5 });
    assert.deepEqual(commonEnds('aaaa', 'aaaaaa'), { head: 4, tail: 0 });
    const long = 'x'.repeat(10_000);
    assert.deepEqual(commonEnds(`${long}a${long}`, `${long}${long}`), { head: 10_000, tail: 10_000 });
  });

  it('agrees with a character-by-character reading on random edits of every size', () => {
    const naive = (a: string, b: string) => {
      const shortest = Math.min(a.length, b.length);
      let head = 0;
      while (head < shortest && a[head] === b[head]) head++;
      let tail = 0;
      while (tail < shortest - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
      return { head, tail };
    };
    let seed = 7;
    const random = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
    const letters = 'ab “”é\n';
    const text = (n: number) => Array.from({ length: n }, () => letters[random(letters.length)]).join('');
    for (let i = 0; i < 500; i++) {
      const a = text(random(300));
      const at = random(a.length + 1);
      const cut = random(Math.min(40, a.length - at + 1));
      const b = a.slice(0, at) + text(random(40)) + a.slice(at + cut);
      assert.deepEqual(commonEnds(a, b), naive(a, b), JSON.stringify([a, b]));
    }
  });
});
