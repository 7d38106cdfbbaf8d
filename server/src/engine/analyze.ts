import type { Analysis } from './analysis';
import type { Age } from './consistency/ages';
import { analyzeBlock } from './blockAnalysis';
import type { DraftCache } from './draftCache';
import { parseDraft } from './document/draft';
import { findPublicationDate } from './document/publicationDate';
import { houseAttributions } from './houseRules/attributions';
import { withoutHouseNotFigures } from './houseRules/notFigures';
import { findIgnoreDirectives, withoutDirectiveLines } from './ignore/directives';
import { ignoreCommentProblems } from './ignore/problems';
import { suppressIgnored } from './ignore/suppress';
import { findAttributions } from './language/attributions';
import type { Cue } from './language/attributions/cue';
import type { QuoteState } from './language/attributions/quotes';
import type { Figure } from './language/figures';
import type { SentenceInfo } from './language/sentences';
import { RULES } from './rules';
import { maxFileSize, type EngineSettings } from './settings';
import { sizeLimitOf } from './sizeLimit';
import type { Candidate } from './time/detect';
import { findTimeExpressions } from './time/timeExpression';
import type { DraftFormat, Finding } from './types';

/**
 * Analyses a draft: the one entry point the server, the CLI and the tests share. `cache`, held
 * per document by whoever analyses it again after edits, makes that cheap; results are the same.
 */
export function analyze(text: string, format: DraftFormat, settings: EngineSettings = {}, cache?: DraftCache): Analysis {
  const sizeLimit = sizeLimitOf(text, maxFileSize(settings));
  // Past the size limit only the start is read; offsets stay those of the whole draft.
  const analysed = sizeLimit ? text.slice(0, sizeLimit.analysedLength) : text;
  const ignore = findIgnoreDirectives(analysed, format);
  const draft = parseDraft(withoutDirectiveLines(analysed, format, ignore), format, cache);
  const publicationDate = findPublicationDate(draft, settings.publicationDate);
  const sentences: SentenceInfo[] = [];
  const byBlock: SentenceInfo[][] = [];
  const blockFigures: Figure[] = [];
  const cues: Cue[][] = [];
  const quotes: QuoteState[] = [];
  const ages: Age[] = [];
  const mayAttribute: boolean[] = [];
  const candidates: Candidate[][] = [];
  const timed: boolean[] = [];
  cache?.nextAnalysis();
  // Plain loops: a long draft has 5,000 blocks, and spreading each block's five lists into
  // `push` made an arguments list for each on every keystroke.
  for (let b = 0; b < draft.blocks.length; b++) {
    const block = draft.blocks[b]!;
    const found = cache ? cache.blocks.analyze(block, b, sentences.length) : analyzeBlock(block, b, sentences.length);
    append(sentences, found.sentences);
    byBlock.push(found.sentences);
    append(blockFigures, found.figures);
    append(cues, found.cues);
    append(quotes, found.quotes);
    append(ages, found.ages);
    mayAttribute.push(found.mayAttribute);
    append(candidates, found.times);
    timed.push(found.timed);
  }
  cache?.blocks.done();
  // House rules ("not figures" a newsroom sets) depend on settings, so they filter after the cache.
  const figures = withoutHouseNotFigures(blockFigures, draft.blocks, settings.notFigures);
  const times = findTimeExpressions(byBlock, draft.blocks, candidates, timed, publicationDate?.date ?? null, cache?.resolvedTimes);
  const own = findAttributions(byBlock, draft.blocks, analysed, cues, quotes, mayAttribute);
  const house = houseAttributions(sentences, draft.blocks, analysed, settings);
  // Both in sentence order; sorted together only when the house rules add some.
  const attributions = house.length === 0 ? own : [...own, ...house].sort((a, b) => a.sentence - b.sentence || a.cue.start - b.cue.start);
  // Typos in ignore comments are reported over the whole draft, past the size limit too.
  const ignoreProblems = ignoreCommentProblems(text, sizeLimit ? findIgnoreDirectives(text, format) : ignore);
  const analysis: Analysis = { text, format, frontMatter: draft.frontMatter, publicationDate, blocks: draft.blocks, sentences, figures, times, attributions, ages, findings: [], ignoreProblems, ...(sizeLimit ? { sizeLimit } : {}) };
  analysis.findings = suppressIgnored(runRules(analysis, settings, cache), ignore, analysed);
  return analysis;
}

function append<T>(to: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) to.push(items[i]!);
}

function runRules(analysis: Analysis, settings: EngineSettings, cache: DraftCache | undefined): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const configured = settings.rules?.[rule.id];
    if (configured === 'off') continue;
    for (const f of rule.check(analysis, cache)) {
      const severity = configured ?? f.severity ?? rule.defaultSeverity;
      // The rules' memos give the same finding while it stands: so is the reported one (its
      // span is the rule finding's, moved in place with it).
      const kept = cache?.reported.get(f);
      if (kept?.severity === severity) {
        findings.push(kept);
        continue;
      }
      // Written out, not spread: a long draft has thousands of findings on every keystroke.
      const finding: Finding = { rule: rule.id, severity, message: f.message, span: f.span, data: f.data };
      if (f.related) finding.related = f.related;
      cache?.reported.set(f, finding);
      findings.push(finding);
    }
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
