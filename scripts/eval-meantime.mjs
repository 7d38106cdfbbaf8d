#!/usr/bin/env node
// Scores relative-date on the MEANTIME corpus (../shared/corpus/meantime): the corpus's own gold
// time expressions (TimeML values) for the first sentences of 120 Wikinews articles.
//
// Scored: gold DATE/TIME expressions whose text has no year and whose value is a calendar value
// (2008-06-18, 2009-W13, 2010-W04-WE, 2009-Q3, 2008-FA, 2010-03-02TMO, ...).
//   recall      a relative-date finding overlaps the gold expression;
//   value right of those found, the finding's data.resolved names the same date (parts of the
//               day and clock times are not compared, as in score.mjs);
//   false alarm a relative-date finding inside the annotated text that overlaps no gold time
//               expression at all (of any type: a vague "recently" is annotated too).
// Every draft must get a publication date. Called by scripts/eval.mjs; reads ../shared.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function scoreMeantime(cli, corpus, { misses = false } = {}) {
  const drafts = readdirSync(corpus, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(corpus, d.name)).filter((f) => f.endsWith('.md')).map((f) => join(corpus, d.name, f)))
    .sort();
  let out;
  try {
    out = execFileSync(process.execPath, [cli, 'check', '--format', 'json', ...drafts], { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (e) {
    if (e.status !== 1) throw e;
    out = e.stdout;
  }
  const results = new Map(JSON.parse(out).files.map((f) => [f.path, f]));
  const YEAR_IN_TEXT = /\b\d{4}\b|'\d\d\b|\/\d\d\b/;
  const CALENDAR = /^\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?(?:T.*)?$/;
  const day = (v) => (typeof v === 'string' ? v.replace(/T.*$/, '') : v);
  const overlaps = (a, b) => a.start < b.end && b.start < a.end;
  const s = { drafts: drafts.length, dated: 0, gold: 0, found: 0, right: 0, findings: 0, falseAlarms: 0 };
  const notes = [];
  for (const draft of drafts) {
    const gold = JSON.parse(readFileSync(draft.replace(/\.md$/, '.gold.json'), 'utf8'));
    const text = readFileSync(draft, 'utf8');
    const result = results.get(draft);
    const name = draft.slice(corpus.length + 1);
    if (result?.publicationDate) s.dated++;
    else notes.push(`${name}: no publication date`);
    const findings = (result?.findings ?? []).filter((f) => f.rule === 'relative-date');
    for (const t of gold.timex) {
      if (!['DATE', 'TIME'].includes(t.type) || YEAR_IN_TEXT.test(t.text) || !CALENDAR.test(t.value)) continue;
      s.gold++;
      const hits = findings.filter((f) => overlaps(f.offset, t));
      if (hits.length === 0) {
        notes.push(`${name}: missed "${t.text}" (${t.value}) …${text.slice(Math.max(0, t.start - 40), t.end + 30).replace(/\s+/g, ' ')}…`);
        continue;
      }
      s.found++;
      if (hits.some((h) => day(h.data?.resolved) === day(t.value))) s.right++;
      else notes.push(`${name}: "${t.text}" resolved to ${hits.map((h) => h.data?.resolved ?? null).join(' / ')}, gold ${t.value} (publication ${result.publicationDate})`);
    }
    for (const f of findings) {
      if (f.offset.start >= gold.annotated_until) continue;
      s.findings++;
      if (gold.timex.some((t) => overlaps(f.offset, t))) continue;
      s.falseAlarms++;
      notes.push(`${name}: false alarm "${f.text}" …${text.slice(Math.max(0, f.offset.start - 40), f.offset.end + 30).replace(/\s+/g, ' ')}…`);
    }
  }
  const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
  console.log('== MEANTIME time expressions (no year in the text, calendar value)');
  console.log(`gold ${s.gold}  recall ${pct(s.found, s.gold)} (${s.found})  value right ${pct(s.right, s.found)} (${s.right}/${s.found})  false alarms ${pct(s.falseAlarms, s.findings)} (${s.falseAlarms}/${s.findings})`);
  console.log(`publication dates: ${s.dated}/${s.drafts} drafts`);
  if (misses) for (const n of notes) console.log(n);
  return s;
}
