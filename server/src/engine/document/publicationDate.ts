import * as chrono from 'chrono-node';
import { remembered } from '../collections';
import type { Span } from '../types';
import type { Draft } from './draft';

/** A calendar date without time or zone: the publication date needs no more. */
export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

export interface PublicationDate {
  date: CalendarDate;
  /** Where it was found; `span` is the dateline or front matter value, absent for a setting. */
  source: 'front-matter' | 'dateline' | 'setting';
  span?: Span;
}

/** How many blocks from the top a dateline may sit in (after headline, standfirst, caption). */
const DATELINE_SEARCH_BLOCKS = 8;
/**
 * "Last update: Thursday 7 April 2016", "Updated 3 March 2024", "Posted on January 14, 2024",
 * "Date: 14 January 2024": a label the date follows ("Date" only with its colon: as a word it
 * may open a sentence). An update's date stands for the publication's, as "Last update" does.
 */
export const LABELLED = /^(?:(?:last\s+update[ds]?|updated|published|posted|first\s+published)(?:\s+on)?\b\s*:?|date\s*:)\s*/i;
// "GENEVA, 4 June 2024 —", "BRANDT FALLS, Oct. 3, 2023 (Valley Wire) —", "WASHINGTON (AP) — Feb. 3,
// 2025 —": a place in capitals, perhaps an agency in brackets, a comma or a dash, then the date.
/**
 * A wire dateline's place: "GENEVA, ", "WASHINGTON (AP) — ", and with its state or country as
 * AP writes them, "SPRINGFIELD, Ill., ", "CARDIFF, Wales (AP) — " (a comma or an agency must
 * follow, so "LONDON, May 10" is no place "May").
 */
export const PLACE = /^[A-Z][A-Z.'’ -]*[A-Z.](?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?(?=,|\s*\())?(?:\s*\([^()]{1,40}\))?(?:,|\s+[—–-])\s+/;
/** A byline the date follows: "By Jane Smith, ", "By Jane Smith | ", "By Ana de la Cruz — ". */
const BYLINE = /^By\s+[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,4}?\s*(?:[,|•·]|\s[—–-])\s*/;
/** "by Jane Doe on " after a label: the author a blog's "Posted by Jane Doe on 7 April 2016" names first. */
const AUTHOR_BEFORE_DATE = /^by\s+[^\s.!?]+(?:\s+[^\s.!?]+){0,4}?\s+on\s+/i;
const ISO = /^(\d{4})-(\d{2})-(\d{2})/;
// A clock time before the date of a labelled dateline: "17:53 UTC,", "5 PM GMT". Each run of
// spaces has one place to go, so a run of spaces cannot be split two ways (no backtracking).
const CLOCK_BEFORE_DATE = /^[\d:.]+(?:\s*[AP]M)?(?:\s*[A-Z]{1,4})?\s*(?:,\s*)?$/i;

/**
 * Finds the publication date: front matter `date:` first (an `updated:` key is not the
 * publication date), then a dateline near the top, then the fallback from the user's setting
 * or `--date`. A date without a year is not a publication date.
 */
export function findPublicationDate(draft: Draft, fallback?: string): PublicationDate | null {
  return fromFrontMatter(draft) ?? fromDateline(draft) ?? fromSetting(fallback);
}

export function formatIsoDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Parses `YYYY-MM-DD` into a date that exists, or null. */
export function parseIsoDate(value: string): CalendarDate | null {
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return check.getUTCMonth() === date.month - 1 && check.getUTCDate() === date.day ? date : null;
}

/** Front matter keys for the publication date, first found wins: Jekyll's and most CMSs', Hugo's, Astro's and RSS's. Never `updated`. */
const DATE_KEYS = ['date', 'publishDate', 'published', 'pubDate', 'publication_date', 'published_at'];

function fromFrontMatter(draft: Draft): PublicationDate | null {
  const fm = draft.frontMatter;
  if (!fm?.data) return null;
  for (const key of DATE_KEYS) {
    const raw = fm.data[key];
    if (raw === undefined || raw === null) continue;
    // "published: true" (Jekyll's flag) is no date: the next key may hold one.
    const text = raw instanceof Date ? raw.toISOString() : String(raw);
    const date = parseIsoDate(text) ?? yearfulDate(text);
    if (!date) continue;
    const line = new RegExp(`^${key}[ \\t]*:.*$`, 'm').exec(draft.text.slice(0, fm.span.end));
    const span = line ? { start: line.index, end: line.index + line[0].length } : fm.span;
    return { date, source: 'front-matter', span };
  }
  return null;
}

function fromDateline(draft: Draft): PublicationDate | null {
  const blocks = draft.blocks.slice(0, DATELINE_SEARCH_BLOCKS);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.role === 'headline') continue;
    // Markdown's marks are blanked in a block's text: "**LONDON, 10 May 2024** —" starts with spaces.
    const indent = block.text.length - block.text.trimStart().length;
    let text = block.text.slice(indent);
    let offset = block.start + indent;
    const label = LABELLED.exec(text);
    if (label) {
      // "Last update:" may stand alone with the date on the next line; "Posted by Jane Doe on"
      // names the author before the date.
      const author = AUTHOR_BEFORE_DATE.exec(text.slice(label[0].length));
      const rest = text.slice(label[0].length + (author?.[0].length ?? 0));
      if (/\S/.test(rest)) {
        text = rest;
        offset += label[0].length + (author?.[0].length ?? 0);
      } else if (blocks[i + 1]) {
        const next = blocks[i + 1]!;
        const nextIndent = next.text.length - next.text.trimStart().length;
        text = next.text.slice(nextIndent);
        offset = next.start + nextIndent;
      }
    } else {
      const place = PLACE.exec(text) ?? BYLINE.exec(text);
      if (place) {
        text = text.slice(place[0].length);
        offset += place[0].length;
      }
    }
    const found = leadingDate(text, label !== null);
    if (found) return { date: found.date, source: 'dateline', span: { start: offset + found.start, end: offset + found.end } };
  }
  return null;
}

