import type { Diagnostic, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/types';
import { rendered, type RenderedJson } from '../transport/renderedJson';
import { SEVERITY, toDiagnostic } from './toDiagnostic';

/** A published diagnostic and its JSON. */
interface Entry extends RenderedJson {
  diagnostic: Diagnostic;
}

/**
 * One document's last published diagnostics, each kept with its JSON while its finding says the
 * same at the same line and character: a keystroke changes the diagnostics of the line it is on
 * (and, with a line break, the lines below), and the rest of a long draft's 3,750 are sent as
 * they were written, not converted and stringified again (`transport/encoder.ts`).
 *
 * Findings come in document order, and so do the entries: one walk pairs them. Findings with
 * related information (other lines) are made afresh every time; they are few.
 */
export class PublishedDiagnostics {
  private last: Entry[] = [];

  /** The diagnostics of `findings` (in document order), each with its JSON. */
  render(findings: readonly Finding[], document: TextDocument): Entry[] {
    const last = this.last;
    const out: Entry[] = [];
    let j = 0;
    for (const f of findings) {
      const start = document.positionAt(f.span.start);
      const end = document.positionAt(f.span.end);
      while (j < last.length && before(last[j]!.diagnostic.range.start, start)) j++;
      out.push(sameAt(last, j, f, start, end) ?? entry(f, document));
    }
    this.last = out;
    return out;
  }
}

/** Among the entries from `j` on that start at `start`, one made from the same finding. */
function sameAt(last: readonly Entry[], j: number, f: Finding, start: Position, end: Position): Entry | undefined {
  if (f.related?.length) return undefined;
  for (let k = j; k < last.length && samePosition(last[k]!.diagnostic.range.start, start); k++) {
    const d = last[k]!.diagnostic;
    if (samePosition(d.range.end, end) && d.code === f.rule && d.severity === SEVERITY[f.severity] && d.message === f.message && !d.relatedInformation) return last[k];
  }
  return undefined;
}

function entry(f: Finding, document: TextDocument): Entry {
  const diagnostic = toDiagnostic(f, document);
  return { diagnostic, ...rendered(diagnostic) };
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
const samePosition = (a: Position, b: Position) => a.line === b.line && a.character === b.character;
