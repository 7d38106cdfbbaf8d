import * as assert from 'node:assert/strict';
import { analyze } from '../analyze';
import type { Finding } from '../types';

const findings = (text: string, format: 'plaintext' | 'markdown' = 'plaintext'): Finding[] =>
  analyze(text, format).findings.filter((f) => f.rule === 'inconsistent-figure');

/** Each finding as [text, kind, severity, related texts]: exact places, compact to read. */
const summary = (text: string, format: 'plaintext' | 'markdown' = 'plaintext') =>
  findings(text, format).map((f) => [
    text.slice(f.span.start, f.span.end),
    f.data['kind'],
    f.severity,
    (f.related ?? []).map((r) => text.slice(r.span.start, r.span.end)),
  ]);

/** Asserts the exact span of the only finding. */
const onlySpan = (text: string, expected: string, format: 'plaintext' | 'markdown' = 'plaintext'): Finding => {
  const found = findings(text, format);
  assert.equal(found.length, 1, `one finding, got ${JSON.stringify(found.map((f) => text.slice(f.span.start, f.span.end)))}`);
  const f = found[0]!;
  assert.deepEqual([f.span.start, f.span.end], [text.indexOf(expected), text.indexOf(expected) + expected.length]);
  return f;
};

describe('inconsistent-figure: same referent, different values', () => {
  it('warns when two counts of the same thing cannot both be true, naming both', () => {
    const text = 'Inspectors said the leak killed 40 tonnes of fish in the reservoir.\n\nThe company disputed the inspectors, saying 30 tonnes of fish had died.';
    const f = onlySpan(text, '30 tonnes');
    assert.equal(f.severity, 'warning');
    assert.deepEqual(f.related?.map((r) => text.slice(r.span.start, r.span.end)), ['40 tonnes']);
    assert.match(f.message, /30 tonnes of fish.*40 tonnes of fish.*cannot both be true/);
  });

  it('gives information when two lower bounds differ (near-synonyms, one event)', () => {
    const text =
      'Police said gunmen had kidnapped more than 40 employees of a gold mine in the north.\n\nResidents said at least 25 workers at the mine had been missing since the attack.';
    assert.deepEqual(summary(text), [['at least 25', 'different-values', 'information', ['more than 40']]]);
    assert.equal(
      findings(text)[0]!.message,
      'Different figures for the same thing: Residents: at least 25 workers missing; Police: kidnapped more than 40 employees; both can be true, but they differ: check which the story means.',
    );
  });

  it('flags transposed digits of one total', () => {
    const text = 'As many patients as ever are waiting: 128,400 patients were on the list for surgery.\n\nCritics say the plan does little for the 182,400 people on the list.';
    assert.deepEqual(summary(text), [['182,400', 'different-values', 'warning', ['128,400']]]);
  });

  it('flags the same figure at two scales', () => {
    const text = 'The ministry has ordered 2.4 million doses of the vaccine.\n\nThe minister said the 24 million doses would arrive by June.';
    assert.deepEqual(summary(text), [['24 million', 'scale-slip', 'warning', ['2.4 million']]]);
  });

  it('flags a measure that lost a zero, but not two counts of people that share their digits', () => {
    const slip = 'The fire has burned more than 12,000 hectares, the fire service said.\n\nKell said the 1,200-hectare blaze was the largest on record.';
    assert.deepEqual(summary(slip), [['1,200', 'scale-slip', 'warning', ['more than 12,000 hectares']]]);
    const counts = 'Rescue teams pulled 12 people from the water, the fire service said.\n\nAbout 1,200 people were moved to shelters, according to the Red Cross.';
    assert.deepEqual(summary(counts), []);
  });

  it('reads a scale slip in one unit: metres and millimetres that share their digits are far apart', () => {
    const far = 'The ice cap holds enough water to raise global sea levels by 5 metres, scientists said.\n\n"The melt adds 0.5mm of sea-level rise each year," Dr Kim said.';
    assert.deepEqual(summary(far), []);
    const slip = 'Sea wall stands 4 metres high\n\nThe new sea wall is 4cm high along the bay, the council said.';
    assert.deepEqual(summary(slip), [['4 metres', 'scale-slip', 'warning', ['4cm']]]);
  });

  it("takes one place's smaller figure for its share of the whole, not a rival count", () => {
    const share = 'The quake killed at least 120 people, officials said.\n\nIn the village of Tala, 45 people died, the mayor said.';
    assert.deepEqual(summary(share), []);
    const rival = 'The quake killed 120 people, officials said.\n\nIn the village of Tala, 145 people died, the mayor said.';
    assert.deepEqual(summary(rival), [['145', 'different-values', 'warning', ['120']]]);
  });

  it('compares a headline with the body', () => {
    const text = 'Council approves 15% parking fee rise\n\nThe city council on Monday approved a 12 percent rise in parking fees from January.';
    assert.deepEqual(summary(text), [['15%', 'headline-body', 'warning', ['12 percent']]]);
  });

  it('compares a headline with the lead it sums up', () => {
    const text = 'Unemployment falls to 4.1%\n\nThe jobless rate fell to 4.2 percent in August from 4.5 percent in July, the office said.';
    assert.deepEqual(summary(text), [['4.1%', 'headline-body', 'warning', ['4.2 percent']]]);
    assert.match(findings(text)[0]!.message, /falls to 4\.1% \(headline\); the office: fell to 4\.2 percent/);
  });

  it('says who gives each figure when the draft names the source, and only then', () => {
    const text = 'The ministry said the storm destroyed 120 homes in the valley.\n\nIn all, 210 homes were destroyed in the valley.';
    assert.deepEqual(summary(text), [['210', 'different-values', 'warning', ['120']]]);
    assert.equal(findings(text)[0]!.message, 'Different figures for the same thing: 210 homes destroyed; The ministry: destroyed 120 homes; they cannot both be true.');
  });
});

