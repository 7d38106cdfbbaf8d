// @ts-check
// Checks the .vsix that `npm run package` wrote: what VS Code needs is there (package.json, the
// README and the images it shows, the bundles, every file package.json's contributions point at:
// the grammar, the settings file's JSON schema) and nothing else is (sources, tests, fixtures,
// source maps, node_modules). Reads the archive itself, not .vscodeignore, so a change to either
// is caught.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import yauzl from 'yauzl';

/** Every file name in a zip archive. */
function entries(file) {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const names = [];
      zip.on('entry', (entry) => {
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** The relative paths of the images the README shows: VS Code's extension page loads them from the package. */
function readmeImages(markdown) {
  return [...markdown.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map((m) => m[1]).filter((src) => !/^[a-z]+:/i.test(src));
}

/** Returns the problems found in `vsix`, an empty list when it is right. */
export async function checkVsix(vsix, root) {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const files = (await entries(vsix)).filter((n) => n.startsWith('extension/')).map((n) => n.slice('extension/'.length));
  const present = new Set(files.map((f) => f.toLowerCase()));
  const problems = [];

  const contributes = manifest.contributes ?? {};
  if (!contributes.grammars?.length) problems.push('package.json contributes no TextMate grammar (contributes.grammars)');
  const referenced = [
    manifest.main,
    ...(contributes.grammars ?? []).map((g) => g.path),
    ...(contributes.jsonValidation ?? []).map((v) => v.url).filter((url) => !/^[a-z]+:/i.test(url)),
    ...(contributes.languages ?? []).map((l) => l.configuration).filter(Boolean),
    ...readmeImages(fs.readFileSync(path.join(root, 'README.md'), 'utf8')),
  ].map((f) => path.posix.normalize(f));
  // The client starts the server from its own bundle, which package.json does not name.
  const required = ['package.json', 'readme.md', 'dist/server.js', ...referenced];
  for (const file of required) if (!present.has(file.toLowerCase())) problems.push(`missing: ${file}`);

  const allowed = new Set(required.map((f) => f.toLowerCase()));
  const extra = /^(changelog\.md|license(\.md|\.txt)?)$/i;
  for (const file of files) {
    if (!allowed.has(file.toLowerCase()) && !extra.test(file)) problems.push(`should not be packaged: ${file}`);
  }
  return { files, problems };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const vsix = path.resolve(process.argv[2] ?? path.join(root, 'factdesk.vsix'));
  const { files, problems } = await checkVsix(vsix, root);
  console.log(`${path.relative(process.cwd(), vsix)}: ${files.length} files\n  ${files.join('\n  ')}`);
  for (const p of problems) console.error(`check-vsix: ${p}`);
  process.exitCode = problems.length ? 1 : 0;
}
