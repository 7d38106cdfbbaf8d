import type { Diagnostic, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/types';
import { rendered, type RenderedJson } from '../transport/renderedJson';
import { SEVERITY, toDiagnostic } from './toDiagnostic';

/**
 * A published diagnostic and its JSON, with where it starts and ends written out beside it: the
 * walk below reads every entry's place on every keystroke, and reading it through the
 * diagnostic's range was three objects further for each of a long draft's thousands.
 */
interface Entry extends RenderedJson {
  diagnostic: Diagnostic;
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
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
      while (j < last.length && before(last[j]!, start)) j++;
      out.push(sameAt(last, j, f, start, end) ?? entry(f, document));
    }
    this.last = out;
    return out;
  }
}

/** Among the entries from `j` on that start at `start`, one made from the same finding. */
function sameAt(last: readonly Entry[], j: number, f: Finding, start: Position, end: Position): Entry | undefined {
  if (f.related?.length) return undefined;
  for (let k = j; k < last.length && last[k]!.startLine === start.line && last[k]!.startCharacter === start.character; k++) {
    const e = last[k]!;
    const d = e.diagnostic;
    if (e.endLine === end.line && e.endCharacter === end.character && d.code === f.rule && d.severity === SEVERITY[f.severity] && d.message === f.message && !d.relatedInformation) return e;
  }
  return undefined;
}

function entry(f: Finding, document: TextDocument): Entry {
  const diagnostic = toDiagnostic(f, document);
  const { start, end } = diagnostic.range;
  return { diagnostic, ...rendered(diagnostic), startLine: start.line, startCharacter: start.character, endLine: end.line, endCharacter: end.character };
}

/** Whether the entry starts before `p`. */
const before = (e: Entry, p: Position) => e.startLine < p.line || (e.startLine === p.line && e.startCharacter < p.character);