describe('inconsistent-figure: parts against a stated total', () => {
  it('flags parts that add up to more than the total', () => {
    const text = 'Officials said 18 people had died in the crash.\n\nThe dead included 12 adults and seven children, officials said.';
    assert.deepEqual(summary(text), [['12 adults and seven children', 'parts-total', 'warning', ['18']]]);
  });

  it('finds the total in the same sentence ("including") or just after the parts', () => {
    assert.deepEqual(summary('A total of 50 people were killed, including 20 soldiers and 35 fighters.'), [['20 soldiers and 35 fighters', 'parts-total', 'warning', ['50']]]);
    assert.deepEqual(summary('The dead included 12 adults and seven children, officials said. In all, 18 people died in the crash.'), [
      ['12 adults and seven children', 'parts-total', 'warning', ['18']],
    ]);
    assert.deepEqual(summary('A total of 55 people were killed, including 20 soldiers and 35 fighters.'), []);
  });

  it('flags parts that claim to be the whole but fall short', () => {
    const text = 'Of the 2,500 evacuees, 1,400 are from Eastfield and the other 600 from Westmoor.';
    assert.deepEqual(summary(text), [['1,400 are from Eastfield and the other 600', 'parts-total', 'warning', ['2,500']]]);
  });

  it('stays silent when parts add up, or leave a stated rest', () => {
    assert.deepEqual(summary('Of the 2,500 evacuees, 1,900 are from Eastfield and the other 600 from Westmoor.'), []);
    assert.deepEqual(summary('He stole 500,000 crowns.\n\nHe spent 200,000 crowns on a boat and 95,000 on a car, with the rest unaccounted for.'), []);
  });

  it('checks a table column against its Total row', () => {
    const text = '# Cases\n\n| District | Cases |\n| --- | --- |\n| North | 120 |\n| South | 85 |\n| Total | 215 |\n';
    assert.deepEqual(summary(text, 'markdown'), [['215', 'parts-total', 'warning', ['120', '85']]]);
  });

  it('flags shares enumerated in one sentence that add up to more than 100 per cent', () => {
    const text = 'Labour won 45 percent, the Conservatives 38 percent and the Liberals 22 percent, the commission said.';
    assert.deepEqual(summary(text), [['22 percent', 'shares-over-100', 'warning', ['45 percent', '38 percent']]]);
    assert.deepEqual(summary('The National Party polled 34 percent and the Greens 30 percent, with the Liberal Centre on 17 percent.'), []);
    assert.deepEqual(summary('Prices rose 3 percent, 4 percent and 5 percent in the three months.'), []);
  });

  it('checks list items against a Total item', () => {
    const text = '- Total: 45 seats\n- Blue: 20 seats\n- Red: 15 seats\n- Green: 12 seats\n';
    assert.deepEqual(summary(text, 'markdown'), [['45', 'parts-total', 'warning', ['20', '15', '12']]]);
    assert.deepEqual(summary('- Total: 45 seats\n- Blue: 20 seats\n- Red: 15 seats\n- Green: 10 seats\n', 'markdown'), []);
  });

  it('flags list shares that add up to more than 100 per cent', () => {
    const text = 'The shares of the vote:\n\n- Ana Silva: 48.2%\n- Tom Berg: 40.1%\n- Others: 13.5%\n';
    assert.deepEqual(summary(text, 'markdown'), [['Others: 13.5%', 'shares-over-100', 'warning', ['48.2%', '40.1%']]]);
    assert.deepEqual(summary('The shares of the vote:\n\n- Ana Silva: 48.2%\n- Tom Berg: 40.1%\n- Others: 11.7%\n', 'markdown'), []);
  });
});

