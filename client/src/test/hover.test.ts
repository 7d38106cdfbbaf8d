import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { settingsForDraft } from '../../../server/src/config/merge';
import { analyze } from '../../../server/src/engine/analyze';
import { claimNote } from '../../../server/src/engine/notes/hoverNote';
import { closeAll, openDraft, rangeOf, where } from './editor';

interface Shown {
  markdown: string[];
  ranges: (ReturnType<typeof where> | null)[];
}

/** The hovers VS Code shows at the middle of the first `text`. */
async function hoverAt(document: vscode.TextDocument, text: string): Promise<Shown> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, middleOf(document, text));
  return {
    markdown: hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))),
    ranges: hovers.map((h) => (h.range ? where(h.range) : null)),
  };
}

/**
 * The note the engine writes at the same place, with the settings of a workspace that sets
 * none: the editor must show it whole, over the range it names. The wording itself is pinned by
 * the engine's tests; this suite checks that it reaches the editor intact.
 */
function engineNote(document: vscode.TextDocument, text: string): Shown {
  const analysis = analyze(document.getText(), 'markdown', settingsForDraft({}, null, null).engine);
  const note = claimNote(analysis, document.offsetAt(middleOf(document, text)));
  assert.ok(note, `the engine has no note on "${text}"`);
  return { markdown: [note.markdown], ranges: [where(new vscode.Range(document.positionAt(note.span.start), document.positionAt(note.span.end)))] };
}

function middleOf(document: vscode.TextDocument, text: string): vscode.Position {
  const range = rangeOf(document, text);
  return document.positionAt((document.offsetAt(range.start) + document.offsetAt(range.end)) >> 1);
}

describe('hover notes in the editor', function () {
  afterEach(closeAll);

  it('on an unattributed figure: its value, that no source was found, and why each rule fired', async () => {
    const { document } = await openDraft('wire.md');
    const hover = await hoverAt(document, '270,000');
    assert.deepEqual(hover, engineNote(document, '270,000'));
    assert.deepEqual(hover.ranges, [where(rangeOf(document, 'More than 270,000 people have been killed'))]);
    const [figure, ...findings] = hover.markdown[0]!.split('\n\n---\n\n');
    assert.match(figure!, /^\*\*Figure\*\* “More than 270,000”: .*counts: people {2}\nSource: no source found/);
    assert.deepEqual(findings.map((f) => /^\*\*Flagged: ([a-z-]+)\*\* \(warning\)/.exec(f)?.[1]), ['unattributed-figure', 'undated-claim']);
  });

  it('on an attributed figure: its source and cue', async () => {
    const { document } = await openDraft('wire.md');
    const hover = await hoverAt(document, 'at least 18');
    assert.deepEqual(hover, engineNote(document, 'at least 18'));
    assert.match(hover.markdown[0]!, /^\*\*Figure\*\* “at least 18”: .*\nSource: Observatory director Rami Abdel Rahman \(.*“said”\)$/);
  });

  it('on a relative date: the date it means and the publication date it was resolved against', async () => {
    const { document } = await openDraft('wire.md');
    const hover = await hoverAt(document, 'on Thursday');
    assert.deepEqual(hover, engineNote(document, 'on Thursday'));
    assert.deepEqual(hover.ranges, [where(rangeOf(document, 'on Thursday'))]);
    const [time, ...findings] = hover.markdown[0]!.split('\n\n---\n\n');
    assert.match(time!, /^\*\*Time\*\* “on Thursday”: 7 April 2016 \(`2016-04-07`\) {2}\n.*publication date 7 April 2016.*front matter `date:`/);
    assert.deepEqual(findings.map((f) => /^\*\*Flagged: ([a-z-]+)\*\* \(warning\)/.exec(f)?.[1]), ['relative-date']);
  });
});
