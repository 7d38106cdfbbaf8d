import * as assert from 'node:assert/strict';
import type { Analysis } from '../server/src/engine/analysis';
import { blockAt } from '../server/src/engine/document/draft';
import type { Span } from '../server/src/engine/types';

/**
 * What must hold of any analysis of any text: every span inside the document and on whole
 * characters, every quoted text equal to the slice it names, no word of plain prose lost.
 */
export function assertAnalysisInvariants(text: string, analysis: Analysis): void {
  const analysed = analysis.text;
  assert.ok(text.startsWith(analysed), 'the analysed text is the draft (or its start, past the size limit)');
  const inside = (s: Span, what: string): void => {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets ${JSON.stringify(s)}`);
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= analysed.length, `${what}: ${JSON.stringify(s)} outside 0..${analysed.length}`);
  };
  const whole = (s: Span, what: string): void => {
    inside(s, what);
    assert.ok(!splitsPair(analysed, s.start) && !splitsPair(analysed, s.end), `${what}: ${JSON.stringify(s)} splits a surrogate pair`);
  };

  const readUpTo = analysis.sizeLimit?.analysedLength ?? analysed.length;
  // Figures and times quote the prose view, their block's text: a soft line break inside one
  // reads as a space, and so does markup the view blanks ("on Thursday ![map](m.png) 7 April").
  const prose = (x: Span) => {
    const block = blockAt(analysis.blocks, x.start);
    return block ? block.text.slice(x.start - block.start, x.end - block.start) : analysed.slice(x.start, x.end);
  };
  let previousEnd = 0;
  for (const [i, b] of analysis.blocks.entries()) {
    inside({ start: b.start, end: b.start + b.text.length }, `block ${i}`);
    assert.ok(b.start >= previousEnd, `block ${i} overlaps the one before`);
    assert.ok(b.start + b.text.length <= readUpTo, `block ${i} lies past the size limit`);
    previousEnd = b.start + b.text.length;
    for (let k = 0; k < b.text.length; k++) {
      const c = b.text[k];
      if (c !== ' ' && c !== analysed[b.start + k]) assert.fail(`block ${i} prose view differs from the draft at ${b.start + k}`);
    }
    for (const c of b.citations) inside(c, `citation of block ${i}`);
  }
  if (analysis.format === 'plaintext') assertNoWordLost(analysis);

  for (const s of analysis.sentences) {
    inside(s, `sentence ${s.index}`);
    const block = analysis.blocks[s.block]!;
    assert.ok(s.start >= block.start && s.end <= block.start + block.text.length, `sentence ${s.index} outside its block`);
    for (const t of s.tokens) {
      whole(t, `token "${t.text}"`);
      assert.equal(analysed.slice(t.start, t.end), t.text, `token text at ${t.start}`);
    }
  }
  for (const f of analysis.figures) {
    whole(f, `figure "${f.text}"`);
    assert.equal(prose(f), f.text, `figure text at ${f.start}`);
  }
  for (const t of analysis.times) {
    whole(t, `time "${t.text}"`);
    assert.equal(prose(t), t.text, `time text at ${t.start}`);
  }
  for (const a of analysis.attributions) {
    inside(a.cue, `attribution cue ${a.kind}`);
    if (a.sourceSpan) inside(a.sourceSpan, `attribution source ${a.source}`);
    if (a.dated) inside(a.dated, 'attribution date');
  }
  if (analysis.publicationDate?.span) inside(analysis.publicationDate.span, 'publication date');

  for (const [i, f] of analysis.findings.entries()) {
    whole(f.span, `${f.rule} finding`);
    assert.ok(f.span.end > f.span.start, `${f.rule} finding at ${f.span.start} is empty`);
    for (const r of f.related ?? []) whole(r.span, `${f.rule} related mention`);
    assert.doesNotThrow(() => JSON.stringify(f.data), `${f.rule} data must serialise for LSP`);
    const prev = analysis.findings[i - 1];
    if (prev) assert.ok(prev.span.start <= f.span.start, 'findings in document order');
  }
}

/** Plain text is all prose: every visible character after the front matter (and under the size limit) is in a block. */
function assertNoWordLost(analysis: Analysis): void {
  const text = analysis.text;
  const covered = new Uint8Array(text.length);
  for (const b of analysis.blocks) for (let k = 0; k < b.text.length; k++) if (b.text[k] !== ' ') covered[b.start + k] = 1;
  const readUpTo = analysis.sizeLimit?.analysedLength ?? text.length;
  for (let i = analysis.frontMatter?.span.end ?? 0; i < readUpTo; i++) {
    if (!covered[i] && !/[\s\uFEFF]/.test(text[i]!)) assert.fail(`plain-text character ${JSON.stringify(text[i])} at ${i} is in no block`);
  }
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Line starts as LSP counts them (`\r\n`, `\n`, `\r`), computed independently of the engine. */
export function offsetOf(text: string, position: { line: number; character: number }): number {
  const lines = text.split(/\r\n|\r|\n/);
  const ends = [...text.matchAll(/\r\n|\r|\n/g)].map((m) => m[0].length);
  assert.ok(position.line >= 0 && position.line < lines.length, `line ${position.line} outside 0..${lines.length - 1}`);
  assert.ok(position.character >= 0 && position.character <= lines[position.line]!.length, `character ${position.character} past the end of line ${position.line}`);
  let offset = 0;
  for (let l = 0; l < position.line; l++) offset += lines[l]!.length + ends[l]!;
  return offset + position.character;
}
