import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** ../shared beside the repository: the bench reads it, the tests never do. */
export const SHARED = resolve(__dirname, '..', '..', 'shared');

export interface BenchDraft {
  name: string;
  format: 'markdown' | 'plaintext';
  text: string;
  words: number;
}

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Every MEANTIME article as a draft path, in a stable order. */
export function meantimePaths(): string[] {
  const root = join(SHARED, 'corpus', 'meantime');
  return readdirSync(root)
    .sort()
    .flatMap((topic) =>
      readdirSync(join(root, topic))
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => join(root, topic, f)),
    );
}

/** An article split into its title (from front matter) and body paragraphs. */
function article(path: string): { title: string; paragraphs: string[] } {
  const text = readFileSync(path, 'utf8');
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const title = /^title:\s*"?(.*?)"?\s*$/m.exec(fm?.[1] ?? '')?.[1] ?? 'Untitled';
  const body = fm ? text.slice(fm[0].length) : text;
  return { title, paragraphs: body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean) };
}

/**
 * A long Markdown draft of about `target` words: front matter with a date, then MEANTIME
 * articles one after another, each under its own heading. Past the end of the corpus (about
 * 37k words) the articles repeat; the full-analysis timings never reuse a cache, so repeated
 * paragraphs cost the same as new ones there.
 */
export function buildDraft(target: number): BenchDraft {
  const articles = meantimePaths().map(article);
  const parts = ['---', `title: "Benchmark draft of about ${target} words"`, 'date: 2008-03-01', '---', ''];
  let words = 0;
  for (let i = 0; words < target; i++) {
    const a = articles[i % articles.length]!;
    parts.push(`${i === 0 ? '#' : '##'} ${a.title}`, '');
    words += countWords(a.title);
    for (const p of a.paragraphs) {
      if (words >= target) break;
      parts.push(p, '');
      words += countWords(p);
    }
  }
  const text = parts.join('\n');
  return { name: `meantime-${target >= 1000 ? `${target / 1000}k` : target}`, format: 'markdown', text, words: countWords(text) };
}

/** The seed wire story, as plain text. */
export function seedDraft(): BenchDraft {
  const dir = join(SHARED, 'corpus', 'seed');
  const file = readdirSync(dir).find((f) => f.endsWith('.txt'));
  if (!file) throw new Error(`no seed draft in ${dir}`);
  const text = readFileSync(join(dir, file), 'utf8');
  return { name: 'seed', format: 'plaintext', text, words: countWords(text) };
}

/** The drafts every measure runs on: the seed, then about 1k, 10k and 100k words. */
export function benchDrafts(): BenchDraft[] {
  if (!existsSync(join(SHARED, 'corpus'))) throw new Error(`npm run bench needs the shared corpus at ${SHARED}`);
  return [seedDraft(), buildDraft(1_000), buildDraft(10_000), buildDraft(100_000)];
}
