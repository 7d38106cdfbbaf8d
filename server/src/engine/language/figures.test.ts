import * as assert from 'node:assert/strict';
import { analyze } from '../analyze';
import type { Figure } from './figures';

const figuresIn = (text: string, format: 'plaintext' | 'markdown' = 'plaintext'): Figure[] => analyze(text, format).figures;
/** Each figure as [text, start, end]: exact ranges, compact to read. */
const spans = (text: string, format: 'plaintext' | 'markdown' = 'plaintext') => figuresIn(text, format).map((f) => [f.text, f.start, f.end]);
const only = (text: string): Figure => {
  const found = figuresIn(text);
  assert.equal(found.length, 1, `one figure in ${JSON.stringify(text)}, found ${JSON.stringify(found.map((f) => f.text))}`);
  return found[0]!;
};

describe('findFigures: what is a figure', () => {
  it('reads a count with what it counts', () => {
    const f = only('Rebels seized 18 villages.');
    assert.deepEqual([f.text, f.start, f.end, f.value, f.low, f.high, f.counts, f.vague], ['18', 14, 16, 18, 18, 18, 'village', false]);
  });

  it('reads money with a currency symbol and an attached scale', () => {
    const f = only('The deal is worth $1.13bn.');
    assert.deepEqual([f.text, f.start, f.end, f.value, f.unit, f.scale], ['$1.13bn', 18, 25, 1.13e9, 'dollar', 'billion']);
  });

  it('reads pounds in millions written "m" and euros in billions written out', () => {
    assert.deepEqual(figuresIn('It cost £4.8m and €1.2 billion.').map((f) => [f.text, f.value, f.unit, f.scale]), [
      ['£4.8m', 4.8e6, 'pound', 'million'],
      ['€1.2 billion', 1.2e9, 'euro', 'billion'],
    ]);
  });

  it('reads a currency named after the amount', () => {
    const f = only('The fund lost 312,000 crowns.');
    assert.deepEqual([f.text, f.value, f.unit], ['312,000 crowns', 312000, 'crown']);
  });

  it('reads percentages written as a word, two words or a sign', () => {
    assert.deepEqual(spans('Prices rose 2.99 percent, wages 3 per cent and rents 4%.'), [
      ['2.99 percent', 12, 24],
      ['3 per cent', 32, 42],
      ['4%', 53, 55],
    ]);
  });

  it('reads a rate "out of every" as one figure', () => {
    const f = only('The rate is 177 out of every 100,000.');
    assert.deepEqual([f.text, f.value, f.unit], ['177 out of every 100,000', 177, 'per 100,000']);
  });

  it('reads numbers written in words', () => {
    const f = only('Police arrested nine activists.');
    assert.deepEqual([f.text, f.value, f.counts], ['nine', 9, 'activist']);
  });

  it('reads compound number words', () => {
    assert.deepEqual(figuresIn('They found twenty-five bodies and two hundred cartridges.').map((f) => [f.text, f.value]), [
      ['twenty-five', 25],
      ['two hundred', 200],
    ]);
  });

  it('reads vague magnitudes as wide intervals', () => {
    assert.deepEqual(figuresIn('Thousands of people fled and dozens of schools shut.').map((f) => [f.text, f.low, f.high, f.vague, f.counts]), [
      ['Thousands', 1000, 999_999, true, 'people'],
      ['dozens', 24, 199, true, 'school'],
    ]);
  });

  it('reads "tens of thousands" as one magnitude', () => {
    const f = only('Tens of thousands of people marched.');
    assert.deepEqual([f.text, f.low, f.high], ['Tens of thousands', 10_000, 99_999]);
  });

  it('reads fractions of a whole', () => {
    assert.deepEqual(figuresIn('About a quarter of the list, and two-thirds of spending.').map((f) => [f.text, f.value, f.unit]), [
      ['About a quarter', 0.25, 'share'],
      ['two-thirds', 2 / 3, 'share'],
    ]);
  });

  it('reads measurements with their unit', () => {
    assert.deepEqual(figuresIn('It was 5.2 kilometres wide, 41C at noon, with 80 millimetres of rain.').map((f) => [f.text, f.unit]), [
      ['5.2 kilometres', 'kilometre'],
      ['41C', '°C'],
      ['80 millimetres', 'millimetre'],
    ]);
  });

  it('reads a range written with a dash as one figure, low to high, when something is counted or measured', () => {
    assert.deepEqual(figuresIn('Between 10–12 people died. It sold 5-6 million units. The cable runs 800-1,000 metres.').map((f) => [f.text, f.low, f.high, f.unit ?? null, f.counts ?? null]), [
      ['10–12', 10, 12, null, 'people'],
      ['5-6 million', 5e6, 6e6, null, null],
      ['800-1,000 metres', 800, 1000, 'metre', null],
    ]);
  });

  it('leaves scores, page ranges, periods and a falling pair alone', () => {
    assert.deepEqual(figuresIn('Arsenal drew 2-3 at home. See pages 100-120. The 2009-2010 season was bad. Mr Lee won 6-4.'), []);
  });

  it('reads a whole number and the fraction after it as one figure', () => {
    assert.deepEqual(figuresIn('The trail is 1 3/4 miles long and cost $2 1/2 million. Riders run 3 2/1 laps.').map((f) => [f.text, f.value, f.unit ?? null]), [
      ['1 3/4 miles', 1.75, 'mile'],
      ['$2 1/2 million', 2.5e6, 'dollar'],
      ['3', 3, null],
    ]);
  });

  it('stops a figure before a bracket or quotation that follows it: "GB" there is not gigabytes', () => {
    assert.deepEqual(spans('A US$ 40 billion (GB # 20.1 billion) deal, 40 GB of data and 3 "million" jokes.'), [
      ['40 billion', 6, 16],
      ['20.1 billion', 23, 35],
      ['40 GB', 43, 48],
      ['3', 61, 62],
    ]);
  });

  it('reads a number-noun compound as a figure counting the noun', () => {
    assert.deepEqual(figuresIn('A 1,200-hectare blaze hit the 45-seat council.').map((f) => [f.text, f.unit ?? null, f.counts ?? null]), [
      ['1,200', 'hectare', null],
      ['45', null, 'seat'],
    ]);
  });

  it('skips adjectives and names to the noun a figure counts', () => {
    assert.deepEqual(figuresIn('At least 20 Syrian army soldiers and 35 IS fighters died.').map((f) => f.counts), ['soldier', 'fighter']);
  });

  it('keeps a vote tally written like a score', () => {
    assert.deepEqual(spans('The Senate voted 69-30 to pass it.'), [['69', 17, 19]]);
  });

  it('keeps a sentence length as a figure', () => {
    assert.deepEqual(figuresIn('He was jailed for four and a half years. She faces up to five years in prison.').map((f) => [f.text, f.value, f.low, f.high]), [
      ['four and a half', 4.5, 4.5, 4.5],
      ['up to five', 5, 0, 5],
    ]);
  });

  it('gives the bare number of "from X to Y units" the unit written after Y', () => {
    assert.deepEqual(figuresIn('Prices went from 100 to 120 dollars. The toll rose from 40 to 90 people. From 5 to 9, 30 percent left.').map((f) => [f.text, f.unit ?? null, f.counts ?? null]), [
      ['100', 'dollar', null],
      ['120 dollars', 'dollar', null],
      ['40', null, 'people'],
      ['90', null, 'people'],
      ['5', null, null],
      ['9', null, null],
      ['30 percent', 'percent', null],
    ]);
  });

  it('lets a bare number share the unit of the figure just before it', () => {
    assert.deepEqual(figuresIn('He spent 180,000 crowns on gambling and 95,000 on a car.').map((f) => f.unit), ['crown', 'crown']);
  });

  it('does not carry a percentage to the base it is measured from', () => {
    assert.deepEqual(figuresIn('The list grew 30 percent from 24,500.').map((f) => f.unit ?? null), ['percent', null]);
  });
});

