import type { Diagnostic, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/types';
import { rendered, type RenderedJson } from '../transport/renderedJson';
import { toDiagnostic } from './toDiagnostic';

/** A published diagnostic: what it was made from, the diagnostic, and its JSON. */
interface Entry extends RenderedJson {
  finding: Pick<Finding, 'rule' | 'severity' | 'message'>;
  start: Position;
  end: Position;
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
      while (j < last.length && before(last[j]!.start, start)) j++;
      out.push(sameAt(last, j, f, start, end) ?? entry(f, document, start, end));
    }
    this.last = out;
    return out;
  }
}

/** Among the entries from `j` on that start at `start`, one made from the same finding. */
function sameAt(last: readonly Entry[], j: number, f: Finding, start: Position, end: Position): Entry | undefined {
  if (f.related?.length) return undefined;
  for (let k = j; k < last.length && samePosition(last[k]!.start, start); k++) {
    const e = last[k]!;
    if (samePosition(e.end, end) && e.finding.rule === f.rule && e.finding.severity === f.severity && e.finding.message === f.message && !e.diagnostic.relatedInformation) return e;
  }
  return undefined;
}

function entry(f: Finding, document: TextDocument, start: Position, end: Position): Entry {
  const diagnostic = toDiagnostic(f, document);
  return { finding: { rule: f.rule, severity: f.severity, message: f.message }, start, end, diagnostic, ...rendered(diagnostic) };
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
const samePosition = (a: Position, b: Position) => a.line === b.line && a.character === b.character;