describe('inconsistent-figure: arithmetic a sentence states', () => {
  it('checks a percentage change against its two values', () => {
    const text = 'Sales rose 10 percent to $5.5 million from $4.4 million, the company said.';
    assert.deepEqual(summary(text), [['10 percent', 'percentage-change', 'warning', ['$4.4 million', '$5.5 million']]]);
    assert.match(findings(text)[0]!.message, /a rise of 25 percent, not "10 percent"/);
    assert.deepEqual(summary('Sales rose 25 percent to $5.5 million from $4.4 million, the company said.'), []);
    assert.deepEqual(summary('Profit fell 35 percent to 120 million dollars from 185 million dollars.'), []);
    // The unit written once, after the second value.
    assert.deepEqual(summary('Prices rose 10 percent from 100 to 120 dollars, the bureau said.'), [['10 percent', 'percentage-change', 'warning', ['100', '120 dollars']]]);
  });

  it('checks "doubled" and "tripled" against their values', () => {
    assert.deepEqual(summary('The club said its crowd tripled last year, from 200 to 450 a game.'), [['tripled', 'multiplier', 'warning', ['200', '450']]]);
    assert.deepEqual(summary('The club said its crowd doubled last year, from 1,000 to 2,000 a game.'), []);
    assert.deepEqual(summary('The club said its crowd more than doubled last year, from 1,000 to 2,600 a game.'), []);
  });

  it('checks an increase stated next to a doubling', () => {
    const text = '"We have doubled our membership this year, to 30,000," she said. "That is 12,000 new members."';
    assert.deepEqual(summary(text), [['12,000 new members', 'multiplier', 'warning', ['doubled our membership', '30,000']]]);
  });
});

describe('inconsistent-figure: weekday, age, conversion', () => {
  it('flags a weekday that does not match its date', () => {
    const text = 'The hearing is set for Thursday 5 July 2024, the court said.';
    const f = onlySpan(text, 'Thursday 5 July 2024');
    assert.equal(f.data['kind'], 'weekday');
    assert.match(f.message, /5 July 2024 is a Friday, not a Thursday/);
    assert.deepEqual(summary('The hearing is set for Friday 5 July 2024, the court said.'), []);
  });

  it('flags a wrong weekday in a dateline', () => {
    const text = 'Storm hits coast\n\nLast update: Friday 7 April 2016 17:53 UTC\n\nThe storm reached the coast on Thursday.';
    const f = onlySpan(text, 'Friday 7 April 2016 17:53 UTC');
    assert.match(f.message, /7 April 2016 is a Thursday, not a Friday/);
  });

  it('flags the same person given two ages', () => {
    const text = 'Tomas Reyes, 44, conceded defeat.\n\nThe 45-year-old Reyes said he would stay in politics.';
    assert.deepEqual(summary(text), [['45', 'age', 'warning', ['44']]]);
    assert.deepEqual(summary('Tomas Reyes, 44, conceded defeat.\n\nAnna Reyes, 45, said she would run.'), []);
    assert.deepEqual(summary('Police have arrested the manager, Adel Karim, 52.\n\nKarim, 54, was released on bail.'), [['54', 'age', 'warning', ['52']]]);
  });

  it('flags a wrong unit conversion and accepts right ones', () => {
    assert.deepEqual(summary('The new road is 12 km (4.5 miles) long.'), [['4.5 miles', 'conversion', 'warning', ['12 km']]]);
    assert.deepEqual(summary('The new road is 12 km (7.5 miles) long and the tunnel 500 metres (1,640 feet).'), []);
    assert.deepEqual(summary('Temperatures reached 41C (106F) on Monday.'), []);
    assert.deepEqual(summary('The jet flies 9,420 nautical miles (17,446 km); the freighter 4,000 nautical miles (5,000 km).'), [['5,000 km', 'conversion', 'warning', ['4,000 nautical miles']]]);
  });
});

