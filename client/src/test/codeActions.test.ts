import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { settingsForDraft } from '../../../server/src/config/merge';
import { analyze } from '../../../server/src/engine/analyze';
import { fixesFor } from '../../../server/src/engine/fixes';
import type { Fix } from '../../../server/src/engine/fixes/fix';
import { closeAll, copyFixture, openDraft, rangeOf, seen, untilDiagnostics } from './editor';

/**
 * What the menu on `text` must hold, from the engine: for each finding there, its fixes and
 * "Turn off <rule> for this workspace" (with the settings of a
 * workspace that sets none). The wording is pinned by the engine's tests; this suite checks that
 * the editor offers exactly these and that applying one works in a real VS Code.
 */
function engineMenu(document: vscode.TextDocument, text: string): { titles: string[]; fixes: Fix[] } {
  const settings = settingsForDraft({}, null, null).engine;
  const analysis = analyze(document.getText(), 'markdown', settings);
  const range = rangeOf(document, text);
  const [start, end] = [document.offsetAt(range.start), document.offsetAt(range.end)];
  const titles: string[] = [];
  const fixes: Fix[] = [];
  for (const finding of analysis.findings) {
    if (finding.span.end < start || finding.span.start > end) continue;
    const own = fixesFor(analysis, finding, settings);
    fixes.push(...own);
    titles.push(...own.map((f) => f.title), `Turn off ${finding.rule} for this workspace`);
  }
  return { titles, fixes };
}

/** The quick fixes VS Code offers on the first `text`. */
async function quickFixes(document: vscode.TextDocument, text: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, rangeOf(document, text), vscode.CodeActionKind.QuickFix.value);
  return actions.filter((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value);
}

/**
 * Checks the menu on `text` against the engine, applies the `rule` fix that `pick` chooses,
 * saves, and waits for the diagnostics to pass `check`. Returns the text the fix inserted,
 * having checked that VS Code now holds exactly the engine's edit (so no word of the draft went).
 */
async function applyFix(document: vscode.TextDocument, rule: string, text: string, pick: (fix: Fix) => boolean, check: (diagnostics: vscode.Diagnostic[]) => void): Promise<string> {
  const original = document.getText();
  const menu = engineMenu(document, text);
  // VS Code orders the menu itself (preferred fixes first): compare what is offered, not the
  // order. The first request after start-up has come back empty in one run of several (VS Code
  // answers [] for a request it cancels): ask again at each publication of the draft's
  // diagnostics, until the deadline.
  const offered = await untilDiagnostics(document.uri, async () => {}, async () => {
    const actions = await quickFixes(document, text);
    assert.deepEqual(actions.map((a) => a.title).sort(), [...menu.titles].sort());
    return actions;
  }, true);
  const fix = menu.fixes.find((f) => f.rule === rule && pick(f));
  assert.ok(fix, `no such ${rule} fix among ${JSON.stringify(menu.titles)}`);
  const action = offered.find((a) => a.title === fix.title)!;
  assert.equal(action.isPreferred ?? false, fix.preferred ?? false);
  assert.ok(action.edit, `"${action.title}" carries no edit`);
  await untilDiagnostics(document.uri, async () => assert.ok(await vscode.workspace.applyEdit(action.edit!), `"${action.title}" did not apply`), check);
  await document.save();
  assert.equal(fix.edits.length, 1, 'these fixes insert at one place');
  const [edit] = fix.edits;
  assert.equal(document.getText(), original.slice(0, edit!.start) + edit!.newText + original.slice(edit!.end));
  assert.equal(edit!.start, edit!.end, 'a fix inserts; it never removes a word');
  return edit!.newText;
}

describe('quick fixes in the editor', function () {
  afterEach(closeAll);

  it('relative-date: "Write as <date>" adds the date and clears the finding', async () => {
    const { document } = await openDraft(await copyFixture('wire.md', 'write-as.md'));
    const inserted = await applyFix(document, 'relative-date', 'on Thursday', (f) => f.title.startsWith('Write as'), (diagnostics) => {
      assert.deepEqual(seen(document, diagnostics).filter(([rule]) => rule === 'relative-date').map(([, , , text]) => text), ['next week']);
    });
    assert.equal(inserted, ' (7 April 2016)');
  });

  it('unattributed-figure: "Attribute to <source>" names a source of the draft and clears the finding', async () => {
    const { document } = await openDraft(await copyFixture('wire.md', 'attribute.md'));
    const original = document.getText().toLowerCase();
    const inserted = await applyFix(document, 'unattributed-figure', '270,000', (f) => f.title.startsWith('Attribute to '), (diagnostics) => {
      assert.deepEqual(seen(document, diagnostics).filter(([rule, , , text]) => rule === 'unattributed-figure' && text.includes('270,000')), []);
    });
    const source = /^, according to (.+)$/.exec(inserted)?.[1];
    assert.ok(source && original.includes(source.toLowerCase()), `"${inserted}" names no source of the draft`);
  });

  it('undated-claim: "Add as of <publication date>" anchors the running total', async () => {
    const { document } = await openDraft(await copyFixture('wire.md', 'as-of.md'));
    const inserted = await applyFix(document, 'undated-claim', 'have been killed', (f) => f.title.startsWith('Add "as of'), (diagnostics) => {
      assert.deepEqual(seen(document, diagnostics).filter(([rule]) => rule === 'undated-claim'), []);
    });
    assert.match(inserted, /\bas of 7 April 2016$/);
  });
});
