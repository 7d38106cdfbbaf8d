import * as assert from 'node:assert/strict';
import { applyFix, WIRE } from './fixTestkit';

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
