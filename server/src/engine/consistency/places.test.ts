import * as assert from 'node:assert/strict';
import { analyze } from '../analyze';
import { placesOf } from './places';

/** The places of a one-sentence draft, in the order read. */
const places = (text: string): string[] => [...placesOf(analyze(text, 'plaintext').sentences[0]!.tokens)];

describe('placesOf: where a sentence puts its claims', () => {
  it('reads names after a preposition of place, with all their words', () => {
    assert.deepEqual(places('Floods killed 40 people in Kessa and 12 at the Lusk plant.'), ['kessa', 'lusk']);
    assert.deepEqual(places('Floods killed 40 people in New York.'), ['new york']);
    assert.deepEqual(places('In the village of Tala, 45 people died.'), ['tala']);
  });

  it('reads a numbered place by its number, wherever it stands', () => {
    assert.deepEqual(places('Police said 40 people were killed in District 9.'), ['district 9']);
    assert.deepEqual(places('Route 66 buses carry 400 passengers a day.'), ['route 66']);
    assert.deepEqual(places('Passengers at gate 4 waited.'), ['gate 4']);
  });

  it('reads a part of a country, and the name an adjective of place leads to', () => {
    assert.deepEqual(places('Floods killed 40 people in the north-east of the country.'), ['north-east']);
    assert.deepEqual(places('In rural areas, 40 people died.'), ['rural areas']);
    assert.deepEqual(places('In central London, 40 people died.'), ['london']);
  });

  it('reads no place in phrases of time or speech', () => {
    assert.deepEqual(places('In March, 40 people died.'), []);
    assert.deepEqual(places('In a statement to Reuters, the firm said 40 jobs would go.'), []);
    assert.deepEqual(places('In all, 40 people died in the floods.'), []);
  });
});
