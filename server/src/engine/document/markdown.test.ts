import * as assert from 'node:assert/strict';
import { markdownBlocks } from './markdown';

describe('markdownBlocks: regressions', () => {
  it('a byte-order mark shifted every Markdown offset by one (micromark counts from after it)', () => {
    const text = '\uFEFF# Floods kill 31\n\nThe office said 31 died.\n';
    assert.deepEqual(
      markdownBlocks(text).map((b) => [b.start, b.text, text.slice(b.start, b.start + b.text.length)]),
      [
        [1, '  Floods kill 31', '# Floods kill 31'],
        [19, 'The office said 31 died.', 'The office said 31 died.'],
      ],
    );
  });
});
