import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, copyFixture, nextDiagnostics, openDraft, rangeOf, where } from './editor';

/** A diagnostic as a reader of the Problems panel sees it: rule, severity, where, which words. */
function seen(document: vscode.TextDocument, d: vscode.Diagnostic): unknown[] {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return [code, vscode.DiagnosticSeverity[d.severity], d.source, where(d.range), document.getText(d.range)];
}

function expected(document: vscode.TextDocument, code: string, severity: keyof typeof vscode.DiagnosticSeverity, text: string): unknown[] {
  return [code, severity, 'factdesk', where(rangeOf(document, text)), text];
}

describe('diagnostics in the editor', function () {
  afterEach(closeAll);

  it('flags the claims of the wire draft with their rules, severities and exact ranges', async () => {
    const { editor, diagnostics } = await openDraft('wire.md');
    const document = editor.document;
    const byPosition = [...diagnostics].sort((a, b) => a.range.start.compareTo(b.range.start));
    assert.deepEqual(byPosition.map((d) => seen(document, d)), [
      expected(document, 'relative-date', 'Warning', 'on Thursday'),
      expected(document, 'unattributed-figure', 'Warning', '270,000'),
      expected(document, 'undated-claim', 'Warning', 'More than 270,000 people have been killed'),
      expected(document, 'unattributed-figure', 'Warning', 'millions'),
      expected(document, 'relative-date', 'Warning', 'next week'),
    ]);
    // Every message says what is missing, never an empty line.
    for (const d of diagnostics) assert.match(d.message, /\w{3,}/);
  });

  it('follows an edit: writing the date out clears its relative-date finding', async () => {
    const { editor } = await openDraft(await copyFixture('wire.md', 'edited.md'));
    const document = editor.document;
    const after = await nextDiagnostics(document.uri, () =>
      editor.edit((edit) => edit.replace(rangeOf(document, 'on Thursday'), 'on 7 April 2016')),
    );
    assert.deepEqual(
      after.filter((d) => d.code === 'relative-date').map((d) => document.getText(d.range)),
      ['next week'],
    );
  });
});
