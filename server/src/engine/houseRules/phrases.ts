import type { Block } from '../document/block';
import type { Span } from '../types';

/**
 * Where a newsroom's listed words or phrases occur in the prose: case-insensitive, whole words,
 * any run of white space between the words. Offsets are the draft's (prose views keep them).
 */
export function findPhrases(blocks: readonly Block[], phrases: readonly string[] | undefined): Span[] {
  const pattern = phrasePattern(phrases);
  if (!pattern) return [];
  const out: Span[] = [];
  for (const block of blocks) {
    for (const m of block.text.matchAll(pattern)) out.push({ start: block.start + m.index, end: block.start + m.index + m[0].length });
  }
  return out;
}

/** One alternation of the literal phrases, longest first so "Big Four firms" wins over "Big Four". */
function phrasePattern(phrases: readonly string[] | undefined): RegExp | null {
  const words = (phrases ?? []).map((p) => p.trim().split(/\s+/).filter(Boolean)).filter((w) => w.length > 0);
  if (words.length === 0) return null;
  const alternatives = words
    .sort((a, b) => b.join(' ').length - a.join(' ').length)
    .map((w) => w.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}
