import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, openDraft, rangeOf, where } from './editor';

/** The hovers VS Code shows at the middle of the first `text`, as Markdown strings and ranges. */
async function hoverAt(document: vscode.TextDocument, text: string): Promise<{ markdown: string[]; ranges: unknown[] }> {
  const range = rangeOf(document, text);
  const middle = document.positionAt((document.offsetAt(range.start) + document.offsetAt(range.end)) >> 1);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, middle);
  return {
    markdown: hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))),
    ranges: hovers.map((h) => (h.range ? where(h.range) : null)),
  };
}

describe('hover notes in the editor', function () {
  afterEach(closeAll);

  it('on a figure: its value, what it counts, and that no source was found', async () => {
    const { document } = await openDraft('wire.md');
    const hover = await hoverAt(document, '270,000');
    assert.equal(hover.markdown.length, 1);
    const [figure] = hover.markdown[0]!.split('\n\n---\n\n');
    assert.equal(figure, '**Figure** “More than 270,000”: 270,000 or more · counts: people  \nSource: no source found in its sentence');
  });

  it('on a flagged figure: why the rule fired', async () => {
    const { document } = await openDraft('wire.md');
    const hover = await hoverAt(document, '270,000');
    assert.match(hover.markdown.join('\n'), /\*\*unattributed-figure\*\* \(warning\): \S/);
  });

  it('on a relative date: the date it means, from which publication date, and the finding', async () => {
    const { document } = await openDraft('wire.md');
    const hover = await hoverAt(document, 'on Thursday');
    assert.deepEqual(hover.ranges, [where(rangeOf(document, 'on Thursday'))]);
    assert.deepEqual(hover.markdown, [
      '**Time** “on Thursday”: 7 April 2016 (`2016-04-07`)  \nResolved from the publication date 7 April 2016 (front matter `date:`, line 2)' +
        '\n\n---\n\n' +
        "**relative-date** (warning): 'on Thursday' depends on the publication date: against 7 April 2016 it is Thursday 7 April 2016. Write the date.",
    ]);
  });
});
