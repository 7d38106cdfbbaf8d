import * as assert from 'node:assert/strict';
import { analyze } from '../analyze';
import { fixesFor } from '.';
import { applyFix, findingOf, WIRE } from './fixTestkit';

describe('quick fixes: unattributed-figure', () => {
  const draft = `${WIRE}The Syrian Observatory for Human Rights said rebels took 18 villages.\n\nMore than 270,000 people have died since 2011.\n`;

  it('"Attribute to" names a source the draft already cites nearby', () => {
    const after = applyFix(draft, 'markdown', 'unattributed-figure', '270,000', 'Attribute to the Syrian Observatory for Human Rights');
    assert.ok(after.endsWith('More than 270,000 people have died since 2011, according to the Syrian Observatory for Human Rights.\n'));
  });

  it('"Add a source…" in Markdown: a footnote at the figure and its definition at the end', () => {
    const after = applyFix(draft, 'markdown', 'unattributed-figure', '270,000', 'Add a source…');
    assert.ok(after.endsWith('More than 270,000[^1] people have died since 2011.\n\n[^1]: …\n'), after);
  });

  it('numbers the footnote after the draft\'s own', () => {
    const own = `${WIRE}Rebels took 18 villages.[^3]\n\nMore than 270,000 people have died since 2011.\n\n[^3]: Observatory statement, 7 April 2016.\n`;
    const after = applyFix(own, 'markdown', 'unattributed-figure', '270,000', 'Add a source…');
    assert.ok(after.includes('More than 270,000[^4] people') && after.endsWith('[^3]: Observatory statement, 7 April 2016.\n\n[^4]: …\n'), after);
  });

  it('"Add a source…" in plain text: an inline source tag', () => {
    const plain = 'Last update: Thursday 7 April 2016\n\nMore than 270,000 people have died since 2011.\n';
    const after = applyFix(plain, 'plaintext', 'unattributed-figure', '270,000', 'Add a source…');
    assert.equal(after, 'Last update: Thursday 7 April 2016\n\nMore than 270,000 [source: …] people have died since 2011.\n');
  });
});

describe('quick fixes: the source named as "according to" writes it', () => {
  it('lower-cases a common noun that only opened its sentence, and keeps a name\'s capital', () => {
    const draft = `${WIRE}Central bank governor Amara Lindqvist said rates rose 2 percent. Prosecutors said 12 fish died. Reuters reported 7 arrests at the central bank.\n\nAbout 200 fishermen protested outside the court.\n`;
    const analysis = analyze(draft, 'markdown');
    const fixes = fixesFor(analysis, findingOf(analysis, 'unattributed-figure', 'About 200'));
    assert.deepEqual(fixes.map((f) => f.title), ['Attribute to Reuters', 'Attribute to prosecutors', 'Attribute to central bank governor Amara Lindqvist', 'Add a source…', 'Ignore unattributed-figure here']);
  });

  it('keeps the capital of a name that opens its sentence', () => {
    const draft = `${WIRE}Observatory director Rami Abdel Rahman said rebels took 18 villages.\n\nMore than 270,000 people have died since 2011.\n`;
    const analysis = analyze(draft, 'markdown');
    const fixes = fixesFor(analysis, findingOf(analysis, 'unattributed-figure', '270,000'));
    assert.equal(fixes[0]?.title, 'Attribute to Observatory director Rami Abdel Rahman');
  });

  it('offers the source a pronoun stands for, not the pronoun', () => {
    const draft = `${WIRE}The Office of the Prosecutor said 31 people died. It said roads are shut.\n\nMore than 4,000 households were displaced.\n`;
    const analysis = analyze(draft, 'markdown');
    const fixes = fixesFor(analysis, findingOf(analysis, 'unattributed-figure', '4,000'));
    assert.deepEqual(fixes.map((f) => f.title), ['Attribute to the Office of the Prosecutor', 'Add a source…', 'Ignore unattributed-figure here']);
  });
});
