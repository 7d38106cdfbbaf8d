import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, copyFixture, expected, openDraft, rangeOf, seen, untilDiagnostics, where } from './editor';

describe('diagnostics in the editor', function () {
  afterEach(closeAll);

  it('flags the claims of the wire draft with their rules, severities and exact ranges', async () => {
    await openDraft('wire.md', (document, diagnostics) => {
      assert.deepEqual(seen(document, diagnostics), [
        expected(document, 'relative-date', 'Warning', 'on Thursday'),
        expected(document, 'unattributed-figure', 'Warning', 'More than 270,000'),
        expected(document, 'undated-claim', 'Warning', 'More than 270,000 people have been killed'),
        expected(document, 'unattributed-figure', 'Warning', 'millions'),
        expected(document, 'relative-date', 'Warning', 'next week'),
      ]);
    });
  });

  it('an inconsistent figure points at the other mention, so the desk can jump to it', async () => {
    await openDraft('dow.md', (document, diagnostics) => {
      const inconsistent = diagnostics.filter((d) => d.code === 'inconsistent-figure');
      assert.deepEqual(seen(document, inconsistent), [expected(document, 'inconsistent-figure', 'Warning', '340 points')]);
      const related = inconsistent[0]!.relatedInformation ?? [];
      assert.deepEqual(
        related.map((r) => [r.location.uri.toString(), where(r.location.range)]),
        [[document.uri.toString(), where(rangeOf(document, '344.65 points'))]],
      );
      assert.match(related[0]!.message, /344\.65 points/);
    });
  });

  it('follows an edit: writing the date out clears its relative-date finding', async () => {
    const editor = await openDraft(await copyFixture('wire.md', 'edited.md'), (document, diagnostics) => {
      assert.ok(seen(document, diagnostics).some(([rule, , , text]) => rule === 'relative-date' && text === 'on Thursday'));
    });
    const document = editor.document;
    await untilDiagnostics(
      document.uri,
      () => editor.edit((edit) => edit.replace(rangeOf(document, 'on Thursday'), 'on 7 April 2016')),
      (diagnostics) => {
        assert.deepEqual(
          seen(document, diagnostics).filter(([rule]) => rule === 'relative-date'),
          [expected(document, 'relative-date', 'Warning', 'next week')],
        );
      },
    );
    // The message of each finding says what is missing, in words.
    for (const d of vscode.languages.getDiagnostics(document.uri)) assert.match(d.message, /\w{3,}/);
  });
});
