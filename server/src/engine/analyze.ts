import type { Analysis } from './analysis';
import { analyzeBlock } from './blockAnalysis';
import type { DraftCache } from './draftCache';
import { parseDraft } from './document/draft';
import { findPublicationDate } from './document/publicationDate';
import { findIgnoreDirectives, withoutDirectiveLines } from './ignore/directives';
import { suppressIgnored } from './ignore/suppress';
import { findAttributions } from './language/attributions';
import type { Figure } from './language/figures';
import type { SentenceInfo } from './language/sentences';
import { RULES } from './rules';
import type { EngineSettings } from './settings';
import { findTimeExpressions } from './time/timeExpression';
import type { DraftFormat, Finding } from './types';

/**
 * Analyses a draft: the one entry point the server, the CLI and the tests share. `cache`, held
 * per document by whoever analyses it again after edits, makes that cheap; results are the same.
 */
export function analyze(text: string, format: DraftFormat, settings: EngineSettings = {}, cache?: DraftCache): Analysis {
  const ignore = findIgnoreDirectives(text, format);
  const draft = parseDraft(withoutDirectiveLines(text, format, ignore), format, cache?.markdown);
  const publicationDate = findPublicationDate(draft, settings.publicationDate);
  const sentences: SentenceInfo[] = [];
  const figures: Figure[] = [];
  cache?.blocks.nextAnalysis();
  draft.blocks.forEach((block, b) => {
    const found = cache ? cache.blocks.analyze(block, b, sentences.length) : analyzeBlock(block, b, sentences.length);
    sentences.push(...found.sentences);
    figures.push(...found.figures);
  });
  const times = findTimeExpressions(sentences, draft.blocks, publicationDate?.date ?? null);
  const attributions = findAttributions(sentences, draft.blocks, text);
  const analysis: Analysis = { text, format, frontMatter: draft.frontMatter, publicationDate, blocks: draft.blocks, sentences, figures, times, attributions, findings: [] };
  analysis.findings = suppressIgnored(runRules(analysis, settings), ignore, text);
  return analysis;
}

function runRules(analysis: Analysis, settings: EngineSettings): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = settings.rules?.[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    for (const f of rule.check(analysis)) findings.push({ rule: rule.id, severity: setting, ...f });
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
