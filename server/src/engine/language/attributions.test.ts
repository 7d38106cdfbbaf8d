import * as assert from 'node:assert/strict';
import { analyze } from '../analyze';

type Row = [kind: string, cue: string, source: string, sentence: number];

/** Each attribution as [kind, cue text, source, sentence]: compact and exact. */
function attributions(text: string, format: 'plaintext' | 'markdown' = 'plaintext'): Row[] {
  return analyze(text, format).attributions.map((a) => [a.kind, text.slice(a.cue.start, a.cue.end), a.source, a.sentence]);
}
const dated = (text: string) => analyze(text, 'plaintext').attributions.map((a) => (a.dated ? text.slice(a.dated.start, a.dated.end) : null));

describe('findAttributions: reporting verbs', () => {
  it('leaves a time that opens the sentence out of the source', () => {
    const sources = (text: string) => attributions(text).map(([, , source]) => source);
    assert.deepEqual(sources('On Monday the company said profits fell 12 percent.'), ['the company']);
    assert.deepEqual(sources('In March 2024 the ministry reported 45 deaths.'), ['the ministry']);
    assert.deepEqual(sources('Last week police said 12 people were held.'), ['police']);
    // A determiner tied to the words before by a joiner stays in; a weekday or month in a name too.
    assert.deepEqual(sources('Officials at the ministry of health said 40 people died.'), ['Officials at the ministry of health']);
    assert.deepEqual(sources('Forty people died, the March of Dimes said.'), ['the March of Dimes']);
    assert.deepEqual(sources('Sunday Times journalists said 40 people died.'), ['Sunday Times journalists']);
    assert.deepEqual(sources('Forty people died, the Sunday Times said.'), ['the Sunday Times']);
    assert.deepEqual(sources('USA Today reported that 40 people died.'), ['USA Today']);
    assert.deepEqual(sources('Forty people died, a spokesman for the Today programme said.'), ['a spokesman for the Today programme']);
  });

  it('reads a reporting verb after the clause with its source', () => {
    assert.deepEqual(attributions('Food prices rose 6.8 percent, the statistics office said.'), [['reporting-verb', 'said', 'the statistics office', 0]]);
  });

  it('reads a reporting verb before the clause', () => {
    assert.deepEqual(attributions('Abdel Rahman said that IS had lost at least 18 villages.'), [['reporting-verb', 'said', 'Abdel Rahman', 0]]);
  });

  it('reads "told" with the speaker as the source', () => {
    assert.deepEqual(attributions('Observatory director Rami Abdel Rahman told AFP that rebels entered the town.'), [
      ['reporting-verb', 'told', 'Observatory director Rami Abdel Rahman', 0],
    ]);
  });

  it('reads what a court or inquest heard, or was told, as attributed to the evidence', () => {
    assert.deepEqual(attributions('The tribunal heard she was owed £9,000. He kept 30 files, the inquest was told. She heard 12 shots.'), [
      ['reporting-verb', 'heard', 'The tribunal', 0],
      ['reporting-verb', 'told', 'the inquest', 1],
    ]);
  });

  it('reads the source after a wire dateline without its dash', () => {
    assert.deepEqual(attributions('OSLO, May 9 (Wire) - Norvik Bank reported a 7 percent rise in profit.'), [['reporting-verb', 'reported', 'Norvik Bank', 0]]);
  });

  it('reads a police force as a described source of what it recorded', () => {
    assert.deepEqual(attributions('The force recorded 88 burglaries.'), [['reporting-verb', 'recorded', 'The force', 0]]);
  });

  it('reads the speaker named after an inverted verb', () => {
    assert.deepEqual(attributions('"We moved 600 families," said Hamisi Oduya, the coordinator.'), [['reporting-verb', 'said', 'Hamisi Oduya', 0]]);
  });

  it('never takes the subject of the reported clause for the speaker ("said 150 nurses had quit")', () => {
    assert.deepEqual(attributions('Ana Ruiz, who leads the union, said 150 nurses had quit.'), [['reporting-verb', 'said', 'Ana Ruiz', 0]]);
    assert.deepEqual(attributions('"It is over," said 300 people were hurt.'), []);
  });

  it('skips a relative clause between the subject and the verb', () => {
    assert.deepEqual(attributions('Prosecutors, who had sought 6 million crowns, said they would appeal.'), [['reporting-verb', 'said', 'Prosecutors', 0]]);
  });

  it('skips an apposition, an abbreviation in brackets or an aside between dashes before the verb', () => {
    assert.deepEqual(attributions('John Smith, the police chief, said 12 were hurt. The Ministry of Health (MoH) said 14 had died. Ana Ruiz — who leads the union — said 150 nurses had quit.'), [
      ['reporting-verb', 'said', 'John Smith', 0],
      ['reporting-verb', 'said', 'The Ministry of Health', 1],
      ['reporting-verb', 'said', 'Ana Ruiz', 2],
    ]);
  });

  it('reads "forecast" after a singular source or "had" as a verb, and as a noun before "of"', () => {
    assert.deepEqual(attributions('The IMF forecast growth of 3% this year. The bank forecast that 40 branches would shut. The IMF forecast of 3% was cut. The forecast 3% rise did not come.'), [
      ['reporting-verb', 'forecast', 'The IMF', 0],
      ['reporting-verb', 'forecast', 'The bank', 1],
    ]);
    assert.deepEqual(attributions("Most analysts had forecast the automaker's losses to be over $6.7 billion."), [['reporting-verb', 'forecast', 'Most analysts', 0]]);
  });

  it('reads a name that opens the sentence as the source though wink tags it a verb ("Ford said")', () => {
    assert.deepEqual(attributions('Ford said that sales rose to 142,285 units. Ford has announced cuts of 21%.'), [
      ['reporting-verb', 'said', 'Ford', 0],
      ['reporting-verb', 'announced', 'Ford', 1],
    ]);
  });

  it('reads a bare verb after a plural subject that describes a source', () => {
    assert.deepEqual(attributions('Officials estimate the fire is 20 percent contained.'), [['reporting-verb', 'estimate', 'Officials', 0]]);
  });

  it('takes any noun phrase before a verb of speech as its source', () => {
    assert.deepEqual(attributions('"BP invested $8bn in the venture," the oil giant said.'), [['reporting-verb', 'said', 'the oil giant', 0]]);
  });

  it('keeps what an unnamed source is close to or familiar with in the source', () => {
    assert.deepEqual(attributions('Forty people died, a source close to the investigation said.'), [['reporting-verb', 'said', 'a source close to the investigation', 0]]);
    assert.deepEqual(attributions('Forty people died, said a person familiar with the matter.'), [['reporting-verb', 'said', 'a person familiar with the matter', 0]]);
    assert.deepEqual(attributions('People familiar with the plans said 300 jobs would go.'), [['reporting-verb', 'said', 'People familiar with the plans', 0]]);
  });

  it('reads "was quoted as saying" with the subject of the passive as the source', () => {
    assert.deepEqual(attributions('Forty people died, the ministry was quoted as saying.'), [['reporting-verb', 'saying', 'the ministry', 0]]);
    assert.deepEqual(attributions('He was reported as saying that 40 people died.'), [['reporting-verb', 'saying', 'He', 0]]);
    assert.deepEqual(attributions('The figure was quoted as 40 in the report.'), []);
  });

  it('reads a passive with its agent', () => {
    assert.deepEqual(attributions('The toll was estimated by the health ministry at 300.'), [['reporting-verb', 'estimated', 'the health ministry', 0]]);
  });

  it('does not read a passive without an agent', () => {
    assert.deepEqual(attributions('The nucleus had been estimated at 5.2 kilometres wide.'), []);
  });

  it('does not read a noun form followed by a verb as a reporting verb', () => {
    assert.deepEqual(attributions('Earlier estimates had put it at between 800 and 1,000 metres.'), []);
  });

  it('does not read a capitalised form inside a name as a verb', () => {
    assert.deepEqual(attributions('The Islamic State group lost 18 villages.'), []);
  });

  it('does not read a verb after a modal as a report', () => {
    assert.deepEqual(attributions('Residents can report potholes at 300 offices.'), []);
  });

  it('does not take a date alone for a source', () => {
    assert.deepEqual(attributions('The freighter will seat 300 people, announced last November.'), []);
  });

  it('does not read "claimed" with a plain object as a report', () => {
    assert.deepEqual(attributions('About 150 MPs claimed £25,000 in expenses.'), []);
  });

  it('does not read "wrote", "published" or "released" with a plain object as a report', () => {
    assert.deepEqual(attributions('She wrote 14 plays and won two awards. Police released 12 suspects. He claimed £900 because he was owed it.'), []);
  });

  it('reads "admitted" as a report only with a clause', () => {
    assert.deepEqual(attributions('Ward 4 has 30 beds for 41 patients admitted this month. She admitted that 20 staff had quit.'), [['reporting-verb', 'admitted', 'She', 1]]);
  });

  it('reads "wrote" with a reported clause or after a quotation', () => {
    assert.deepEqual(attributions('He wrote that 80 staff had left. "We lost 40 homes," she wrote.'), [
      ['reporting-verb', 'wrote', 'He', 0],
      ['reporting-verb', 'wrote', 'she', 1],
    ]);
  });

  it('reads "added" as a report with a clause or a quotation, not with a plain object', () => {
    assert.deepEqual(attributions('Output will fall 4 percent, he added. She added that 40 staff would go. He added, however, that 12 had left. The firm added 300 jobs in May.'), [
      ['reporting-verb', 'added', 'he', 0],
      ['reporting-verb', 'added', 'She', 1],
      ['reporting-verb', 'added', 'He', 2],
    ]);
  });

  it('reads "understands" with a clause as a newsroom\'s report, not with a plain object', () => {
    assert.deepEqual(attributions('The BBC understands that 300 jobs will go. Sky News understands 40 stores will shut. He understands the 12 rules.'), [
      ['reporting-verb', 'understands', 'The BBC', 0],
      ['reporting-verb', 'understands', 'Sky News', 1],
    ]);
  });

  it('reads "claimed" with a reported clause', () => {
    assert.deepEqual(attributions('The group claimed 300 soldiers were killed.'), [['reporting-verb', 'claimed', 'The group', 0]]);
  });

  it('reads a person for "she", a body for "it"', () => {
    const text = 'A resident told AFP that 12 died. The ministry said 14 died. She said 300 fled. It said 40 were hurt.';
    assert.deepEqual(
      analyze(text, 'plaintext').attributions.map((a) => a.refersTo ?? null),
      [null, null, 'A resident', 'The ministry'],
    );
  });

  it('reads a pronoun source and what it stands for', () => {
    const found = analyze('The office said prices rose. Food inflation fell to 9.1 percent, it said.', 'plaintext').attributions;
    assert.deepEqual(found.map((a) => [a.source, a.refersTo ?? null, a.sentence]), [
      ['The office', null, 0],
      ['it', 'The office', 1],
    ]);
  });

  it('reads a verb after a source noun that wink tags an adjective, but not a noun after an adjective', () => {
    // wink: "union" an adjective, "claims" a noun.
    assert.deepEqual(attributions('The union claims 2,000 members walked out.'), [['reporting-verb', 'claims', 'The union', 0]]);
    assert.deepEqual(attributions('Wild claims of 2,000 strikers spread online.'), []);
  });
});

