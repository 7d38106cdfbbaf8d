import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { plainTextBlocks } from './plainText';
import { PlainTextCache } from './plainTextCache';

/** Notes the paragraphs it had to split. */
class CountingCache extends PlainTextCache {
  splits: string[] = [];
  override paragraph(...[text, start, end, split, out]: Parameters<PlainTextCache['paragraph']>): void {
    super.paragraph(text, start, end, () => (this.splits.push(text.slice(start, end)), split()), out);
  }
}

const WIRE = 'Port strike ends\n\nBy Staff Reporter\nHARWICK, May 16\n\nDockers voted on Thursday to return to work after\na six-week strike over pay, the union said.\n\n  Talks resume next week.  \n';

describe('PlainTextCache: a plain-text draft split again after an edit', () => {
  it('splits again only the paragraph an edit changed, and gives the blocks a full split gives', () => {
    const cache = new CountingCache();
    plainTextBlocks(WIRE, 0, cache);
    assert.equal(cache.splits.length, 4);
    const edited = WIRE.replace('six-week', 'seven-week');
    cache.splits = [];
    assert.deepEqual(plainTextBlocks(edited, 0, cache), plainTextBlocks(edited));
    assert.deepEqual(cache.splits, ['Dockers voted on Thursday to return to work after\na seven-week strike over pay, the union said.']);
  });

  it('gives fresh block objects, so that giving the headline its role does not carry to the next split', () => {
    const cache = new PlainTextCache();
    const first = plainTextBlocks(WIRE, 0, cache);
    first[0]!.role = 'headline';
    assert.equal(plainTextBlocks(WIRE, 0, cache)[0]!.role, 'body');
  });

  it('gives what a full split gives after any run of edits', () => {
    const piece = fc.constantFrom('Dockers voted', ' ', '\n', '\n\n', '  \n \n', 'the union said.', 'HARWICK, May 16', 'x', '\r\n');
    const draft = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(draft, { minLength: 1, maxLength: 6 }), fc.nat(20), (versions, from) => {
        const cache = new PlainTextCache();
        for (const text of versions) {
          const at = Math.min(from, text.length);
          assert.deepEqual(plainTextBlocks(text, at, cache), plainTextBlocks(text, at));
        }
      }),
    );
  });
});
