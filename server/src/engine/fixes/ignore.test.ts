import * as assert from 'node:assert/strict';
import { analyze } from '../analyze';
import { fixesFor } from '.';
import { applyFix, findingOf, WIRE } from './fixTestkit';

describe('quick fixes: Ignore here', () => {
  it('Markdown: inline comments around a finding in the middle of a line', () => {
    const draft = `${WIRE}Rebels entered the town on Thursday, the group said.\n`;
    const after = applyFix(draft, 'markdown', 'relative-date', 'on Thursday', 'Ignore relative-date here');
    assert.equal(after, `${WIRE}Rebels entered the town <!-- factdesk-disable relative-date -->on Thursday<!-- factdesk-enable relative-date -->, the group said.\n`);
  });

  it('Markdown: a finding that opens a paragraph gets the comment on a line before it', () => {
    const draft = `${WIRE}Yesterday rebels entered the town, the group said.\n`;
    const after = applyFix(draft, 'markdown', 'relative-date', 'Yesterday', 'Ignore relative-date here');
    assert.equal(after, `${WIRE}<!-- factdesk-disable relative-date -->\nYesterday<!-- factdesk-enable relative-date --> rebels entered the town, the group said.\n`);
  });

  it('Markdown: a finding that opens a continuation line gets the comment at the end of the line before', () => {
    const draft = `${WIRE}Rebels entered the town,\nyesterday, the group said.\n`;
    const after = applyFix(draft, 'markdown', 'relative-date', 'yesterday', 'Ignore relative-date here');
    assert.equal(after, `${WIRE}Rebels entered the town, <!-- factdesk-disable relative-date -->\nyesterday<!-- factdesk-enable relative-date -->, the group said.\n`);
  });

  it('plain text: directive lines around the paragraph', () => {
    const plain = 'Last update: Thursday 7 April 2016\n\nRebels entered the town on Thursday, the group said.\n';
    const after = applyFix(plain, 'plaintext', 'relative-date', 'on Thursday', 'Ignore relative-date here');
    assert.equal(after, 'Last update: Thursday 7 April 2016\n\nfactdesk-disable relative-date\nRebels entered the town on Thursday, the group said.\nfactdesk-enable relative-date\n');
  });
});

describe('quick fixes: Ignore here never opens a block with a comment', () => {
  it('a finding that opens a list item goes after the previous line\'s prose', () => {
    const draft = `${WIRE}Rebels said:\n\n- Yesterday they took the town.\n- On Thursday they left.\n`;
    const after = applyFix(draft, 'markdown', 'relative-date', 'On Thursday', 'Ignore relative-date here');
    assert.equal(after, `${WIRE}Rebels said:\n\n- Yesterday they took the town. <!-- factdesk-disable relative-date -->\n- On Thursday<!-- factdesk-enable relative-date --> they left.\n`);
  });

  it('a finding that opens a blockquote line after a code block gets no Ignore here', () => {
    const draft = `${WIRE}\`\`\`\ncode\n\`\`\`\n> Yesterday they took the town.\n`;
    const analysis = analyze(draft, 'markdown');
    const titles = fixesFor(analysis, findingOf(analysis, 'relative-date', 'Yesterday')).map((f) => f.title);
    assert.deepEqual(titles, ['Write as "Yesterday (6 April 2016)"']);
  });

  it('a finding after a heading marker stays inline: heading text is not a container', () => {
    const draft = `${WIRE}## Yesterday in Aleppo\n`;
    const after = applyFix(draft, 'markdown', 'relative-date', 'Yesterday', 'Ignore relative-date here');
    assert.equal(after, `${WIRE}## <!-- factdesk-disable relative-date -->Yesterday<!-- factdesk-enable relative-date --> in Aleppo\n`);
  });
});
