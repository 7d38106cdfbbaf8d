import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { ProseView } from './block';

/** The view as defined: blank, then each copied character written in place, line breaks as spaces. */
function reference(source: string, start: number, end: number, copies: [number, number][]): string {
  const chars = Array.from({ length: end - start }, () => ' ');
  for (const [from, to] of copies)
    for (let i = Math.max(from, start); i < Math.min(to, end); i++) chars[i - start] = source[i] === '\n' || source[i] === '\r' ? ' ' : source[i]!;
  return chars.join('');
}

describe('ProseView', () => {
  it('gives the characters copied, in any order and overlap, and blanks elsewhere', () => {
    const source = 'One\r\ntwo *three*\nfour 😀 five';
    const offset = fc.nat(source.length);
    fc.assert(
      fc.property(offset, offset, fc.array(fc.tuple(offset, offset), { maxLength: 6 }), (a, b, copies) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const view = new ProseView(source, start, end);
        for (const [from, to] of copies) view.copy(from, to);
        assert.equal(view.toString(), reference(source, start, end, copies));
      }),
    );
  });

  it('keeps the offsets of a paragraph with markup blanked', () => {
    const source = 'Up *31%*\nin May';
    const view = new ProseView(source, 0, source.length);
    view.copy(9, 15);
    view.copy(0, 3);
    view.copy(4, 7);
    assert.equal(view.toString(), 'Up  31%  in May');
  });
});
