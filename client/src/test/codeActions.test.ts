import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, copyFixture, expected, openDraft, rangeOf, seen, untilDiagnostics } from './editor';

/** The quick fixes VS Code offers on the first `text`, with the diagnostics it holds there. */
async function quickFixes(document: vscode.TextDocument, text: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, rangeOf(document, text), vscode.CodeActionKind.QuickFix.value);
  return actions.filter((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value);
}

/** Applies `action`'s edit, saves, and resolves once the diagnostics pass `check`. */
async function apply(document: vscode.TextDocument, action: vscode.CodeAction, check: (diagnostics: vscode.Diagnostic[]) => void): Promise<void> {
  assert.ok(action.edit, `"${action.title}" carries no edit`);
  await untilDiagnostics(document.uri, async () => assert.ok(await vscode.workspace.applyEdit(action.edit!), `"${action.title}" did not apply`), check);
  await document.save();
}

/** The draft with `inserted` taken out again: a fix adds words and never removes one. */
function without(text: string, inserted: string): string {
  const at = text.indexOf(inserted);
  assert.ok(at >= 0, `"${inserted}" was not inserted`);
  return text.slice(0, at) + text.slice(at + inserted.length);
}

describe('quick fixes in the editor', function () {
  afterEach(closeAll);

  it('relative-date: "Write as <date>" adds the date and clears the finding', async () => {
    const { document } = await openDraft(await copyFixture('wire.md', 'write-as.md'));
    const original = document.getText();
    const fixes = await quickFixes(document, 'on Thursday');
    assert.deepEqual(fixes.map((a) => [a.title, a.isPreferred ?? false]), [
      ['Write as "on Thursday (7 April 2016)"', true],
      ['Ignore relative-date here', false],
      ['Turn off relative-date for this workspace', false],
    ]);
    await apply(document, fixes[0]!, (diagnostics) => {
      assert.deepEqual(seen(document, diagnostics).filter(([rule]) => rule === 'relative-date'), [expected(document, 'relative-date', 'Warning', 'next week')]);
    });
    assert.equal(without(document.getText(), ' (7 April 2016)'), original);
    assert.ok(document.getText().includes('on Thursday (7 April 2016), the Syrian Observatory'));
  });

  it('unattributed-figure: "Attribute to <source>" names a source of the draft and clears the finding', async () => {
    const { document } = await openDraft(await copyFixture('wire.md', 'attribute.md'));
    const original = document.getText();
    const fixes = await quickFixes(document, '270,000');
    const attribute = fixes.filter((a) => a.title.startsWith('Attribute to '));
    assert.ok(attribute.length > 0, `no "Attribute to" fix among ${JSON.stringify(fixes.map((a) => a.title))}`);
    const source = attribute[0]!.title.slice('Attribute to '.length);
    // Only sources the draft names are offered.
    for (const a of attribute) assert.ok(original.includes(a.title.slice('Attribute to '.length)), a.title);
    assert.ok(fixes.some((a) => a.title === 'Add a source…'));
    await apply(document, attribute[0]!, (diagnostics) => {
      assert.deepEqual(seen(document, diagnostics).filter(([rule, , , text]) => rule === 'unattributed-figure' && text.includes('270,000')), []);
    });
    assert.equal(without(document.getText(), `, according to ${source}`), original);
  });

  it('undated-claim: "Add as of <publication date>" anchors the running total', async () => {
    const { document } = await openDraft(await copyFixture('wire.md', 'as-of.md'));
    const original = document.getText();
    const fixes = await quickFixes(document, 'have been killed');
    const asOf = fixes.find((a) => a.title === 'Add "as of 7 April 2016"');
    assert.ok(asOf, `no "as of" fix among ${JSON.stringify(fixes.map((a) => a.title))}`);
    await apply(document, asOf, (diagnostics) => {
      assert.deepEqual(seen(document, diagnostics).filter(([rule]) => rule === 'undated-claim'), []);
    });
    assert.equal(without(document.getText(), ', as of 7 April 2016'), original);
  });
});
