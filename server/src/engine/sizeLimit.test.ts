import * as assert from 'node:assert/strict';
import { analyze } from './analyze';
import { sizeLimitMessage, sizeLimitOf } from './sizeLimit';

describe('size limit', () => {
  it('cuts at the last line end under the limit, or between characters on a long line', () => {
    assert.equal(sizeLimitOf('short', 1000), null);
    assert.deepEqual(sizeLimitOf(`${'a'.repeat(700)}\n${'b'.repeat(700)}`, 1000), { limit: 1000, analysedLength: 701, length: 1401 });
    // A line longer than half the limit is cut at the limit, never inside a surrogate pair.
    assert.deepEqual(sizeLimitOf(`${'a'.repeat(999)}😀${'b'.repeat(10)}`, 1000), { limit: 1000, analysedLength: 999, length: 1011 });
  });

  it('analyses the start of a long draft only and says how much', () => {
    const paragraph = 'More than 270,000 people have been killed, officials said on Thursday.\n\n';
    const text = `---\ndate: 2016-04-07\n---\n\n${paragraph.repeat(40)}`;
    const analysis = analyze(text, 'markdown', { maxFileSize: 1000 });
    assert.equal(analysis.text, text);
    assert.deepEqual(analysis.sizeLimit, { limit: 1000, analysedLength: 962, length: 2906 });
    assert.ok(analysis.findings.length > 0 && analysis.findings.every((f) => f.span.end <= 1000));
    assert.ok(analysis.blocks.every((b) => b.start + b.text.length <= 962));
    assert.equal(
      sizeLimitMessage(analysis.sizeLimit!),
      'Checked the first 962 of 2,906 characters only: the draft is longer than the size limit (maxFileSize, 1,000). The rest is not checked.',
    );
  });
});