describe('findAttributions: phrases and documents', () => {
  it('ends a source after "from" or "by" at the verb wink tags a noun, not at the figure after it', () => {
    const rows = (text: string) => attributions(text).map(([kind, , source]) => [kind, source]);
    assert.deepEqual(rows('Figures from the commission show 40 schools closed.'), [['document', 'the commission']]);
    assert.deepEqual(rows('Data from the central bank show inflation rose to 4.1 percent.'), [['document', 'the central bank']]);
    assert.deepEqual(rows('A report by Amnesty International lists 212 cases.'), [['document', 'Amnesty International']]);
  });

  it('ends a source at a date after it, which then dates the attribution', () => {
    const text = 'Data published by the statistics office on Friday show output fell 0.3 percent.';
    assert.deepEqual(attributions(text), [['document', 'Data published by', 'the statistics office', 0]]);
    assert.deepEqual(dated(text), ['on Friday']);
    // A place is part of the source.
    assert.deepEqual(attributions('According to the council in Leeds, 300 homes flooded.'), [['according-to', 'According to', 'the council in Leeds', 0]]);
    // A weekday in a name is part of it.
    assert.deepEqual(attributions('Forty people died, according to reporters for Sunday Times.'), [['according-to', 'according to', 'reporters for Sunday Times', 0]]);
  });

  it('ends a source after "according to" at a figure right after it', () => {
    assert.deepEqual(attributions('According to the ministry 40 people died.'), [['according-to', 'According to', 'the ministry', 0]]);
  });

  it('keeps a capitalised verb form that is part of a name', () => {
    assert.deepEqual(attributions('According to the Chelsea Flower Show, 157,000 people came.'), [['according-to', 'According to', 'the Chelsea Flower Show', 0]]);
  });

  it('reads "according to" with its source', () => {
    assert.deepEqual(attributions('IS controls a crossing, according to Abdel Rahman.'), [['according-to', 'according to', 'Abdel Rahman', 0]]);
  });

  it('reads "per" opening the sentence or after a comma as "according to", but not a rate', () => {
    assert.deepEqual(attributions('Per the census, 8 million people live in London.'), [['according-to', 'Per', 'the census', 0]]);
    assert.deepEqual(attributions('Turnout was 67 percent, per the electoral commission.'), [['according-to', 'per', 'the electoral commission', 0]]);
    assert.deepEqual(attributions('Turnout was 67 percent, per Kestrel. Sales rose 4 percent, per Halvard data.'), [
      ['according-to', 'per', 'Kestrel', 0],
      ['according-to', 'per', 'Halvard data', 1],
    ]);
    assert.deepEqual(attributions('Tickets cost $40, per the person at the door, or 5 per cent more online.'), []);
  });

  it('reads a document that heads a longer phrase as the subject of "shows"', () => {
    assert.deepEqual(attributions('Labour leads by 10 points, a YouGov poll for The Times shows.'), [['document', 'shows', 'a YouGov poll for The Times', 0]]);
    assert.deepEqual(attributions('Labour leads by 10 points, the editor of The Times shows.'), []);
  });

  it('reads a document with what it covers after "of" as the subject of any reporting verb', () => {
    assert.deepEqual(attributions('The audit of 300 schools put the shortfall at £2m.'), [['document', 'put', 'The audit of 300 schools', 0]]);
    assert.deepEqual(attributions('A study of 90 mice found 12 tumours.'), []);
  });

  it('reads a document with a participle before its issuer: "data released by the central bank"', () => {
    assert.deepEqual(attributions('Data released by the central bank showed lending grew 2 percent.'), [['document', 'Data released by', 'the central bank', 0]]);
  });

  it('reads an owned document as a source', () => {
    assert.deepEqual(attributions("Exports fell 3 percent, the ministry's figures suggest."), [
      ['document', "the ministry's figures", "the ministry's figures", 0],
      ['document', 'suggest', "the ministry's figures", 0],
    ]);
  });

  it('reads someone\'s calculations, count or reckoning as a source', () => {
    assert.deepEqual(attributions('By his calculations, the euro zone has just 27 billion euros in exposure. On the union\'s count, 300 workers left.'), [
      ['document', 'his calculations', 'his calculations', 0],
      ['document', "the union's count", "the union's count", 1],
    ]);
  });

  it("reads a person's count that a non-source moves as the score the figure measures, not a source", () => {
    assert.deepEqual(attributions('A late header took her tally for the season to 19 goals. The brace lifted his tally to 40.'), []);
    assert.deepEqual(attributions("The new deaths took the ministry's tally to 300. The agency will revise its estimate to 80 deaths."), [
      ['document', "the ministry's tally", "the ministry's tally", 0],
      ['document', 'its estimate', 'its estimate', 1],
    ]);
  });

  it('reads a named body\'s calculations as a document that shows', () => {
    assert.deepEqual(attributions('Margins rose 6 percent, Kestrel calculations show.'), [['document', 'show', 'Kestrel calculations', 0]]);
  });

  it('reads "data from X"', () => {
    assert.deepEqual(attributions('Prices rose 3 percent, based on data from the statistics office.'), [['document', 'data from', 'the statistics office', 0]]);
  });

  it('reads "a report by X"', () => {
    assert.deepEqual(attributions('The lead is four points in a report by the Institute for Public Opinion.'), [
      ['document', 'report by', 'the Institute for Public Opinion', 0],
    ]);
  });

  it('reads a document as the subject of a reporting verb', () => {
    assert.deepEqual(attributions('The cabinet paper allocates £5m to roads.'), [['document', 'allocates', 'The cabinet paper', 0]]);
  });

  it('reads data as the subject of a bare verb', () => {
    assert.deepEqual(attributions('Remittances climbed 25 percent, central bank data show.'), [['document', 'show', 'central bank data', 0]]);
  });

  it('reads a document described by its kind or as official', () => {
    assert.deepEqual(attributions('Turnout reached 66.8 percent, census data show. She won 54 percent, official results showed.'), [
      ['document', 'show', 'census data', 0],
      ['document', 'showed', 'official results', 1],
    ]);
  });

  it('does not read somebody else\'s belongings as a document', () => {
    assert.deepEqual(attributions('He moved 312,000 crowns into his own accounts.'), []);
  });
});

