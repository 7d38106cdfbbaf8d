import * as assert from 'node:assert/strict';
import { analyze } from '../analyze';
import type { DraftFormat } from '../types';
import { claimNote } from './hoverNote';

/** The hover note on the first occurrence of `word`. */
function noteOn(text: string, format: DraftFormat, word: string): { text: string; markdown: string } | null {
  const analysis = analyze(text, format);
  const at = text.indexOf(word);
  assert.ok(at >= 0, word);
  const note = claimNote(analysis, at + 1);
  return note && { text: text.slice(note.span.start, note.span.end), markdown: note.markdown };
}

const DATED = '---\ndate: 2016-04-07\n---\n\n';

describe('hover notes: what the engine understood of a claim', () => {
  it('a relative date: its date, its TimeML value, the publication date it came from, and why it is flagged', () => {
    const text = `${DATED}Rebels entered the town on Thursday, the group said.\n`;
    assert.deepEqual(noteOn(text, 'markdown', 'on Thursday'), {
      text: 'on Thursday',
      markdown:
        '**Time** “on Thursday”: 7 April 2016 (`2016-04-07`)  \nResolved against the publication date 7 April 2016, from front matter `date:` on line 2\n\n---\n\n' +
        '**Flagged: relative-date** (warning): A time expression that depends on the day of writing or leaves out the year.',
    });
  });

  it('a vague date, resolved against a dateline', () => {
    const text = 'Rebels take town\n\nLast update: Thursday 7 April 2016 17:53 UTC\n\nFighting has grown in recent months.\n';
    assert.equal(
      noteOn(text, 'plaintext', 'in recent months')?.markdown,
      '**Time** “in recent months”: vague, it names no single date  \nAgainst the publication date 7 April 2016, from the dateline on line 3\n\n---\n\n' +
        '**Flagged: relative-date** (warning): A time expression that depends on the day of writing or leaves out the year.',
    );
  });

  it('a relative date in a draft with no publication date', () => {
    const text = 'Rebels entered the town on Thursday.\n';
    assert.equal(
      noteOn(text, 'plaintext', 'on Thursday')?.markdown.split('\n\n---\n\n')[0],
      '**Time** “on Thursday”: relative, and the draft has no publication date to resolve it against',
    );
  });

  it('an absolute date is understood and not flagged', () => {
    const text = `${DATED}The war began on 15 March 2011.\n`;
    assert.deepEqual(noteOn(text, 'markdown', 'on 15 March'), { text: 'on 15 March 2011', markdown: '**Time** “on 15 March 2011”: an absolute date (15 March 2011)' });
  });

  it('a figure: its value with its qualifier, what it counts, and the other mentions of the same thing', () => {
    const text = `${DATED}Gunmen seized more than 300 employees at the plant.\n\nBy night, 250 employees had been freed.\n`;
    const note = noteOn(text, 'markdown', 'more than 300');
    // The part before the rule's finding, which unattributed-figure adds below a rule.
    assert.deepEqual([note?.text, note?.markdown.split('\n\n---\n\n')[0]], [
      'more than 300',
      '**Figure** “more than 300”: more than 300 · counts: employee  \nSource: no source found in its sentence  \nOther mentions: “250” (line 7)',
    ]);
  });

  it('a vague magnitude, and Markdown in the draft shown as written', () => {
    const text = `${DATED}Millions of *refugees* have fled.\n`;
    assert.equal(noteOn(text, 'markdown', 'Millions')?.markdown.split('  \n')[0], '**Figure** “Millions”: vague, on the order of 1,000,000 · counts: refugee');
  });

  it('a sourced figure names its source and cue; an inconsistent one says why it is flagged', () => {
    const text = '---\ndate: 2024-06-04\n---\n\nUnion leader Ana Ruiz said 150 nurses walked out in May.\n\nThe hospital group said 90 nurses walked out in May.\n';
    assert.equal(noteOn(text, 'markdown', '150')?.markdown, '**Figure** “150”: 150 · counts: nurse  \nSource: Union leader Ana Ruiz (reporting verb “said”)  \nOther mentions: “90” (line 7)');
    assert.equal(
      noteOn(text, 'markdown', '90')?.markdown,
      '**Figure** “90”: 90 · counts: nurse  \nSource: The hospital group (reporting verb “said”)  \nOther mentions: “150” (line 5)\n\n---\n\n' +
        '**Flagged: inconsistent-figure** (warning): Figures in one draft that describe the same thing and do not agree.',
    );
  });

  it('a figure sourced by a source tag shows the tag as written, escaped', () => {
    const text = 'Cases rose 40 percent [source: Ministry of Health].\n';
    assert.equal(noteOn(text, 'plaintext', '40 percent')?.markdown, '**Figure** “40 percent”: 40 · unit: percent  \nSource: Ministry of Health (source tag “\\[source: Ministry of Health\\]”)');
  });

  it('nothing between claims', () => {
    const text = `${DATED}Rebels entered the town on Thursday.\n`;
    assert.equal(noteOn(text, 'markdown', 'entered'), null);
  });
});
