import { countValue, MONTH_ANY, MONTH_FULL, monthIndex, ORDINAL_QUARTER, PART_CODE, PART_OF_DAY, PREP, SEASON, SEASON_CODE, WEEKDAY, WEEKDAY_INDEX, word } from './lexicon';
import type { Meaning, Shift } from './meaning';

/**
 * Finds time expressions in one sentence of prose with a small grammar of fixed words.
 *
 * Why not chrono-node here: chrono resolves a year-less date forward or backward without
 * looking at tense, reads "February 27" as February 2027, and takes measured durations ("after
 * two days", "in five months") for dates. What counts as relative, and what it resolves to, is
 * this product's own judgement, so the grammar is written here; chrono still reads datelines.
 */
export interface Candidate {
  /** Offsets in the sentence string. */
  start: number;
  end: number;
  meaning: Meaning;
  /** The preposition selected with it, lower case ("since", "on", "until"). */
  prep?: string;
}

type Groups = Record<string, string | undefined>;
interface Pattern {
  /** A cheap test a sentence must pass before `re` runs: most sentences hold no date at all. */
  trigger: RegExp;
  re: RegExp;
  /** `after` and `before` are the sentence's text on either side of the match. */
  build(g: Groups, after: string, before: string): Meaning | null;
}

const SHIFT: Record<string, Shift> = { last: -1, past: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1 };
const shiftOf = (w: string | undefined): Shift | undefined => (w === undefined ? undefined : SHIFT[w.toLowerCase()]);
const lower = (w: string | undefined) => w?.toLowerCase();
const YEAR = '(?<year>\\d{4})(?!\\d)';
const COUNT = `(?:${word('a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve')}|\\d{1,3})`;
/** What follows "the same day" when it names an event's day instead ("the same day as the vote"). */
const EVENT_FOLLOWS = '(?!\\s+(?:of|that|when|as|to)\\b)';
/** "the day before" ends its phrase; "the day before the vote" is relative to an event. */
const ENDS_PHRASE = '(?=\\s*[,.;:!?)”"\'—–]|\\s*$|\\s+(?:and|but|or|when|while|as|than|in|at|on|with)\\b)';