describe('findFigures: qualifiers', () => {
  it('reads "more than" as an open interval above', () => {
    const f = only('They kidnapped more than 300 employees.');
    assert.deepEqual([f.text, f.start, f.end, f.value, f.low, f.high, f.qualifier, f.number], ['more than 300', 15, 28, 300, 300, Infinity, 'more than', { start: 25, end: 28 }]);
  });

  it('reads "at least" as a closed bound below', () => {
    const f = only('They took at least 18 villages.');
    assert.deepEqual([f.text, f.low, f.high, f.qualifier], ['at least 18', 18, Infinity, 'at least']);
  });

  it('reads "nearly" as up to the number', () => {
    const f = only('The index fell nearly 350 points.');
    assert.deepEqual([f.text, f.low, f.high, f.unit], ['nearly 350 points', 315, 350, 'point']);
  });

  it('reads "about" as five percent either side', () => {
    const f = only('About 1,200 people came.');
    assert.deepEqual([f.text, f.low, f.high], ['About 1,200', 1140, 1260]);
  });

  it('reads "up to" as at most the number', () => {
    const f = only('Up to 80 millimetres of rain could fall.');
    assert.deepEqual([f.text, f.low, f.high], ['Up to 80 millimetres', 0, 80]);
  });

  it('reads "between ... and" and "or" as ranges', () => {
    assert.deepEqual(figuresIn('It was between 800 and 1,000 metres across, with two or three specks.').map((f) => [f.text, f.low, f.high]), [
      ['800 and 1,000 metres', 800, 1000],
      ['two or three', 2, 3],
    ]);
  });
});

