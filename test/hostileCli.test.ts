import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const cli = path.resolve(__dirname, '..', 'dist', 'cli.js');
const dir = mkdtempSync(path.join(tmpdir(), 'factdesk-hostile-'));
const write = (name: string, data: string | Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, data);
  return file;
};
const check = (...files: string[]) => spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...files], { encoding: 'utf8' });

describe('the CLI on hostile files (issues 2 and 10)', () => {
  it('a binary file: exit 2, one line naming it, the other files still checked', () => {
    const binary = write('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff]));
    const empty = write('empty.md', '');
    const run = check(binary, empty);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, `factdesk: ${binary}: binary file, not a text draft\n`);
    assert.deepEqual((JSON.parse(run.stdout) as { files: { path: string }[] }).files.map((f) => f.path), [empty]);
  });

  it('invalid UTF-8, front matter only, CRLF with a BOM: checked, every offset inside the text as read', () => {
    const files = [
      write('latin1.txt', Buffer.from('Caf\xe9 prices rose on Thursday.\n', 'latin1')),
      write('front.md', '---\ndate: 2016-04-07\n---\n'),
      write('crlf.md', '\uFEFF---\r\ndate: 2016-04-07\r\n---\r\n\r\n😀 Rebels entered the town on Thursday.\r\n'),
    ];
    const run = check(...files);
    assert.equal(run.stderr, '');
    const out = JSON.parse(run.stdout) as { files: { path: string; findings: { offset: { start: number; end: number }; text: string }[] }[] };
    assert.deepEqual(out.files.map((f) => f.findings.map((x) => x.text)), [['on Thursday'], [], ['on Thursday']]);
  });
});
