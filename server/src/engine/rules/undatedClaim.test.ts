import * as assert from 'node:assert/strict';
import { analyze } from '../analyze';

/** The undated-claim findings of a one-paragraph draft published on 7 April 2016. */
function claims(prose: string, date: string | null = '2016-04-07') {
  const text = date ? `---\ndate: ${date}\n---\n\n${prose}\n` : `${prose}\n`;
  return analyze(text, 'markdown')
    .findings.filter((f) => f.rule === 'undated-claim')
    .map((f) => text.slice(f.span.start, f.span.end));
}

describe('undated-claim: running totals and current levels', () => {
  it('flags a present perfect tally, on the figure and its verb', () => {
    assert.deepEqual(claims('More than 270,000 people have been killed and millions have fled their homes.'), ['More than 270,000 people have been killed']);
  });

  it('flags "stands at"', () => {
    assert.deepEqual(claims('The case fatality rate stands at 2.9 percent.'), ['stands at 2.9 percent']);
  });

  it('flags "is about" and "are set at" as present, not as "is about to" and "are set to"', () => {
    assert.deepEqual(claims('The village\'s population is about 250. Mortgage rates are set at 6.2%. The firm is about to hire 300 staff.'), ['is about 250', 'are set at 6.2%']);
  });

  it('stays silent on a prediction with "is likely to", "is unlikely to", "is likely" or "are possible"', () => {
    assert.deepEqual(claims('Growth is unlikely to top 3%. The firm is likely to hire 300 staff.'), []);
    assert.deepEqual(claims('A rise of 2% is likely. Cuts of 300 jobs are possible. About 40 staff are on leave.'), ['About 40 staff are']);
  });

  it('flags "has risen to"', () => {
    assert.deepEqual(claims('The toll has risen to 31.'), ['has risen to 31']);
  });

  it('flags "so far" with an undated source', () => {
    assert.deepEqual(claims('Brenner says it has paid 1.1 million crowns so far.'), ['has paid 1.1 million crowns']);
  });

  it('flags a present-tense level', () => {
    assert.deepEqual(claims('The council employs around 640 people.'), ['employs around 640']);
  });

  it('stays silent on a habit stated with a frequency', () => {
    assert.deepEqual(claims('Roughly 100 children die in an average flu season.'), []);
    assert.deepEqual(claims('About 200 people attend the church every Sunday. About 90 volunteers work each weekend. About 200 people attend the church.'), ['About 200 people attend']);
    assert.deepEqual(claims('About 40 ships dock each week.'), []);
  });

  it('stays silent on a figure classified by a noun, but flags a level after "be"', () => {
    assert.deepEqual(claims('Two of the victims are children.'), []);
    assert.deepEqual(claims('At least 300 people are missing.'), ['At least 300 people are missing']);
  });

  it('reads a noun that wink tags a verb after "be" as the noun it is, but keeps passives', () => {
    // wink tags "air" a verb here; "be" is never followed by a bare verb.
    assert.deepEqual(claims('The majority of its 47,000 employees are air traffic controllers.'), []);
    // "cut" after "be" is a participle written like the base form.
    assert.deepEqual(claims('About 1,200 jobs have been cut so far.'), ['About 1,200 jobs have been cut']);
  });

  it('marks the level, not the verb that believes it: "the UN believes 3 million people have fled"', () => {
    assert.deepEqual(claims('The UN believes 3 million people have fled.'), ['3 million people have fled']);
    assert.deepEqual(claims('The virus has claimed 300 lives.'), ['has claimed 300']);
  });

  it('reads "Bolt cut 250 jobs" as past ("Bolt cuts" is the present), but "farmers cut" as present', () => {
    assert.deepEqual(claims('Its rival Bolt cut 250 jobs at its Sheffield plant.'), []);
    assert.deepEqual(claims('Farmers cut 400 jobs.'), ['cut 400']);
  });

  it('gives the fix where to write "as of" the publication date', () => {
    const text = '---\ndate: 2016-04-07\n---\n\nMore than 270,000 people have been killed and millions have fled.\n';
    const [f] = analyze(text, 'markdown').findings.filter((x) => x.rule === 'undated-claim');
    assert.deepEqual(f!.data, { figure: 'More than 270,000', publicationDate: '2016-04-07', asOf: '7 April 2016', insertAt: text.indexOf(' and millions'), insertText: ' as of 7 April 2016' });
  });

  it('says so when the draft has no date', () => {
    const [f] = analyze('The reserves stand at £7.2 million.\n', 'plaintext').findings.filter((x) => x.rule === 'undated-claim');
    assert.deepEqual([f!.message, f!.data['insertText']], ["'stand at £7.2 million' is a running total or current level with no date: as of when? Nothing in the sentence dates it, and the draft has no publication date to offer.", null]);
  });
});

