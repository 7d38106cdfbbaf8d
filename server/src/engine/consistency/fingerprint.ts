import type { Analysis } from '../analysis';
import { groupBy } from '../collections';
import { rowLabel } from './partsTotal';

/**
 * Everything the figure comparisons read, with offsets made relative to each figure's sentence:
 * two analyses with the same fingerprint compare their figures alike, and their findings differ
 * only by where the sentences sit. Per sentence that holds a figure, in order: its index and
 * block, the block's role, kind, list or table place (and a table row's label), the sentence's
 * place in its block, its text as written, its figures, time expressions and attributions; and
 * the publication date. The comparisons read the draft's text only inside these sentences (a
 * figure's words, the words between two figures of one sentence).
 */
export function figureFingerprint(analysis: Analysis): string {
  const { text, sentences, blocks } = analysis;
  const times = groupBy(analysis.times, (t) => t.sentence);
  const attributions = groupBy(analysis.attributions, (a) => a.sentence);
  const parts: string[] = [analysis.publicationDate ? JSON.stringify(analysis.publicationDate.date) : ''];
  for (const [index, figures] of groupBy(analysis.figures, (f) => f.sentence)) {
    const s = sentences[index]!;
    const b = blocks[s.block]!;
    const at = (x: { start: number; end: number }) => `${x.start - s.start}-${x.end - s.start}`;
    const grid = b.list || b.cell ? `${JSON.stringify(b.list ?? null)}${JSON.stringify(b.cell ?? null)}${rowLabel(b, blocks)}\u0001${b.text}` : '';
    parts.push(
      `${index}|${s.block}|${b.role}|${b.kind}|${s.start - b.start}|${grid}\u0001${text.slice(s.start, s.end)}\u0001` +
        figures.map(at).join(',') +
        '|' +
        (times.get(index) ?? []).map((t) => `${at(t)}:${t.kind}:${t.value ?? ''}`).join(',') +
        '|' +
        (attributions.get(index) ?? []).map((a) => `${a.kind}:${a.cue.start - s.start}:${a.source}\u0001${a.refersTo ?? ''}`).join('\u0001'),
    );
  }
  return parts.join('\u0002');
}
