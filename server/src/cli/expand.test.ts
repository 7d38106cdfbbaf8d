import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { expandArguments } from './expand';

describe('factdesk check: files, folders and globs', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'factdesk-expand-'));
  for (const f of ['news/b.md', 'news/a.txt', 'news/deep/c.markdown', 'news/notes.json', 'news/node_modules/x.md', 'news/.git/y.md', 'wire/z.txt', 'wire/z.md']) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), 'Text.\n');
  }

  it('a folder stands for the drafts under it, sorted, without dependencies or .git', () => {
    assert.deepEqual(expandArguments(['news'], root), { files: ['news/a.txt', 'news/b.md', 'news/deep/c.markdown'], errors: [] });
  });

  it('a glob stands for the files it matches; arguments keep their order and repeat nothing', () => {
    assert.deepEqual(expandArguments(['wire/*.md', 'news/**/*.md', 'wire', 'news/b.md'], root), { files: ['wire/z.md', 'news/b.md', 'wire/z.txt'], errors: [] });
  });

  it('a file is taken as given, even a missing one (the reader names it)', () => {
    assert.deepEqual(expandArguments(['news/notes.json', 'nope.md'], root), { files: ['news/notes.json', 'nope.md'], errors: [] });
  });

  it('a glob or folder that finds nothing is an error line', () => {
    mkdirSync(path.join(root, 'empty'), { recursive: true });
    assert.deepEqual(expandArguments(['*.docx', 'empty'], root), { files: [], errors: ['*.docx: no files match', 'empty: no Markdown or text drafts in this folder'] });
  });
});
