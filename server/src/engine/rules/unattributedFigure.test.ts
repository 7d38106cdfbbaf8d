import * as assert from 'node:assert/strict';
import { analyze } from '../analyze';
import type { EngineSettings } from '../settings';

const findings = (text: string, format: 'plaintext' | 'markdown' = 'plaintext', settings: EngineSettings = {}) =>
  analyze(text, format, settings).findings.filter((f) => f.rule === 'unattributed-figure');
const flagged = (text: string, format: 'plaintext' | 'markdown' = 'plaintext') => findings(text, format).map((f) => text.slice(f.span.start, f.span.end));

describe('unattributed-figure', () => {
  it('flags each figure of a sentence with no source, at its exact range', () => {
    const text = 'More than 270,000 people have been killed and millions have fled their homes.';
    assert.deepEqual(
      findings(text).map((f) => [f.span.start, f.span.end, f.severity]),
      [
        [0, 17, 'warning'],
        [46, 54, 'warning'],
      ],
    );
  });

  it('flags a figure restated in another unit once, as the figure it restates', () => {
    assert.deepEqual(flagged('It won a $40 billion (£20.1 billion) contract for a bridge 12 km, or 7.5 miles, long, and 9.3 mm (0.37 inches) thick, seating 40 (of 50).'), [
      '$40 billion',
      '12 km',
      '9.3 mm',
      '40',
      '50',
    ]);
  });

  it('ends a sentence at a short scale and a full stop, so the next sentence lends it no source', () => {
    assert.deepEqual(flagged('The club paid £45m. Fans said the fee was fair. The rival bid $2bn. Others said 9 shops shut.'), ['£45m', '$2bn']);
  });

  it('ends a sentence at a clock time and a full stop', () => {
    assert.deepEqual(flagged('Some 300 voters queued until 9pm. Officials said 40 ballots were spoiled.'), ['Some 300']);
  });

  it('names the figure and what is missing in the message', () => {
    const [f] = findings('About 200 fishermen gathered outside.');
    assert.equal(f!.message, 'Figure "About 200" has no source: nothing in its sentence says who gives it (no "said", "according to", attributed quote or citation).');
  });

  it('does not flag a figure whose sentence has a reporting verb and a source', () => {
    assert.deepEqual(flagged('Abdel Rahman said that IS had lost control of at least 18 villages.'), []);
  });

  it('does not flag a figure in a quotation that continues an attributed one', () => {
    assert.deepEqual(flagged('"The water is rising," said Oduya. "We have moved 600 families."'), []);
  });

  it('flags a figure in the sentence after an attributed one when nothing carries it', () => {
    assert.deepEqual(flagged('The council said it had recovered 41,000 crowns. Eastbrook still has 60 families in temporary housing.'), ['60']);
  });

  it('does not flag a headline figure the body repeats', () => {
    assert.deepEqual(flagged('# Index falls nearly 350 points\n\nThe index fell 344.65 points, exchange data showed.\n', 'markdown'), []);
  });

  it('does not flag a standfirst figure the body repeats, but flags one it does not', () => {
    assert.deepEqual(flagged('# Quake hits the region\n\n*Hundreds injured as rescuers search rubble*\n\nAbout 400 people were injured, the ministry said.\n', 'markdown'), []);
    assert.deepEqual(flagged('# Quake hits the region\n\n*Thousands injured as rescuers search rubble*\n\nAbout 400 people were injured, the ministry said.\n', 'markdown'), ['Thousands']);
  });

  it('reads a headline figure with a scale word as rounded to its last digit', () => {
    assert.deepEqual(flagged('# Sales top $4bn\n\nSales climbed to $4.2 billion, the company said.\n', 'markdown'), []);
    assert.deepEqual(flagged('# Sales top $4bn\n\nSales climbed to $4.6 billion, the company said.\n', 'markdown'), ['$4bn']);
  });

  it('reads a share in a headline against a percentage in the body', () => {
    assert.deepEqual(flagged('# Drug cuts risk by a third\n\nThe drug cut the risk by 33%, researchers reported.\n', 'markdown'), []);
    assert.deepEqual(flagged('# Drug cuts risk by a third\n\nThe drug cut the risk by 25%, researchers reported.\n', 'markdown'), ['a third']);
  });

  it('reads a percentage in a headline against a share in the body', () => {
    assert.deepEqual(flagged('# Turnout reaches 50%\n\nHalf of voters turned out, officials said.\n', 'markdown'), []);
    assert.deepEqual(flagged('# Turnout reaches 60%\n\nHalf of voters turned out, officials said.\n', 'markdown'), ['60%']);
    assert.deepEqual(flagged('# Turnout reaches 40%\n\nHalf of voters turned out, officials said.\n', 'markdown'), ['40%']);
  });

  it('does not take a body figure of another unit for the headline figure', () => {
    assert.deepEqual(flagged('# Council hires 40 staff\n\nCosts rose 40%, the council said.\n', 'markdown'), ['40']);
  });

  it('flags a headline figure the body does not support', () => {
    assert.deepEqual(flagged('# Council approves 15% fare rise\n\nThe council approved a 12 percent rise, the minutes show.\n', 'markdown'), ['15%']);
  });

  it('does not flag figures inside a footnote definition', () => {
    assert.deepEqual(flagged('Cases rose 40 percent[^1].\n\n[^1]: Situation report of 300 pages, ministry of health.\n', 'markdown'), []);
  });

  it('does not flag figures inside a source tag', () => {
    assert.deepEqual(flagged('Cases rose 40 percent. [source: ministry report of 300 pages]'), []);
  });

  it('can be turned off in settings', () => {
    assert.deepEqual(findings('About 200 fishermen gathered.', 'plaintext', { rules: { 'unattributed-figure': 'off' } }), []);
  });

  it('takes its severity from settings', () => {
    assert.deepEqual(findings('About 200 fishermen gathered.', 'plaintext', { rules: { 'unattributed-figure': 'error' } }).map((f) => f.severity), ['error']);
  });

  it('gives the figure as its data', () => {
    const text = 'The office said 31 people died. Aid agencies say roads are shut. More than 4,000 households were displaced.';
    assert.deepEqual(findings(text).map((f) => f.data), [{ figure: 'More than 4,000' }]);
  });
});
