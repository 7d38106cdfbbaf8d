import type { Age } from './consistency/ages';
import type { Block } from './document/block';
import type { FrontMatter } from './document/frontMatter';
import type { IgnoreProblem } from './ignore/problems';
import type { PublicationDate } from './document/publicationDate';
import type { Attribution } from './language/attributions';
import type { Figure } from './language/figures';
import type { SentenceInfo } from './language/sentences';
import type { SizeLimit } from './sizeLimit';
import type { TimeExpression } from './time/timeExpression';
import type { DraftFormat, Finding } from './types';

/**
 * Everything the engine knows about a draft. The rules read it; the server's hovers, fixes and
 * report read it too, so none of them re-derive what the engine found.
 */
export interface Analysis {
  text: string;
  format: DraftFormat;
  frontMatter: FrontMatter | null;
  publicationDate: PublicationDate | null;
  blocks: Block[];
  sentences: SentenceInfo[];
  figures: Figure[];
  times: TimeExpression[];
  attributions: Attribution[];
  /** People's ages as the draft states them ("Reyes, 44,"), in order. */
  ages: Age[];
  /** Every rule's findings, in document order. */
  findings: Finding[];
  /**
   * Ignore comments that name no rule, over the whole draft: past the size limit too, where a
   * typo in one is still worth reporting.
   */
  ignoreProblems: IgnoreProblem[];
  /** Set when the draft is longer than the size limit: only its start was analysed. */
  sizeLimit?: SizeLimit;
}