describe('findAttributions: citations and source tags', () => {
  it('reads a Markdown link as a citation', () => {
    assert.deepEqual(attributions('Tarvo has [reported 212 cases](https://x.example/c) so far.\n', 'markdown'), [
      ['citation', '[reported 212 cases](https://x.example/c)', 'reported 212 cases', 0],
      ['reporting-verb', 'reported', 'Tarvo', 0],
    ]);
  });

  it('gives a link that opens a sentence to that sentence, not the one before', () => {
    assert.deepEqual(attributions('Spending is 1.6% of GDP. [NATO figures](https://x.example) give 2.1%.\n', 'markdown'), [
      ['citation', '[NATO figures](https://x.example)', 'NATO figures', 1],
    ]);
  });

  it('reads a Markdown footnote reference with its definition as the source', () => {
    assert.deepEqual(attributions('Cases rose 40 percent[^1] in a week.\n\n[^1]: Ministry of Health, report 7.\n', 'markdown'), [
      ['source-tag', '[^1]', 'Ministry of Health, report 7.', 0],
    ]);
  });

  it('reads the inline source tag of plain text', () => {
    assert.deepEqual(attributions('Cases rose 40 percent [source: Ministry of Health].'), [['source-tag', '[source: Ministry of Health]', 'Ministry of Health', 0]]);
  });

  it('gives a footnote reference after the full stop to the sentence before it', () => {
    assert.deepEqual(attributions('Cases rose 40 percent. [^2] Clinics ran short.\n\n[^2]: Ministry of Health\n'), [['source-tag', '[^2]', 'Ministry of Health', 0]]);
  });
});

