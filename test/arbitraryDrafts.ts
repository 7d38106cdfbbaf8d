import * as fc from 'fast-check';

/**
 * Generators of hostile and draft-like text for the property and stress tests. Random Unicode
 * alone rarely reaches the rules, so most drafts are built from news phrases (figures, dates,
 * attributions) glued with Markdown syntax, line ends of every kind and awkward characters.
 */

/** One UTF-16 code unit, lone surrogates and NUL included. */
export const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** A lone high or low surrogate: text no encoder would produce, which editors still hold. */
export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

const PHRASES = [
  'More than 270,000 people have been killed',
  'at least 18 villages',
  'on Thursday',
  'next week',
  'last year',
  'in March',
  'February 27',
  'yesterday',
  'in recent months',
  'since Monday',
  '7 April 2016',
  'March 2011',
  '$1.13bn',
  '£600m',
  '3 percent',
  '177 out of every 100,000',
  'thousands',
  'dozens of',
  'nine activists',
  'Abdel Rahman said',
  'according to the ministry',
  'told AFP',
  'officials estimate',
  'He added that',
  '"We have lost 300 homes," the mayor said.',
  'more than 300 employees',
  'at least 250 workers',
  'Dow falls 340 points',
  'fell 344.65',
  '20 soldiers and 35 fighters',
  '55 killed',
  'rose 40% from 1,200 to 1,680',
  'as of 1 May 2024',
  'has risen to 1.2 million',
  'Boeing 737',
  'COVID-19',
  'Friday 7 April 2016',
  '1.2 million',
  '12 million',
  'so far',
  'to date',
];

const GLUE = [' ', ' ', ' ', '. ', ', ', '.\n', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', ' — ', '; ', '\t', '\u00a0', '\u2028'];
const MARKUP = ['# ', '## ', '- ', '* ', '1. ', '> ', '>> ', '**', '*', '_', '`', '```\n', '~~~', '[', '](https://x.example/2024-04)', '[^1]', '\n[^1]: Ministry, 2024.\n', '<!-- ', ' -->', '<b>', '</b>', '| a | 3 |\n| --- | --- |\n| b | 4 |\n', '---\n', '---\ndate: 2016-04-07\n---\n', '\\', '&amp;', '<https://x.example>', '![img](a.png)'];
const ODD = ['\uFEFF', '\0', '😀', '👩‍👩‍👧', '🇸🇾', 'e\u0301', '\u200b', '\u202e', 'مرحبا', '中文 3 个', 'Ελλάδα', 'нет', '١٢٣', '\ud800', '\udfff', '\x7f', '\x1b[31m'];

/** A piece of a draft: mostly news phrases, with syntax, line ends and odd characters between. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 4, arbitrary: fc.constantFrom(...GLUE) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

/** A draft-like text of up to `maxPieces` pieces. */
export const draftLike = (maxPieces = 60): fc.Arbitrary<string> => fc.array(piece, { maxLength: maxPieces }).map((p) => p.join(''));

/** Any text at all: code units, full Unicode, or draft-like, with an optional front matter or BOM. */
export const anyText = (maxPieces = 60): fc.Arbitrary<string> =>
  fc.tuple(
    fc.constantFrom('', '', '\uFEFF', '---\ndate: 2016-04-07\n---\n', '\uFEFF---\r\ndate: 2016-04-07\r\n---\r\n', 'Last update: Thursday 7 April 2016 17:53 UTC\n\n'),
    fc.oneof(
      { weight: 4, arbitrary: draftLike(maxPieces) },
      { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 200 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    ),
  ).map(([head, body]) => head + body);

/**
 * Runs that make naive patterns backtrack: digits, digit groups, commas, spaces, quotes, dots,
 * dashes, Markdown markers, with a rejecting character at the end. Generated as
 * `[unit, repeats, tail]` so that a failure prints in one line; `runText` builds the text.
 */
export const backtrackingRun = (minRepeats: number, maxRepeats: number): fc.Arbitrary<[string, number, string]> =>
  fc.tuple(
    fc.constantFrom('1', '1,', ',', ' ', '"', "'", '“', '.', '-', '$1', '1 ', '1.', '\t', '\n', '\r\n', '> ', '- ', '- a\n  - ', '*', '**a ', '[', '![a ', '(', '#', 'a ', 'on ', '0 ', 'said ', '270,000 '),
    fc.integer({ min: minRepeats, max: maxRepeats }),
    fc.constantFrom('', 'x', '!', '\n', '%', ' people'),
  );

export const runText = ([unit, repeats, tail]: [string, number, string]): string => unit.repeat(repeats) + tail;
