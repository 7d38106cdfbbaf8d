import { escapeMarkdown } from '../notes/markdownText';
import type { ReportDate, SourcingReport } from './model';

/** The report as Markdown: for a terminal, a pull request comment, or an editor's preview. */
export function reportMarkdown(report: SourcingReport): string {
  const out: string[] = [`# Sourcing report: ${escapeMarkdown(report.name)}`, ''];
  out.push(`Publication date: ${report.publicationDate ?? 'none found'}`, '', `**${report.summary}**`, '');
  for (const w of report.warnings) out.push(`> **Warning:** ${escapeMarkdown(w)}`, '');

  out.push('## Claims', '');
  if (report.claims.length) {
    out.push('| Line | Claim | Status | Source |', '| ---: | --- | --- | --- |');
    for (const c of report.claims) out.push(`| ${c.line} | ${escapeMarkdown(c.text)} | ${c.status.join(', ')} | ${c.source ? escapeMarkdown(c.source) : '—'} |`);
  } else out.push('No figures.');
  out.push('');

  out.push('## Sources', '');
  if (report.sources.length) {
    for (const s of report.sources) {
      const claims = s.claims.map((i) => report.claims[i]!).map((c) => `${escapeMarkdown(c.text)} (line ${c.line})`);
      out.push(`- **${escapeMarkdown(s.name)}**: ${claims.length} ${claims.length === 1 ? 'claim' : 'claims'}: ${claims.join('; ')}`);
    }
  } else out.push('No sources named.');
  out.push('');

  out.push('## Relative dates', '');
  if (report.dates.length) {
    out.push('| Line | Expression | Resolved |', '| ---: | --- | --- |');
    for (const d of report.dates) out.push(`| ${d.line} | ${escapeMarkdown(d.text)} | ${resolution(d, report.publicationDate)} |`);
  } else out.push('No relative dates.');
  return `${out.join('\n')}\n`;
}

/** "7 April 2016 (2016-04-07)", or what is missing. */
export function resolution(d: ReportDate, publicationDate: string | null): string {
  if (d.resolved) return d.readable ? `${d.readable} (${d.resolved})` : d.resolved;
  return publicationDate ? 'vague: needs a date' : 'unresolved: no publication date';
}