describe('undated-claim: what stays silent', () => {
  it('is silent with an absolute date in the sentence', () => {
    assert.deepEqual(claims('As of 31 March 2024 the reserves stood at £7.9 million, and 640 people work there since 2020.'), []);
  });

  it('is silent with "as of"', () => {
    assert.deepEqual(claims('As of Monday, 128,400 patients are waiting.'), []);
  });

  it('is silent with a dated attribution', () => {
    assert.deepEqual(claims('The government has ordered 1.2 million doses, the minister told parliament on Tuesday.'), []);
  });

  it('is not anchored by an undated attribution', () => {
    assert.deepEqual(claims('The fish stocks have fallen by two-thirds, cooperatives say.'), ['have fallen by two-thirds']);
  });

  it('is silent on past tense and past perfect', () => {
    assert.deepEqual(claims('Turnout was 58 percent. IS had lost control of at least 18 villages.'), []);
  });

  it('is silent on forecasts and what will happen', () => {
    assert.deepEqual(claims('The fare rise is expected to bring in $3.1 million a year. The board hopes to carry out 2,000 operations.'), []);
  });

  it('is silent inside quotations', () => {
    assert.deepEqual(claims('"We have moved 600 families to higher ground," he said.'), []);
  });

  it('is silent on figures in brackets and in a ", which" clause', () => {
    assert.deepEqual(claims('Skyline, which flies 42 jets, slumped. Social care (£19.2 million) was cut.'), []);
  });

  it('is silent on durations', () => {
    assert.deepEqual(claims('Lind faces up to five years in prison.'), []);
  });

  it('is silent in a headline', () => {
    assert.deepEqual(analyze('# Dow falls 340 points\n\nStocks fell.\n', 'markdown').findings.filter((f) => f.rule === 'undated-claim'), []);
  });
});

