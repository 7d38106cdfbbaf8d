import type { Analysis } from '../analysis';
import { groupBy } from '../collections';
import { rowLabel } from './partsTotal';

/** What `figureFingerprint` lists: numbers, and strings that are already the analysis's own or cut from its text. */
export type Fingerprint = readonly (string | number | undefined)[];

/**
 * Everything the figure comparisons read, with offsets made relative to each figure's sentence:
 * two analyses with the same fingerprint compare their figures alike, and their findings differ
 * only by where the sentences sit. Per sentence that holds a figure, in order: its index and
 * block, the block's role, kind, list or table place (and a table row's label), the sentence's
 * place in its block, its text as written, its figures, time expressions and attributions; and
 * the publication date. The comparisons read the draft's text only inside these sentences (a
 * figure's words, the words between two figures of one sentence).
 *
 * A list compared item by item (`sameFingerprint`), each variable run led by its length, rather
 * than one string: joined, it was 300,000 characters at 100k words, built at every keystroke
 * (5 ms, and a young collection's worth of garbage every few keystrokes). A sentence's text is
 * a cut of the draft, which V8 makes without copying.
 */
export function figureFingerprint(analysis: Analysis): Fingerprint {
  const { text, sentences, blocks } = analysis;
  const times = groupBy(analysis.times, (t) => t.sentence);
  const attributions = groupBy(analysis.attributions, (a) => a.sentence);
  const out: (string | number | undefined)[] = [analysis.publicationDate ? JSON.stringify(analysis.publicationDate.date) : ''];
  for (const [index, figures] of groupBy(analysis.figures, (f) => f.sentence)) {
    const s = sentences[index]!;
    const b = blocks[s.block]!;
    out.push(index, s.block, b.role, b.kind, s.start - b.start, text.slice(s.start, s.end));
    if (b.list || b.cell) out.push(1, b.list?.id, b.list?.index, b.cell?.table, b.cell?.row, b.cell?.column, rowLabel(b, blocks), b.text);
    else out.push(0);
    out.push(figures.length);
    for (const f of figures) out.push(f.start - s.start, f.end - s.start);
    const stated = times.get(index) ?? [];
    out.push(stated.length);
    for (const t of stated) out.push(t.start - s.start, t.end - s.start, t.kind, t.value);
    const sourced = attributions.get(index) ?? [];
    out.push(sourced.length);
    for (const a of sourced) out.push(a.kind, a.cue.start - s.start, a.source, a.refersTo);
  }
  return out;
}

/** Whether two fingerprints list the same, item by item. */
export function sameFingerprint(a: Fingerprint, b: Fingerprint): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
