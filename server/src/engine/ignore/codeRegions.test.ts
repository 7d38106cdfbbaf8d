import * as assert from 'node:assert/strict';
import { inCodeOrFrontMatter } from './codeRegions';

describe('ignore comments: where Markdown is code', () => {
  const at = (text: string, marker: string) => inCodeOrFrontMatter(text)(text.indexOf(marker));

  it('a fence closes only with the same character, at least as long, and nothing after it', () => {
    const text = '~~~~\nA\n~~~\nB\n``` not a close\nC\n~~~~~\nD\n';
    assert.deepEqual(['A', 'B', 'C', 'D'].map((m) => at(text, m)), [true, true, true, false]);
  });

  it('an unclosed fence runs to the end; backticks in a backtick info string open nothing', () => {
    assert.equal(at('``` a`b\nX\n', 'X'), false);
    assert.equal(at('Text\n```js\nX\n', 'X'), true);
  });

  it('an indented line after a blank line is code; a list continuation after text is not', () => {
    assert.equal(at('Para.\n\n    X\n', 'X'), true);
    assert.equal(at('- item\n    X\n', 'X'), false);
  });

  it('inside backticks on the line, and front matter', () => {
    assert.equal(at('Use `X` here', 'X'), true);
    assert.equal(at('Use `a` then X', 'X'), false);
    assert.equal(at('---\ntitle: X\n---\nY\n', 'X'), true);
    assert.equal(at('---\ntitle: X\n---\nY\n', 'Y'), false);
  });
});