/**
 * A date with a year at the start of a dateline: "Thursday 7 April 2016 17:53 UTC",
 * "Oct. 3, 2023 (Valley Wire) —", "March 01, 2008". After a label, a clock time may come first.
 */
function leadingDate(text: string, labelled: boolean): LeadingDate | null {
  const head = text.slice(0, 120);
  // The dateline is read on every keystroke and rarely changes; chrono is most of a short
  // draft's analysis. Results are remembered by the words read, a few at a time.
  return remembered(datelines, `${labelled ? 'L' : 'P'}${head}`, 32, () => readLeadingDate(head, labelled));
}

type LeadingDate = { date: CalendarDate; start: number; end: number };
const datelines = new Map<string, LeadingDate | null>();

function readLeadingDate(head: string, labelled: boolean): LeadingDate | null {
  // Most paragraphs write no year near their start: chrono is not asked about them at all.
  if (!writesYear(head)) return null;
  const found = firstDatedDay(head);
  if (!found) return null;
  const before = head.slice(0, found.index);
  if (!(before.trim() === '' || (labelled && CLOCK_BEFORE_DATE.test(before)))) return null;
  // A dateline is a line of its own or ends in a dash, a parenthesised agency, or a comma; a
  // labelled one may end in its author ("Posted on 7 April 2016 by Jane Doe, Political Editor",
  // "by admin"), but not in a sentence ("Published on 7 April 2016 by mistake, the list was ...").
  const after = head.slice(found.index + found.text.length);
  if (!/^\s*(?:$|\(|[—–-]|,|UTC|GMT|[A-Z]{2,4}\b)/.test(after) && !(labelled && /^\s+by\s+[^.!?]{1,60}$/.test(after))) return null;
  return { date: found.date, start: found.index, end: found.index + found.text.length };
}

function yearfulDate(text: string): CalendarDate | null {
  return firstDatedDay(text)?.date ?? null;
}

/** The first date chrono reads in `text`, if it is a day with its year written out: where, and as written. */
function firstDatedDay(text: string): { date: CalendarDate; index: number; text: string } | null {
  const [result] = chrono.en.GB.parse(text, new Date(Date.UTC(2000, 0, 1)));
  if (!result || !writesYear(result.text) || !result.start.isCertain('year') || !result.start.isCertain('day')) return null;
  return { date: { year: result.start.get('year')!, month: result.start.get('month')!, day: result.start.get('day')! }, index: result.index, text: result.text };
}

/**
 * Whether a date as written names its year. chrono counts "Today" and "Yesterday" as certain
 * of their year (its reference date's), which would date a story "Today, officials said..."
 * 1 January 2000.
 */
export function writesYear(written: string): boolean {
  return /(?<!\d)(?:1[89]|2\d)\d\d(?!\d)/.test(written);
}

function fromSetting(value: string | undefined): PublicationDate | null {
  const date = value ? parseIsoDate(value) : null;
  return date ? { date, source: 'setting' } : null;
}