describe('findAttributions: carried attribution', () => {
  it('carries a speaker to the next quotation in the paragraph', () => {
    assert.deepEqual(attributions('"The water is rising," said Oduya. "We have moved 600 families."'), [
      ['reporting-verb', 'said', 'Oduya', 0],
      ['quote', 'said', 'Oduya', 1],
    ]);
  });

  it('carries a speaker to a quotation that goes on in the next paragraph, and no further', () => {
    assert.deepEqual(attributions('"The water is rising," said Oduya.\n\n"We have moved 600 families."\n\nThe river crested at 9 metres.\n\n"It will fall by Friday."'), [
      ['reporting-verb', 'said', 'Oduya', 0],
      ['quote', 'said', 'Oduya', 1],
    ]);
  });

  it('carries the source of a line ending in a colon to each item of the list after it, and not past the list', () => {
    const text = "The commission's figures show:\n\n- 40 schools closed.\n- ![map](m.png)\n- 12 clinics shut.\n\nThe rest reopened in 2019.\n";
    assert.deepEqual(
      attributions(text, 'markdown').filter(([kind]) => kind === 'carried'),
      [
        ['carried', "The commission's figures", "The commission's figures", 1],
        ['carried', "The commission's figures", "The commission's figures", 2],
      ],
    );
  });

  it('carries a speaker to the next quotation in single quotation marks, as British copy writes them', () => {
    assert.deepEqual(attributions("‘We sold 70 flats,’ said Oduya. ‘Another 20 are empty.’ 'We need 15 more,' Lee said. 'Or 30.'"), [
      ['reporting-verb', 'said', 'Oduya', 0],
      ['quote', 'said', 'Oduya', 1],
      ['reporting-verb', 'said', 'Lee', 2],
      ['quote', 'said', 'Lee', 3],
    ]);
  });

  it('carries a speaker named at the end of a quotation to its earlier sentences', () => {
    assert.deepEqual(attributions('"We moved 600 families. Another 150 are waiting," Oduya said.'), [
      ['quote', 'said', 'Oduya', 0],
      ['reporting-verb', 'said', 'Oduya', 1],
    ]);
  });

  it('carries a body\'s attribution to a sentence whose subject is "It"', () => {
    assert.deepEqual(attributions('The party polled 34 percent, the institute said. It surveyed 1,850 adults.'), [
      ['reporting-verb', 'said', 'the institute', 0],
      ['carried', 'said', 'the institute', 1],
    ]);
  });

  it('reads a sentence\'s cues in the order written, whatever their kind', () => {
    // "according to" before "said": the first names the source carried on, and "it" after it stands for it.
    const text = 'According to the ministry, 40 people died, police said. It surveyed 12 more clinics in the north.';
    assert.deepEqual(attributions(text).map(([kind, , source, sentence]) => [kind, source, sentence]), [
      ['according-to', 'the ministry', 0],
      ['reporting-verb', 'police', 0],
      ['carried', 'the ministry', 1],
    ]);
    const pronoun = 'According to the ministry, which it said had counted them, 40 people died.';
    assert.deepEqual(analyze(pronoun, 'plaintext').attributions.map((a) => a.refersTo ?? null), [null, 'the ministry']);
  });

  it('carries an attribution to a sentence that opens on a part of what it reported', () => {
    assert.deepEqual(attributions('He said 30 schools had shut. Of those, nine were in the north. Among them, 12 buses ran.'), [
      ['reporting-verb', 'said', 'He', 0],
      ['carried', 'said', 'He', 1],
      ['carried', 'said', 'He', 2],
    ]);
    assert.deepEqual(attributions('Thirty schools shut. Of those, nine were in the north, he said. Of them, two reopened.'), [
      ['reporting-verb', 'said', 'he', 1],
      ['carried', 'said', 'he', 2],
    ]);
  });

  it('does not carry to "It" after a plural source, which "It" cannot stand for', () => {
    assert.deepEqual(attributions('Analysts said margins would shrink. It employs 40 staff.'), [['reporting-verb', 'said', 'Analysts', 0]]);
  });

  it('does not carry to a narrative sentence about the speaker', () => {
    assert.deepEqual(attributions('Reyes said his party would rebuild. He won in two other wards.'), [['reporting-verb', 'said', 'Reyes', 0]]);
  });

  it('carries "X\'s figures show:" to the items of the list it introduces', () => {
    const text = "The commission's figures show the shares:\n\n- Halvard: 51.3%\n- Reyes: 31.8%\n\nTurnout was 58 percent.\n";
    assert.deepEqual(
      attributions(text, 'markdown').map(([kind, , source, sentence]) => [kind, source, sentence]),
      [
        ['document', "The commission's figures", 0],
        ['document', "The commission's figures", 0],
        ['carried', "The commission's figures", 1],
        ['carried', "The commission's figures", 2],
      ],
    );
  });
});

describe('findAttributions: dates stated with the attribution', () => {
  it('records "said on Sunday"', () => {
    assert.deepEqual(dated('The office said on Sunday that 31 people had died.'), ['on Sunday']);
  });

  it('records a date after the object of "told"', () => {
    assert.deepEqual(dated('A resident told AFP on Thursday she heard shelling.'), ['on Thursday']);
  });

  it('records a date between the subject and the verb, and leaves it out of the source', () => {
    const text = 'The FAA on Friday announced it will close 149 towers.';
    const [a] = analyze(text, 'plaintext').attributions;
    assert.deepEqual([a!.source, text.slice(a!.dated!.start, a!.dated!.end)], ['The FAA', 'on Friday']);
  });

  it('does not take the date of the reported event', () => {
    assert.deepEqual(dated('Prosecutors said they would decide next week whether to appeal.'), [null]);
  });
});