/** A capitalised word right before, not at the start of the sentence: "Arab Spring", "Ms June Carter". */
const inName = (before: string) => /\S\s+[A-Z][a-z]+\s+$/.test(before) && !/\b(?:On|In|By|Since|Until|From|Last|Next|This)\s+$/.test(before);
/** "his wife, June,", "their daughter April": a bare month after a relative is her name. */
const AFTER_RELATIVE = /\b(?:wife|husband|widow|widower|partner|fianc[eé]e?|daughter|son|granddaughter|grandson|sister|brother|mother|father|aunt|niece|cousin),?\s+$/i;
const CLAUSE_START = /(?:^|[,;:“"]|\b(?:and|but|or|when|as|until|before|after|while))\s*$/;
/** Days named for an event, not a date of this week: "Black Monday", "Good Friday". */
const NAMED_DAY = /\b(?:Black|Blue|Cyber|Giving|Good|Holy|Easter|Ash|Palm|Maundy|Shrove|Whit|Super|Bloody|Manic)\s+$/;
/**
 * A bare weekday, or a capitalised season, before a capitalised word is the first word of a
 * name ("the Sunday Times", "the Monday Club", "Sunday Telegraph reporters", "the Spring
 * Statement", "the Winter Olympics"), unless that word is a month's or one a title-case
 * headline capitalises ("Talks Resume Monday In Geneva").
 */
const NAME_AFTER_DAY = new RegExp(`^\\s+(?!(?:${MONTH_FULL}|In|On|At|By|For|From|To|And|Or|As|After|Before|With|Morning|Afternoon|Evening|Night)\\b)[A-Z][a-z]`);
/**
 * "USA Today", "the Today programme", "NBC's Today show": a capitalised "Today" (or "Tonight",
 * "Tomorrow", "Yesterday") after "the", a possessive or an acronym names a paper or a programme.
 * Not after another capitalised word: a title-case headline dates ("Talks Resume Today").
 */
const DAY_WORD_NAME = /(?:\b[Tt]he|['’]s|\b[A-Z]{2,})\s+$/;
/** "every Monday", "each December": a day or month that recurs, not one to date. */
const EVERY = /\b(?:every|each|any)\s+$/i;
/**
 * "born on a Sunday", "meets every Monday": any such day, not one the reader must date. After
 * "a" the day must end its phrase: "in a Wednesday media event" is one Wednesday.
 */
const anyDay = (before: string, after: string) =>
  EVERY.test(before) || (/\b(?:a|an)\s+$/i.test(before) && /^(?:\s*(?:[,.;:!?)]|$)|\s+(?:and|or|but|in|at|of|when|with|to|for|morning|afternoon|evening|night)\b)/i.test(after));
/**
 * "the first Monday of the month", "the last Sunday in March": a weekday ranked in a month or a
 * run of days, not one of this week (the deictic "last Sunday" takes no "the").
 */
const RANKED = /\bthe\s+(?:first|second|third|fourth|fifth|final)\s+$/i;
const GOLF = /\b(?:hole|birdie|bogey|eagle|putt|tee|fairway)/i;
const partOf = (w: string | undefined) => (w ? PART_CODE[w.toLowerCase()] : undefined);

const PATTERNS: Pattern[] = [
  // "Thursday 7 April 2016", "on 3 January", "February 27", "Oct. 20", "Monday, June 1st".
  {
    trigger: new RegExp(MONTH_ANY),
    re: new RegExp(`\\b(?<prep>${PREP})?(?:(?<wd>${WEEKDAY}),?\\s+)?(?:(?:the\\s+)?(?<![\\d,.])(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m1>${MONTH_ANY})|(?<m2>${MONTH_ANY})\\s+(?:the\\s+)?(?<d2>\\d{1,2})(?:st|nd|rd|th)?(?![\\d:]|\\.\\d))(?:,?\\s+${YEAR})?`, 'g'),
    build: (g, after) => {
      const month = monthIndex((g['m1'] ?? g['m2'])!);
      const day = Number(g['d1'] ?? g['d2']);
      if (day < 1 || day > 31) return null;
      // "the September 11 attacks": the name of an event, as "9/11" is.
      if (month === 9 && day === 11 && !g['year'] && /^\s+(?:terror(?:ist)?\s+)?attacks?\b/i.test(after)) return null;
      const weekday = g['wd'] ? WEEKDAY_INDEX[g['wd'].toLowerCase()] : undefined;
      if (!g['year']) return { type: 'dayMonth', month, day, ...opt('weekday', weekday) };
      const date = { year: Number(g['year']), month, day };
      return { type: 'absolute', value: `${g['year']}-${two(month)}-${two(day)}`, date, ...opt('weekday', weekday) };
    },
  },
  // "on the 14th", "until the 3rd": a day of a month left unsaid. Not "on the 14th floor", nor a
  // golf hole ("a bogey on the 18th").
  {
    trigger: /\d(?:st|nd|rd|th)\b/,
    re: new RegExp(`\\b(?<prep>${word('on', 'by', 'until', 'till', 'since', 'from', 'before', 'after')}\\s+)the\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)\\b${ENDS_PHRASE}`, 'g'),
    build: (g, after, before) => {
      const day = Number(g['d']);
      return day >= 1 && day <= 31 && !GOLF.test(before + after) ? { type: 'dayOfMonth', day } : null;
    },
  },
  // "on Thursday", "last Monday", "next Tuesday", "Friday morning", "Sunday night".
  {
    trigger: new RegExp(WEEKDAY),
    re: new RegExp(`\\b(?<prep>${PREP})?(?:(?<shift>${word('last', 'next', 'this', 'coming', 'past')})\\s+)?(?<wd>${WEEKDAY})(?![A-Za-z])(?:\\s+(?<part>${PART_OF_DAY})\\b)?`, 'g'),
    build: (g, after, before) =>
      (!g['prep'] && !g['shift'] && (NAMED_DAY.test(before) || anyDay(before, after) || RANKED.test(before) || (!g['part'] && NAME_AFTER_DAY.test(after)))) || (lower(g['shift']) === 'last' && /\bthe\s+$/i.test(before))
        ? null
        : { type: 'weekday', weekday: WEEKDAY_INDEX[g['wd']!.toLowerCase()]!, ...opt('shift', shiftOf(g['shift'])), ...opt('part', partOf(g['part'])) },
  },
  // "in March", "since August", "last August", "early June", "October last year", "March 2011".
  {
    trigger: new RegExp(MONTH_FULL),
    re: new RegExp(`\\b(?<prep>${PREP})?(?:(?<shift>${word('last', 'next', 'this')})\\s+)?(?:(?<mod>${word('early', 'mid', 'late')})[\\s-]+)?(?<m>${MONTH_FULL})(?![A-Za-z])(?:,?\\s+(?:of\\s+)?${YEAR}|\\s+(?:of\\s+)?(?<ys>last|this|next)\\s+year\\b|(?!\\s*\\d|\\s+(?:day|morning|night)\\s+(?:in|of)\\s+\\d{4}))`, 'g'),
    build: (g, after, before) => {
      const month = monthIndex(g['m']!);
      if (g['year']) return { type: 'absolute', value: `${g['year']}-${two(month)}` };
      // "May" is also a verb; a bare month beside a capitalised word is a name ("June Carter"),
      // and so is one after "the" joined to a name ("the March of Dimes", "the March for Our
      // Lives"; not "the year to March for Germany").
      const bare = !g['prep'] && !g['shift'] && !g['mod'];
      const joinedName = /\bthe\s+$/i.test(before) && /^\s+(?:of|on|for)\s+(?:the\s+)?[A-Z]/.test(after);
      if (bare && (g['m'] === 'May' || /^\s+[A-Z]/.test(after) || joinedName || inName(before) || AFTER_RELATIVE.test(before) || EVERY.test(before))) return null;
      return { type: 'month', month, ...opt('shift', shiftOf(g['shift'])), ...opt('years', shiftOf(g['ys'])) };
    },
  },
  // "yesterday", "today", "tomorrow morning", "tonight", "last night", "this morning".
  {
    trigger: /yesterday|today|tomorrow|tonight|morning|afternoon|evening|night/i,
    re: new RegExp(`\\b(?<prep>${PREP})?(?:(?:${word('earlier', 'later')})\\s+)?(?:(?<rel>${word('yesterday', 'today', 'tomorrow', 'tonight')})(?![A-Za-z])(?:\\s+(?<part>${PART_OF_DAY})\\b)?|(?<shift>${word('this', 'last')})\\s+(?<part2>${PART_OF_DAY})\\b)`, 'g'),
    build: (g, _after, before) => {
      const rel = lower(g['rel']);
      if (!g['prep'] && /^[A-Z][a-z]/.test(g['rel'] ?? '') && DAY_WORD_NAME.test(before)) return null;
      if (!rel) return { type: 'dayOffset', days: lower(g['shift']) === 'last' ? -1 : 0, part: partOf(g['part2'])! };
      const days = rel === 'yesterday' ? -1 : rel === 'tomorrow' ? 1 : 0;
      return { type: 'dayOffset', days, ...opt('part', rel === 'tonight' ? 'NI' : partOf(g['part'])) };
    },
  },
  // "next week", "last month", "this year", "earlier this week", "the end of last year", "last summer".
  {
    trigger: /\b(?:last|next|this|coming|past)\s/i,
    // No "in" or "on" straight before "next year": English says "next year", so an "in" there
    // ends a phrasal verb ("when the law kicks in next year") and is not the expression's.
    re: new RegExp(`\\b(?<prep>(?!${word('in', 'on')}\\s+${word('last', 'next', 'this', 'coming', 'past')}\\s)${PREP})?(?:(?:the\\s+)?(?:start|beginning|end|middle)\\s+of\\s+)?(?:${word('earlier', 'later')}\\s+)?(?<the>${word('the')}\\s+)?(?<shift>${word('last', 'next', 'this', 'coming', 'past')})\\s+(?<unit>week|weekend|month|year|${SEASON}|fall)(?![A-Za-z])(?!\\s+of\\b)`, 'g'),
    build: (g) => {
      const shift = shiftOf(g['shift'])!;
      const unit = g['unit']!;
      const said = lower(g['shift'])!;
      // "the past week", "the last month": a stretch of time up to now, no single date;
      // "the next year" is a stretch from now, a duration rather than a date.
      if (g['the'] && said !== 'coming') return said === 'next' ? null : { type: 'vague' };
      if (unit === 'fall' && said === 'past') return null;
      const season = SEASON_CODE[unit];
      if (season) return { type: 'season', season, shift };
      return { type: 'unit', unit: unit as 'week' | 'weekend' | 'month' | 'year', shift };
    },
  },
  // "over the weekend", "at the weekend"; "since the weekend" has no single date.
  {
    trigger: /weekend/,
    re: new RegExp(`\\b(?<prep>${PREP}|${word('at')}\\s+)?the\\s+weekend\\b`, 'g'),
    build: (g) => (lower(g['prep'])?.trim() === 'since' ? { type: 'vague' } : { type: 'unit', unit: 'weekend' }),
  },
  // "in the spring", "since the summer", "their Autumn meetings", "summer 2016".
  {
    trigger: /spring|summer|autumn|winter/i,
    re: new RegExp(`\\b(?:(?<prep>${PREP})(?:the\\s+)?)?(?<s>${SEASON}|Spring|Summer|Autumn|Winter)(?![A-Za-z])(?:\\s+(?:of\\s+)?${YEAR})?`, 'g'),
    build: (g, after, before) => {
      const s = g['s']!;
      if (g['year']) return { type: 'absolute', value: `${g['year']}-${SEASON_CODE[s.toLowerCase()]}` };
      if (s !== s.toLowerCase() && NAME_AFTER_DAY.test(after)) return null;
      // A bare lower-case season is too often something else ("a hot spring") unless it opens a
      // clause ("but spring shows signs"); a capitalised one mid-sentence is the season's name
      // ("their Autumn meetings"), unless a name goes before it ("the Arab Spring").
      if (!g['prep'] && (s === s.toLowerCase() ? !CLAUSE_START.test(before) : inName(before))) return null;
      return { type: 'season', season: SEASON_CODE[s.toLowerCase()]! };
    },
  },
  // "the first quarter", "third-quarter", "the last quarter", "Q2", "the fourth quarter of 2005".
  {
    trigger: /quarter|Q[1-4]/,
    re: new RegExp(`\\b(?:(?<prep>${PREP})?(?:${word('the')}\\s+)?(?:(?<ord>${word('first', 'second', 'third', 'fourth', 'final')}|1st|2nd|3rd|4th)|(?<shift>${word('last', 'next', 'this', 'current', 'previous')}))[\\s-]+quarter(?![A-Za-z])(?:\\s+of\\s+(?:(?<ys>this|last|next)\\s+year\\b|the\\s+year\\b|${YEAR})|\\s+(?<qy>\\d{4})(?![\\d,.]))?|Q(?<q>[1-4])(?:\\s+(?<qyear>\\d{4}))?\\b)`, 'g'),
    build: (g) => {
      const quarter = g['q'] ? Number(g['q']) : g['ord'] ? ORDINAL_QUARTER[g['ord'].toLowerCase()] : undefined;
      const year = g['year'] ?? g['qyear'] ?? g['qy'];
      if (year) return quarter ? { type: 'absolute', value: `${year}-Q${quarter}` } : null;
      return { type: 'quarter', ...opt('quarter', quarter), ...opt('shift', shiftOf(g['shift'])), ...opt('years', shiftOf(g['ys'])) };
    },
  },
  // "the first half of this year", "the second half of the year": halves only with a year, since
  // "the first half" is also a match's.
  {
    trigger: /half/,
    re: new RegExp(`\\b(?<prep>${PREP})?(?:the\\s+)?(?<h>first|second)\\s+half\\s+of\\s+(?:(?<ys>this|last|next)\\s+year\\b|the\\s+year\\b|${YEAR})`, 'g'),
    build: (g) => {
      const half = g['h'] === 'first' ? 1 : 2;
      if (g['year']) return { type: 'absolute', value: `${g['year']}-H${half}` };
      return { type: 'half', half, ...opt('years', shiftOf(g['ys'])) };
    },
  },
  // "four years ago", "a week ago"; "a few days ago" has no single date.
  {
    trigger: /\bago\b/,
    re: new RegExp(`\\b(?:(?<vague>${word('a few', 'several', 'a couple of', 'some')})|(?<n>${COUNT}))\\s+(?<unit>day|week|month|year|decade)s?\\s+ago\\b`, 'g'),
    build: (g) => {
      const unit = g['unit']!;
      if (g['vague'] || unit === 'decade') return { type: 'vague' };
      return { type: 'ago', unit: unit as 'day' | 'week' | 'month' | 'year', count: countValue(g['n']!) };
    },
  },
  // Relative to the date before it: "the day before", "the same day", "the previous year",
  // "three days later". "The day before the vote" is relative to an event instead: not a date.
  {
    trigger: /\b(?:day|year)s?\b|\b(?:week|month)s?\s/,
    re: new RegExp(`\\b(?<prep>${PREP})?(?:(?<d0>the\\s+same\\s+day|that\\s+(?:same\\s+)?day)|(?<dm>the\\s+previous\\s+day)|(?<dp>the\\s+(?:next|following)\\s+day)|(?<ym>the\\s+(?:previous|prior|preceding)\\s+year|the\\s+year\\s+previous)|(?<yp>the\\s+following\\s+year))\\b${EVENT_FOLLOWS}|\\b(?:(?<the>the)|(?<n>${COUNT}))\\s+(?<unit>day|week|month|year)s?\\s+(?<dir>before|after|earlier|later)${ENDS_PHRASE}`, 'g'),
    build: (g) => {
      if (g['d0'] || g['dm'] || g['dp']) return { type: 'anaphoric', unit: 'day', offset: g['dm'] ? -1 : g['d0'] ? 0 : 1 };
      if (g['ym'] || g['yp']) return { type: 'anaphoric', unit: 'year', offset: g['ym'] ? -1 : 1 };
      const count = g['the'] ? 1 : countValue(g['n']!);
      const sign = g['dir'] === 'before' || g['dir'] === 'earlier' ? -1 : 1;
      const unit = g['unit']!;
      if (unit === 'month') return null;
      return { type: 'anaphoric', unit: unit === 'year' ? 'year' : 'day', offset: sign * count * (unit === 'week' ? 7 : 1) };
    },
  },
  // "the same month a year ago", "the same period last year": the period just named, a year before;
  // "by that time", "on that date": the period just named.
  {
    trigger: /\bsame\b|\bthat\s+(?:time|date)/i,
    re: /\bthe\s+same\s+(?<unit>period|month|quarter|week|day|time)\s+(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|of\s+the\s+previous\s+year|the\s+previous\s+year)\b|\b(?<that>(?:[Bb]y|[Uu]ntil|[Oo]n)\s+that\s+(?:time|date))\b/g,
    build: (g) => ({ type: 'samePeriod', years: g['that'] ? 0 : 1, unit: g['unit'] === 'quarter' || g['unit'] === 'month' ? g['unit'] : 'period' }),
  },
  // Market reports: "ended the day at", "for the day", "later in the day", "in morning trading".
  {
    trigger: /\bday\b|trading/,
    re: /\b(?:(?:end(?:ed|s|ing)?|finish(?:ed|es|ing)?|clos(?:e|ed|es|ing)|start(?:ed|s|ing)?)\s+the\s+(?:trading\s+)?day\b(?!\s+(?:before|after|of)\b)|(?:[Ff]or|[Oo]n)\s+the\s+day\b(?!\s+(?:of|before|after|that|when)\b)|for\s+an?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:consecutive|straight|successive)\s+(?:trading\s+)?day\b|(?:early|late|earlier|later)\s+in\s+the\s+day\b|the\s+(?:start|end)\s+of\s+the\s+(?:trading\s+)?day\b|in\s+(?<part>morning|afternoon)\s+trading\b)/g,
    build: (g) => ({ type: 'anaphoric', unit: 'day', offset: 0, ...opt('part', partOf(g['part'])) }),
  },
  // "the start of the year", "by the end of the year": this year, as news copy uses them.
  {
    trigger: /of\s+the\s+year/,
    re: /\b(?:(?:[Aa]t|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom|[Bb]efore)\s+)?the\s+(?:start|beginning|end|middle)\s+of\s+the\s+year\b/g,
    build: () => ({ type: 'unit', unit: 'year', shift: 0 }),
  },
  // "earlier in the week", "later in the month": this week or month, as "earlier this week" is.
  {
    trigger: /\bin\s+the\s+(?:week|month|year)\b/,
    re: /\b(?:[Ee]arl(?:y|ier)|[Ll]ater?)\s+in\s+the\s+(?<unit>week|month|year)\b/g,
    build: (g) => ({ type: 'unit', unit: g['unit'] as 'week' | 'month' | 'year', shift: 0 }),
  },
  // A year after a preposition: "in 2011", "since 2004", "by the end of 2009". Absolute, and what
  // "two years later" counts from.
  {
    trigger: /\d{4}/,
    re: new RegExp(`\\b(?:${word('in', 'since', 'by', 'until', 'till', 'from', 'during', 'through', 'throughout', 'before', 'after', 'of', 'as of', 'early', 'late', 'mid')}[\\s-]+)(?<y>(?:1[89]|20)\\d\\d)(?![\\d,.]|[-–/]\\d|\\s*(?:%|percent))`, 'g'),
    build: (g) => ({ type: 'absolute', value: g['y']! }),
  },
  // Vague: relative, with no single date ("over the past five days" ends on the day of writing).
  {
    trigger: /recent|lately|past|last|coming|next/i,
    re: new RegExp(`\\b(?:${word('recently', 'lately')}|${word('in', 'over', 'during')}\\s+(?:recent\\s+(?:days|weeks|months|years|decades|times)|the\\s+(?:past|last)\\s+(?:(?:few|several|couple\\s+of|${COUNT})\\s+)?(?:days|weeks|months|years|decades)|the\\s+(?:coming|next\\s+few)\\s+(?:days|weeks|months|years)))\\b`, 'g'),
    build: () => ({ type: 'vague' }),
  },
  // Clock times: "at 16:08 UTC", "6:40 p.m.", "at noon". A bare "3:30" needs a preposition or a
  // zone; a zone (British Summer Time, Central and Eastern European...) is read so that a day
  // written after it joins it ("at 02:15 BST on Saturday").
  {
    trigger: /\d:\d|\d\s*[ap]\.?m\b|noon|midnight/i,
    re: /(?:\b(?<prep>at|by|from|until|till|before|after|around|about|as\s+of)\s+)?(?<![\d:.,])(?:(?<h>\d{1,2}):(?<min>[0-5]\d)(?!\d)(?:\s*(?<ampm>[ap]\.m\.|[AP]M\b|[ap]m\b))?|(?<h2>\d{1,2})\s*(?<ampm2>[ap]\.m\.|[ap]m\b|[AP]M\b)|\b(?<named>noon|midnight)\b)(?:\s*(?<zone>UTC\b|GMT\b|\(GMT\s*[+-]\s*\d{1,2}\)|[ECMP][SD]T\b|BST\b|C?EE?S?T\b|AE[SD]T\b))?/g,
    build: (g, after) => {
      const named = g['named'];
      if (named && !g['prep']) return null;
      if (g['h'] !== undefined && !g['prep'] && !g['ampm'] && !g['zone']) return null;
      // "at 7 a.m. on election day": the day is named, and it is not a calendar day.
      if (ON_NAMED_DAY.test(after)) return null;
      let hour = named ? (named === 'noon' ? 12 : 0) : Number(g['h'] ?? g['h2']);
      const ampm = (g['ampm'] ?? g['ampm2'])?.toLowerCase();
      if (ampm?.startsWith('p') && hour < 12) hour += 12;
      if (ampm?.startsWith('a') && hour === 12) hour = 0;
      if (hour > 24) return null;
      return { type: 'time', hour, minute: Number(g['min'] ?? 0) };
    },
  },
];

const ON_NAMED_DAY = new RegExp(`^\\s*on\\s+(?!${WEEKDAY}|\\d|${MONTH_ANY})`);
const two = (n: number) => String(n).padStart(2, '0');

function opt<K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [k in K]?: V };
}