describe('findFigures: what is not a figure', () => {
  const none = (text: string, format: 'plaintext' | 'markdown' = 'plaintext') => assert.deepEqual(spans(text, format), []);

  it('skips years and decades', () => none('Since 2017 and the 2019 election, as in the 1990s.'));
  it('skips dates', () => none('On 7 April, February 27 and Oct. 20 they met.'));
  it('skips clock times', () => none('It began at 09:12 UTC and 7 a.m. sharp.'));
  it('skips time spans', () => none('After two days of clashes in the 12 months to April, within 100 days.'));
  it('skips a time span written as a compound', () => none('It was the steepest one-day drop of his four-year term.'));
  it('skips ordinals', () => none('It was the third consecutive month and the 21st attempt.'));
  it('skips numbers in names and identifiers', () => none('Route B7, Airbus A320, G20, COVID-19, Ward 4, Section 8, Boeing 737 and Highway 31 were named.'));
  it('skips a number joined to a capitalised word, a name, but not a measure in a title-case headline', () => {
    none('Sales rose at 7-Eleven stores.');
    assert.deepEqual(spans('Workers Win Over 10-Point Plan'), [['Over 10', 12, 19]]);
  });
  it('skips labels with a full stop', () => none('He wears the No. 9 shirt.'));
  it('skips case numbers and slashed identifiers', () => none('The case, HC/CR/2022/0417, and comet C/2023 K4 were listed.'));
  it('skips a match score', () => none('They won with a 3-1 win.'));
  it('skips a house number', () => none('He lives at 10 Downing Street.'));
  it('skips a house number in a grove, close, gardens, mews or row', () => none('She moved from 7 Ash Grove to 22 Mill Close, then 3 Kew Gardens.'));
  it('skips a model number', () => none('Boeing showed the new 787 Dreamliner and ended the 717 program.'));
  it('skips a time span with words before its unit', () => none('Stocks fell for six straight days and two consecutive quarters.'));
  it('skips entities named before and counted again', () => none('The deal between the two companies stands.'));
  it('skips a small count that points back past "previous" or "other"', () => {
    none('None of the previous three lasted a month, and the other two major indices fell.');
    assert.deepEqual(spans('The previous three ceasefires and three other truces failed.').map(([t]) => t), ['three']);
  });
  it('skips "at one point"', () => none('At one point the index rose.'));
  it('skips a small number word that describes in a compound', () => none('They back a two-state solution.'));
  it('reads a number with a thousands separator as a count, never a model name', () => {
    assert.deepEqual(spans('A crowd of 61,000 saw the final.'), [['61,000', 11, 17]]);
  });

  it('skips four bare digits as a year, even before a plural', () => none('They want the 1967 borders.'));
  it('skips a year past 2099 after a preposition of time', () => {
    assert.deepEqual(spans('Seas may rise 30cm by 2100 and 2150 homes may flood.'), [['30cm', 14, 18], ['2150', 31, 35]]);
  });
  it('skips a year range', () => none('The budget for 2025-26 passed.'));
  it('skips phone numbers', () => none('Call 0300 555 0178 today.'));
  it('reads the count after a comma that ends a numbered place, a year or a month', () => {
    assert.deepEqual(spans('In district 1, 40 people died.'), [['40', 15, 17]]);
    assert.deepEqual(spans('In 2019, 40 people died.'), [['40', 9, 11]]);
    assert.deepEqual(spans('In March, 40 people died.'), [['40', 10, 12]]);
  });
  it('skips the number of a precinct or a sector', () => none('Police in precinct 12 and sector 4 were on duty.'));
  it('skips ages', () => none('Lind, 58, faces trial; a 23-year-old was held and a man aged 44 too.'));

  it('skips an age set off by a comma at the end of its sentence, but not a figure that ends one', () => {
    none('Police have arrested the manager, Adel Karim, 52.');
    assert.deepEqual(spans('Sales in the region rose to 52.').map(([t]) => t), ['52']);
  });
  it('skips the age of a death and the age that bounds a group of people', () => {
    none('The painter died at 88; pensioners over 75 and children under five ride free.');
    assert.deepEqual(spans('Flats under 400 sold and the side won by over 60 points.'), [['under 400', 6, 15], ['over 60 points', 41, 55]]);
  });
  it('skips every age of a list after "aged", and only those', () => {
    assert.deepEqual(spans('The men, aged 32 and 41, and three others aged 18, 19 and 20 were held.').map(([t]) => t), ['three']);
    assert.deepEqual(spans('Two men aged 32 and 41 were held, and 41 others were freed.').map(([t]) => t), ['Two', '41']);
  });
  it('skips a person\'s age after "is" or "turns", not a count or a measure', () => {
    none('He hopes to retire before he is 40. By the time she turns 18, she will drive. When I was 12, we moved.');
    assert.deepEqual(spans('He was 12 points behind and she was 40% ahead. It is 40 and they turned 300 away.').map(([t]) => t), ['12 points', '40%', '40', '300']);
  });
  it('skips an age set off by commas after a person', () => {
    none('The prime minister, 44, has been in office for a year.');
    assert.deepEqual(spans('The company, 4,500 strong, and its rival, 300, merged.').map(([t]) => t), ['4,500', '300']);
  });
  it('skips "one" used as a pronoun', () => none('It is one of the last crossing points.'));
  it('skips the half of a year or a match, not a share', () => {
    assert.deepEqual(spans('Profits fell in the second half of 2025 and he scored in the first half. Half of the staff left.').map(([t]) => t), ['Half']);
  });
  it('skips a capitalised number word inside a name', () => none('The Group of Seven met.'));
  it('skips the bracket of a ranking, not the verb "top"', () => {
    assert.deepEqual(spans('The top 20 players met. She came in the top three. Sales top 8,000.'), [['8,000', 61, 66]]);
  });

  it('skips list numbering in plain text', () => none('1. Weekend surgery at Lusk General'));
  it('skips the numbering of a Markdown heading', () => none('## 2. Where the money goes\n', 'markdown'));
  it('skips numbers in code, URLs and front matter', () =>
    none('---\ntitle: "Inflation at 6.8%"\n---\n\nSee `x = 42` at <https://x.example/2024/42>.\n', 'markdown'));
});
