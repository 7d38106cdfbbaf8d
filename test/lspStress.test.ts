import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { analyze } from '../server/src/engine/analyze';
import { RULES } from '../server/src/engine/rules';
import { DocumentTextRequest } from '../server/src/protocol';
import { draftLike } from './arbitraryDrafts';
import { offsetOf } from './invariants';
import { LspClient } from './lspClient';

/** The codes of findings, as against notices (size limit, ignore comments). */
const RULE_IDS = new Set<string>(RULES.map((r) => r.id));

/** One edit as generated: where (fractions of the text), what, and whether a burst continues. */
interface Edit {
  kind: 'insert' | 'delete' | 'replace' | 'whole';
  at: number;
  span: number;
  text: string;
  pause: number;
}

const snippet = fc.oneof(fc.constantFrom('😀', '\r\n', '\n\n', ' on Thursday', ' 270,000 people', ', officials said.', '👩‍👩‍👧', '\r', '# ', '- ', '"', 'e\u0301'), draftLike(6));
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom<Edit['kind']>('insert', 'insert', 'delete', 'replace', 'whole'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  span: fc.double({ min: 0, max: 0.3, noNaN: true }),
  text: snippet,
  // 0: the next edit follows at once (a burst); otherwise a pause in ms, some past the debounce.
  pause: fc.constantFrom(0, 0, 0, 5, 40, 200),
});

/** The LSP change for an edit against the client's copy. */
function toChange(doc: TextDocument, e: Edit): TextDocumentContentChangeEvent {
  if (e.kind === 'whole') return { text: e.text };
  const length = doc.getText().length;
  const start = Math.floor(e.at * length);
  const end = e.kind === 'insert' ? start : Math.min(length, start + Math.ceil(e.span * length));
  return { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: e.kind === 'delete' ? '' : e.text };
}

describe('language server under random incremental edits (issue 10)', function () {
  this.timeout(120000);
  let client: LspClient;
  let unhandled: unknown[];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  before(async () => {
    unhandled = [];
    process.on('unhandledRejection', onUnhandled);
    client = new LspClient();
    await client.initialize();
  });
  after(async () => {
    process.off('unhandledRejection', onUnhandled);
    await client.stop();
  });

  let run = 0;
  it('keeps the server text equal to the client text and publishes only valid, newest-last ranges', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('markdown', 'plaintext'), draftLike(30), fc.array(edit, { minLength: 5, maxLength: 25 }), async (languageId, initial, edits) => {
        const uri = `file:///stress-${run++}.${languageId === 'markdown' ? 'md' : 'txt'}`;
        let doc = TextDocument.create(uri, languageId, 1, initial);
        const texts = new Map<number, string>([[1, initial]]);
        await client.open(uri, languageId, initial);
        for (const e of edits) {
          const change = toChange(doc, e);
          const version = await client.change(uri, [change]);
          doc = TextDocument.update(doc, [change], version);
          texts.set(version, doc.getText());
          if (e.pause > 0) {
            await new Promise((resolve) => setTimeout(resolve, e.pause));
            const server = await client.connection.sendRequest(DocumentTextRequest, { uri });
            assert.deepEqual(server, { version, text: doc.getText() });
          }
        }
        await client.diagnostics(uri, doc.version, 30000);
        assert.deepEqual(await client.connection.sendRequest(DocumentTextRequest, { uri }), { version: doc.version, text: doc.getText() });
        assertPublications(client.history(uri), texts, languageId);
      }),
      { numRuns: 8 },
    );
    assert.equal(client.process.exitCode, null, 'the server is still running');
    assert.deepEqual(unhandled, []);
    assert.doesNotMatch(client.stderr.join(''), /unhandled|TypeError|RangeError|Error:/i);
  });

  it('analyses a 20 MB draft up to the size limit and says so in one information diagnostic', async () => {
    const uri = 'file:///huge.txt';
    const line = 'More than 270,000 people have been killed and millions have fled their homes.\n';
    const text = line.repeat(Math.ceil(20_000_000 / line.length));
    await client.open(uri, 'plaintext', text);
    const published = await client.diagnostics(uri, 1, 110000);
    const notices = published.diagnostics.filter((d) => d.code === 'size-limit');
    const cut = 1_000_000 - (1_000_000 % line.length);
    assert.deepEqual(notices, [
      {
        range: { start: { line: cut / line.length, character: 0 }, end: { line: cut / line.length, character: 0 } },
        severity: 3,
        code: 'size-limit',
        source: 'factdesk',
        message: `Checked the first ${cut.toLocaleString('en-US')} of ${text.length.toLocaleString('en-US')} characters only: the draft is longer than the size limit (maxFileSize, 1,000,000). The rest is not checked.`,
      },
    ]);
    assert.ok(published.diagnostics.length > 1000, 'the start of the draft is checked');
    assert.ok(published.diagnostics.every((d) => d.range.end.line <= cut / line.length));
    assert.equal(client.process.exitCode, null);
  });
});

/**
 * Versions never go back, every range is valid in the text of the version it names, and each
 * publication holds exactly the findings a fresh analysis of that version's text gives: the
 * server's cache (blocks moved in place, memos) must not show through.
 */
function assertPublications(history: PublishDiagnosticsParams[], texts: Map<number, string>, languageId: string): void {
  let last = 0;
  for (const p of history) {
    assert.ok(p.version !== undefined && p.version >= last, `version ${p.version} published after ${last}`);
    last = p.version;
    const text = texts.get(p.version);
    assert.ok(text !== undefined, `published for version ${p.version}, which the client never sent`);
    for (const d of p.diagnostics) {
      const start = offsetOf(text, d.range.start);
      const end = offsetOf(text, d.range.end);
      assert.ok(start <= end, `range ${JSON.stringify(d.range)} runs backwards`);
    }
    const doc = TextDocument.create('file:///fresh', languageId, p.version, text);
    const fresh = analyze(text, languageId === 'markdown' ? 'markdown' : 'plaintext').findings.map((f) => [f.rule, doc.positionAt(f.span.start), doc.positionAt(f.span.end), f.message]);
    const published = p.diagnostics.filter((d) => RULE_IDS.has(String(d.code))).map((d) => [d.code, d.range.start, d.range.end, d.message]);
    assert.deepEqual(published, fresh, `the findings published for v${p.version} are not those of a fresh analysis`);
  }
}