/** Year-less times that "every year" or "each week" makes recur: "each year in March". */
const RECURRING = new Set<Meaning['type']>(['month', 'dayMonth', 'season', 'weekday', 'quarter', 'half']);
const EVERY_PERIOD = String.raw`(?:every|each)\s+(?:year|week|month|summer|winter|spring|autumn)|annually|yearly`;
const EVERY_BEFORE = new RegExp(`\\b(?:${EVERY_PERIOD}),?\\s+$`, 'i');
const EVERY_AFTER = new RegExp(`^,?\\s+(?:${EVERY_PERIOD})\\b`, 'i');

/**
 * "The fair is held each year in March", "on Mondays every week", "in May annually": any such
 * time, not one to date. A shifted one ("last March") or one after "since" is still one date.
 */
function recurs(meaning: Meaning, prep: string | undefined, before: string, after: string): boolean {
  if (!RECURRING.has(meaning.type) || ('shift' in meaning && meaning.shift !== undefined) || ('years' in meaning && meaning.years !== undefined)) return false;
  if (prep !== undefined && !/^(?:in|on|at|during)$/.test(prep)) return false;
  return EVERY_BEFORE.test(before) || EVERY_AFTER.test(after);
}

/** Every time expression in a sentence; where two overlap, the longer one. */
export function detectTimes(sentence: string): Candidate[] {
  const found: Candidate[] = [];
  for (const p of PATTERNS) {
    if (!p.trigger.test(sentence)) continue;
    for (const m of sentence.matchAll(p.re)) {
      const g = (m.groups ?? {}) as Groups;
      const end = m.index + m[0].length;
      // The words either side are all a pattern looks at; a bounded slice keeps long text linear.
      const after = sentence.slice(end, end + 80);
      const before = sentence.slice(Math.max(0, m.index - 80), m.index);
      const meaning = p.build(g, after, before);
      if (!meaning) continue;
      const prep = g['prep']?.trim().toLowerCase().replace(/\s+/g, ' ').replace(/ at least$/, '');
      if (recurs(meaning, prep, before, after)) continue;
      found.push({ start: m.index, end, meaning, ...opt('prep', prep) });
    }
  }
  // Longest first; a character taken by a longer expression is not taken again.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(sentence.length);
  const kept: Candidate[] = [];
  for (const c of found) {
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return mergeTimes(kept.sort((a, b) => a.start - b.start), sentence);
}

const DAY_TYPES = new Set(['weekday', 'dayOffset', 'dayMonth', 'dayOfMonth', 'absolute', 'anaphoric']);

/** A clock time written against a day ("12:00 UTC Monday", "Tuesday at 18:00") is one expression. */
function mergeTimes(list: Candidate[], sentence: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of list) {
    const prev = out[out.length - 1];
    if (prev && /^\s*(?:,\s*)?(?:(?:on|at)\s+)?$/.test(sentence.slice(prev.end, c.start))) {
      const [time, day] = prev.meaning.type === 'time' ? [prev.meaning, c.meaning] : [c.meaning, prev.meaning];
      if (time.type === 'time' && DAY_TYPES.has(day.type)) {
        out[out.length - 1] = { ...prev, end: c.end, meaning: day.type === 'absolute' ? day : { ...time, day } };
        continue;
      }
    }
    out.push(c);
  }
  return out;
}