describe('undated-claim: what a level is not', () => {
  it('is silent on a multiple, a modifier and an age', () => {
    assert.deepEqual(claims('That is 2.6 times the size of GDP. He ran the 26.2-mile race. The tumour may kill him before he is 40.'), []);
  });

  it('is silent on the price or penalty of one deal, but not on a tally of sales or of fines', () => {
    assert.deepEqual(claims('The club has been sold for £2.5bn. The bank has been fined £2m.'), []);
    assert.deepEqual(claims('The album has sold 2 million copies.'), ['has sold 2 million']);
    assert.deepEqual(claims('The headset is currently selling for $250.'), ['is currently selling for $250']);
    assert.deepEqual(claims('Police have fined 300 drivers.'), ['have fined 300']);
  });

  it('is silent on a size, but not on a depth of water', () => {
    assert.deepEqual(claims('The bridge is 1.2km long and the tower stands 300 metres tall. Floodwater is two metres deep in places.'), ['is two metres']);
  });

  it('is silent on a name\'s age, but not on a toll', () => {
    assert.deepEqual(claims('Biden is 81 and Mr Jones is 58. The death toll is 72.'), ['is 72']);
  });

  it('is silent on the age that bounds a group, but not on "over" before a count', () => {
    assert.deepEqual(claims('Children under five are most at risk, and those over 80 are eligible. Over 300 people are missing.'), ['Over 300 people are missing']);
  });

  it('is silent on a threshold compared with, but not on a figure qualified by "more than"', () => {
    assert.deepEqual(claims('The law forbids a sound louder than 100 decibels. The city has banned trucks heavier than 40 tonnes. More than 4,000 households have been displaced.'), [
      'More than 4,000 households have been displaced',
    ]);
  });

  it('is silent on what is asked for, bid or agreed to', () => {
    assert.deepEqual(claims('Chrysler has asked the government for an additional $5 billion in aid. GM seeks $16.6 billion in loans. Cerberus has agreed to take on $5 billion in costs. Chrysler has received $4 billion.'), ['has received $4 billion']);
  });

  it('is silent on a figure in an "if" or "unless" clause, and on a habit', () => {
    assert.deepEqual(claims('The plant would close if it does not receive $2.3 billion of aid. If 40 people have died, it is the worst toll in years. The plants usually employ 9,000 people. The plants employ 9,000 people.'), ['employ 9,000']);
  });

  it('is silent on a figure that is disputed or denied rather than stated', () => {
    assert.deepEqual(claims("The ministry's figure of 40 deaths is disputed. The figure of 40 deaths stands."), ['40 deaths stands']);
  });

  it('reads past a figure restated in another unit: the size is still a size, the conversion no second claim', () => {
    assert.deepEqual(claims('The phone is only 9.3 millimetres (0.37 inches) thick. The bridge is 12 km, or 7.5 miles, long. The fund has $4bn (£3.2bn).'), ['has $4bn']);
  });

  it('is silent on a threshold that picks out a group, but not on a group counted with one', () => {
    assert.deepEqual(claims('The law requires firms with more than 50 staff to report. Curbs cover areas with over 40 cases. The rebels have an army with more than 20,000 troops.'), [
      'have an army with more than 20,000',
    ]);
  });

  it('is silent on habits and on a bare verb after a past one', () => {
    assert.deepEqual(claims('He has always given two conditions. Accenture saw its shares plummet from about $42.'), []);
    assert.deepEqual(claims('The plan will see its total number of passengers jump to 70m. Britain will see 1,600 jobs cut. The plan will see 400 jobs go.'), []);
    assert.deepEqual(claims('The aid will help firms which supply Airbus and employ 3,000 workers.'), ['employ 3,000']);
  });

  it('is silent when a day is stated with the figure\'s own verb', () => {
    assert.deepEqual(claims('The index has already fallen by 14.45% today.'), []);
  });

  it('is silent on the relatives an obituary lists, but not on what a disaster leaves', () => {
    assert.deepEqual(claims('She leaves her husband and three children. He is survived by two daughters and 11 grandchildren.'), []);
    assert.deepEqual(claims('The flood leaves 2,000 people homeless.'), ['leaves 2,000']);
  });

  it('is silent on what a mandative subjunctive asks for', () => {
    assert.deepEqual(claims('The lenders insisted that the island\'s largest depositors contribute 5.8 billion euros. The board recommends that every branch receive two nurses.'), []);
  });

  it('is silent on what "be" and an adjective that demands ask for, but not after another adjective', () => {
    assert.deepEqual(
      claims('Ministers were adamant that depositors - large and small, Cypriot and Russian - contribute 5.8 billion euros. It is essential that every ward receive two nurses. Officials were certain that 300 families have lost their homes.'),
      ['300 families have lost'],
    );
  });

  it('still flags a level reported after "insists" or "suggest"', () => {
    assert.deepEqual(claims('The mayor insists that 300 families remain in shelters.'), ['300 families remain']);
    assert.deepEqual(claims('The figures suggest that one in five pupils has missed lessons.'), ['one in five pupils has missed']);
  });

  it('still flags a total when the day belongs to another clause', () => {
    assert.deepEqual(claims('City have 58 points, two more than Rovers, who drew at home on Saturday.'), ['have 58 points']);
  });
});
