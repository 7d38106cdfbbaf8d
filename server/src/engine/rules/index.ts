import { inconsistentFigure } from './inconsistentFigure';
import type { Rule } from './rule';
import { relativeDate } from './relativeDate';
import { unattributedFigure } from './unattributedFigure';
import { undatedClaim } from './undatedClaim';

/** Every rule, in the order their findings are reported at the same place. */
export const RULES: readonly Rule[] = [relativeDate, unattributedFigure, undatedClaim, inconsistentFigure];
