import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../engine/analyze';
import { PublishedDiagnostics } from './publishedDiagnostics';
import { toDiagnostic } from './toDiagnostic';

const DRAFT = [
  'Floods destroyed 40 homes in the valley.',
  '',
  'Crews cleared 12 roads by the evening.',
  '',
  'The river rose 3 metres in a day.',
].join('\n');

/** The draft's findings published through `published`, and what a fresh conversion gives. */
function publish(published: PublishedDiagnostics, document: TextDocument) {
  const findings = analyze(document.getText(), 'plaintext').findings;
  const entries = published.render(findings, document);
  return { entries, fresh: findings.map((f) => toDiagnostic(f, document)) };
}

function edited(document: TextDocument, line: number, character: number, text: string): TextDocument {
  return TextDocument.update(document, [{ range: { start: { line, character }, end: { line, character } }, text }], document.version + 1);
}

describe('PublishedDiagnostics: unchanged diagnostics are sent as they were written', () => {
  it('gives what converting each finding gives, with its JSON', () => {
    const { entries, fresh } = publish(new PublishedDiagnostics(), TextDocument.create('file:///d/floods.txt', 'plaintext', 1, DRAFT));
    assert.deepEqual(entries.map((e) => e.diagnostic), fresh);
    assert.deepEqual(entries.map((e) => e.json), fresh.map((d) => JSON.stringify(d)));
    assert.deepEqual(entries.map((e) => e.bytes), fresh.map((d) => Buffer.byteLength(JSON.stringify(d))));
    assert.deepEqual(entries.map((e) => e.diagnostic.message.match(/"(.+?)"/)?.[1]), ['40', '12', '3 metres']);
  });

  it('keeps the diagnostics of lines a keystroke did not touch, and makes the edited line\'s anew', () => {
    const published = new PublishedDiagnostics();
    let document = TextDocument.create('file:///d/floods.txt', 'plaintext', 1, DRAFT);
    const before = publish(published, document).entries;
    // "Crews quickly cleared 12 roads": the figure on line 2 moves along its line.
    document = edited(document, 2, 6, 'quickly ');
    const { entries, fresh } = publish(published, document);
    assert.deepEqual(entries.map((e) => e.diagnostic), fresh);
    assert.deepEqual(entries.map((e, i) => e === before[i]), [true, false, true]);
    assert.deepEqual(entries[1]!.diagnostic.range.start, { line: 2, character: 22 });
  });

  it('makes anew every diagnostic below a new line break, where their lines moved', () => {
    const published = new PublishedDiagnostics();
    let document = TextDocument.create('file:///d/floods.txt', 'plaintext', 1, DRAFT);
    const before = publish(published, document).entries;
    document = edited(document, 1, 0, 'Roads were shut.\n\n');
    const { entries, fresh } = publish(published, document);
    assert.deepEqual(entries.map((e) => e.diagnostic), fresh);
    assert.deepEqual(entries.map((e, i) => e === before[i]), [true, false, false]);
    assert.deepEqual(entries.map((e) => e.diagnostic.range.start.line), [0, 4, 6]);
  });

  it('does not keep a diagnostic whose finding now says something else at the same place', () => {
    const published = new PublishedDiagnostics();
    let document = TextDocument.create('file:///d/council.txt', 'plaintext', 1, 'Last update: 7 April 2016\n\nThe council met on Monday.\n');
    const before = publish(published, document).entries;
    // A new publication date: "on Monday" stays where it was, its message names the new date.
    document = TextDocument.update(document, [{ range: { start: { line: 0, character: 13 }, end: { line: 0, character: 14 } }, text: '9' }], 2);
    const { entries, fresh } = publish(published, document);
    assert.deepEqual(entries.map((e) => e.diagnostic), fresh);
    assert.deepEqual(entries.map((e) => e.diagnostic.range), before.map((e) => e.diagnostic.range));
    assert.equal(entries[0] === before[0], false);
    assert.match(entries[0]!.json, /against 9 April 2016/);
  });
});