describe('inconsistent-figure: consistent re-mentions stay silent', () => {
  it('accepts rounding', () => {
    assert.deepEqual(summary('About 1,200 people were evacuated.\n\nOfficials later said 1,187 people had been evacuated.'), []);
    assert.deepEqual(summary('Index falls nearly 350 points\n\nThe index fell 344.65 points on Monday, exchange data showed.'), []);
  });

  it('accepts "half" for 50 percent and one figure written two ways', () => {
    assert.deepEqual(summary('Half of the 40 staff voted to strike.\n\nThe union said 50% of the staff voted to strike.'), []);
    assert.deepEqual(summary('The council set aside £1.5 million for repairs.\n\nThe £1,500,000 repair fund will be spent on the A614.'), []);
  });

  it('keeps figures for different dates and places apart', () => {
    assert.deepEqual(summary("The council's reserves stand at £7.2 million.\n\nAs of 31 March 2024 the reserves stood at £7.9 million.", 'plaintext'), []);
    assert.deepEqual(summary('In Kessa, 612 cholera cases have been confirmed.\n\nIn Dunmore, 401 cholera cases have been confirmed.'), []);
  });

  it('keeps figures under different opening frames apart: places, numbered places, years, periods, groups', () => {
    assert.deepEqual(summary('In district 1, 40 people were killed in the floods.\n\nIn district 2, 25 people were killed in the floods.'), []);
    assert.deepEqual(summary('In District 1, 40 people were killed in the floods.\n\nIn District 2, 25 people were killed in the floods.'), []);
    assert.deepEqual(summary('In the north, 40 people were killed in the floods.\n\nIn the south, 25 people were killed in the floods.'), []);
    assert.deepEqual(summary('In 2019, 40 people were killed on the roads of the county.\n\nIn 2020, 25 people were killed on the roads of the county.'), []);
    assert.deepEqual(summary('Last year, 40 people were killed on the roads of the county.\n\nThis year, 25 people have been killed on the roads of the county.'), []);
    assert.deepEqual(summary('Among women, 40 percent said they backed the plan.\n\nAmong men, 25 percent said they backed the plan.'), []);
  });

  it('keeps figures for different parts of a country and different numbered places apart, wherever the place stands', () => {
    assert.deepEqual(summary('Floods killed 40 people in the north of the country.\n\nFloods killed 25 people in the south of the country.'), []);
    assert.deepEqual(summary('Route 66 buses carried 400 passengers a day.\n\nRoute 12 buses carried 250 passengers a day.'), []);
    assert.deepEqual(summary('The storm destroyed 40 homes in Ward 3.\n\nThe storm destroyed 25 homes in Ward 5.'), []);
  });

  it('keeps figures for different parts of the story apart, and a framed past from now', () => {
    assert.deepEqual(summary('At the first site, 40 workers were hurt.\n\nAt the second site, 25 workers were hurt.'), []);
    assert.deepEqual(summary('In 2019, 400 people were killed on the roads.\n\nThe number of people killed on the roads fell to 250.'), []);
    assert.deepEqual(summary('A year ago, 400 people were waiting for surgery.\n\nNow 250 people are waiting for surgery, the board said.'), []);
    const now = 'Last update: Thursday 7 April 2016\n\nThis year, 40 people have been killed on the roads.\n\nSo far 25 people have been killed on the roads, police said.';
    assert.deepEqual(summary(now), [['25', 'different-values', 'warning', ['40']]]);
  });

  it('dates a sentence by the year of its frame, so a framed figure still meets one of that year', () => {
    const text = 'Valley floods\n\nLast update: Tuesday 7 April 2020\n\nThe ministry said the storm destroyed 120 homes in the valley in March 2019.\n\nIn 2019, 210 homes were destroyed in the valley.';
    assert.deepEqual(summary(text), [['210', 'different-values', 'warning', ['120']]]);
  });

  it('still flags figures under one frame that disagree', () => {
    const text = 'In the north, 40 people were killed in the floods.\n\nIn the north, 25 people were killed in the floods.';
    assert.deepEqual(summary(text), [['25', 'different-values', 'warning', ['40']]]);
    const numbered = 'Floods hit District 9\n\nIn District 9, 40 people were killed in the floods.\n\nThe mayor said 25 people were killed in District 9.';
    assert.deepEqual(summary(numbered), [['25', 'different-values', 'warning', ['40']]]);
  });

  it("takes a framed place's or group's figure for a part of the story's whole", () => {
    const part = 'The floods killed 40 people, officials said.\n\nIn the north, 25 people were killed, the mayor said.';
    assert.deepEqual(summary(part), []);
    const more = 'The floods killed 40 people, officials said.\n\nIn the north, 55 people were killed, the mayor said.';
    assert.deepEqual(summary(more), [['55', 'different-values', 'warning', ['40']]]);
    const rate = 'Some 40 percent of voters backed the plan, the poll found.\n\nAmong women, 55 percent backed the plan, the poll found.';
    assert.deepEqual(summary(rate), []);
    const headline = 'Inflation rises to 4.6% in Britain\n\nInflation rose to 4.3 percent, the statistics office said.';
    assert.deepEqual(summary(headline), [['4.6%', 'headline-body', 'warning', ['4.3 percent']]]);
  });

  it('keeps different events and different things apart', () => {
    assert.deepEqual(summary('More than 270 people have been killed.\n\nThousands of people have gone missing.'), []);
    assert.deepEqual(summary('At least 20 soldiers were killed.\n\nAt least 35 fighters were killed.'), []);
  });

  it('keeps figures dated to different days apart, but not a report date or a span start', () => {
    const storm = 'Storm cuts power\n\nLast update: Sunday 11 February 2024\n\nAbout 30,000 homes were without power on Saturday after the storm.\n\nPower had been restored to 25,000 homes by Sunday morning.';
    assert.deepEqual(summary(storm), []);
    const kidnap =
      'Gunmen seize miners\n\nLast update: Thursday 7 April 2016\n\nPolice said on Thursday that gunmen had kidnapped more than 40 employees of a mine.\n\nResidents said at least 25 workers at the mine had been missing since Monday.';
    assert.deepEqual(summary(kidnap), [['at least 25', 'different-values', 'information', ['more than 40']]]);
  });

  it('keeps figures of different owners apart, and the parts of an enumeration', () => {
    assert.deepEqual(summary('Kessa Mining employs 3,000 workers at its pits.\n\nDunmore Steel employs 2,500 workers at its mill.'), []);
    assert.deepEqual(summary('City have 58 points after the win.\n\nRovers have 56 points.'), []);
    assert.deepEqual(summary('At least 112 people were killed in the quake.\n\nOfficials said 60 people died in Kargi alone, while 40 died in Belen.'), []);
  });

  it('reads the value a change started from as another time', () => {
    assert.deepEqual(summary('Unemployment falls to 4.2%\n\nThe jobless rate fell to 4.2 percent in August from 4.5 percent in July, the office said.'), []);
  });

  it('reads a headline that summarises with a vague magnitude as agreeing', () => {
    assert.deepEqual(summary('Wildfire forces thousands from homes\n\nThe fire has forced about 3,500 people from their homes, the fire service said.'), []);
  });
});
