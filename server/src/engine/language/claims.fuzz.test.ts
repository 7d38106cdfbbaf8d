import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../analyze';

// Pieces that stress the figure and attribution readers: numbers in every shape, quotes,
// brackets, tags, footnotes, hyphens and line breaks, in any order.
const PIECES = [
  '300', '1,200', '$1.13bn', '£4.8m', '2.99%', 'nine', 'thousands of', 'a quarter of', 'more than', 'at least', 'between', 'and', 'or',
  'said', 'told', 'according to', "'s figures show", 'It', 'He', '"', '“', '”', '[source: X]', '[^1]', '[^1]: Ministry', '-', '—', '3-1',
  '2025-26', 'A320', 'Route 9', 'No.', '7 April', 'years', 'in prison', 'officials estimate', ':', '\n', '\n\n', '- ', '1. ', '.', ',', ' ',
];
const draft = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(' '));

describe('figures and attributions on any input', () => {
  it('never throw, and every figure, attribution and finding lies inside the draft', () => {
    fc.assert(
      fc.property(draft, fc.constantFrom('plaintext' as const, 'markdown' as const), (text, format) => {
        const a = analyze(text, format);
        const inside = (s: { start: number; end: number }) => s.start >= 0 && s.start <= s.end && s.end <= text.length;
        for (const f of a.figures) assert.ok(inside(f) && text.slice(f.start, f.end) === f.text, JSON.stringify(f));
        for (const x of a.attributions) assert.ok(inside(x.cue) && (!x.dated || inside(x.dated)) && (!x.sourceSpan || inside(x.sourceSpan)), JSON.stringify(x));
        for (const f of a.findings) assert.ok(inside(f.span), JSON.stringify(f));
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
