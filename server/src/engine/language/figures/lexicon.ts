/**
 * The words figures are made of: number words, scales, currencies, units and the words that
 * turn a number into a date, a time span or a name. Kept in one place so the detector's rules
 * read as rules, not as word lists.
 */

/** Cardinal number words and their values ("a dozen" is handled with the scales). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Multipliers written after a number ("1.2 million", "$1.13bn", "£4.8m", "five hundred"). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['dozen', 12],
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['bn', 1e9], ['b', 1e9], ['tn', 1e12], ['trn', 1e12],
]);
/** Abbreviated scales that are also units ("4.5m" is metres unless money is meant). */
export const AMBIGUOUS_SCALES: ReadonlySet<string> = new Set(['m', 'b', 'k']);

/**
 * Vague magnitudes and the interval each stands for. "Thousands" is at least a thousand and
 * less than a million: wide on purpose, so that only values that cannot fit disagree.
 */
export const VAGUE: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['dozens', [24, 199]], ['scores', [40, 199]], ['hundreds', [200, 999]], ['thousands', [1000, 999_999]],
  ['millions', [1e6, 999_999_999]], ['billions', [1e9, 999_999_999_999]],
]);

/** Fractions written in words: "a quarter of", "two-thirds", "half of". */
export const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 1 / 2], ['halves', 1 / 2], ['third', 1 / 3], ['thirds', 1 / 3], ['quarter', 1 / 4], ['quarters', 1 / 4],
  ['fifth', 1 / 5], ['fifths', 1 / 5], ['tenth', 1 / 10], ['tenths', 1 / 10],
]);

/** Currency symbols and codes written before the amount, by their normalised unit. */
export const CURRENCY_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['$', 'dollar'], ['us$', 'dollar'], ['a$', 'dollar'], ['c$', 'dollar'], ['nz$', 'dollar'], ['hk$', 'dollar'], ['£', 'pound'],
  ['€', 'euro'], ['¥', 'yen'], ['₹', 'rupee'], ['₦', 'naira'], ['₽', 'rouble'], ['₩', 'won'], ['₺', 'lira'], ['r$', 'real'],
  ['usd', 'dollar'], ['eur', 'euro'], ['gbp', 'pound'], ['jpy', 'yen'], ['chf', 'franc'], ['inr', 'rupee'], ['rs', 'rupee'], ['rs.', 'rupee'],
]);

/** Units written after the number, plural and singular, by their normalised form. */
export const UNITS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    percent: 'percent', pct: 'percent', '%': 'percent', 'per cent': 'percent', 'percentage point': 'percentage point',
    'percentage points': 'percentage point', point: 'point', points: 'point', 'basis points': 'basis point', 'basis point': 'basis point',
    dollar: 'dollar', dollars: 'dollar', euro: 'euro', euros: 'euro', pound: 'pound', pounds: 'pound', crown: 'crown', crowns: 'crown',
    yen: 'yen', yuan: 'yuan', rupee: 'rupee', rupees: 'rupee', franc: 'franc', francs: 'franc', peso: 'peso', pesos: 'peso',
    rouble: 'rouble', roubles: 'rouble', ruble: 'rouble', rubles: 'rouble', lira: 'lira', naira: 'naira', rand: 'rand', shekel: 'shekel',
    shekels: 'shekel', dinar: 'dinar', dinars: 'dinar', riyal: 'riyal', riyals: 'riyal', kronor: 'crown', kroner: 'crown', krona: 'crown',
    metre: 'metre', metres: 'metre', meter: 'metre', meters: 'metre', m: 'metre', km: 'kilometre', kilometre: 'kilometre',
    kilometres: 'kilometre', kilometer: 'kilometre', kilometers: 'kilometre', cm: 'centimetre', centimetres: 'centimetre',
    mm: 'millimetre', millimetre: 'millimetre', millimetres: 'millimetre', mile: 'mile', miles: 'mile', foot: 'foot', feet: 'foot',
    ft: 'foot', inch: 'inch', inches: 'inch', kg: 'kilogram', kilogram: 'kilogram', kilograms: 'kilogram', kilo: 'kilogram', kilos: 'kilogram',
    g: 'gram', gram: 'gram', grams: 'gram', tonne: 'tonne', tonnes: 'tonne', ton: 'tonne', tons: 'tonne', lb: 'pound (weight)',
    lbs: 'pound (weight)', litre: 'litre', litres: 'litre', liter: 'litre', liters: 'litre', l: 'litre', gallon: 'gallon', gallons: 'gallon',
    barrel: 'barrel', barrels: 'barrel', hectare: 'hectare', hectares: 'hectare', ha: 'hectare', acre: 'acre', acres: 'acre',
    'square kilometres': 'square kilometre', 'square kilometers': 'square kilometre', 'square miles': 'square mile', sq: 'square',
    'nautical miles': 'nautical mile', 'nautical mile': 'nautical mile',
    degree: 'degree', degrees: 'degree', c: '°C', f: '°F', '°c': '°C', '°f': '°F', '°': 'degree', kph: 'km/h', mph: 'mph', 'km/h': 'km/h',
    mw: 'megawatt', megawatts: 'megawatt', gw: 'gigawatt', gigawatts: 'gigawatt', kwh: 'kWh', volts: 'volt', kb: 'kilobyte',
    mb: 'megabyte', gb: 'gigabyte', tb: 'terabyte', ghz: 'gigahertz', mhz: 'megahertz', db: 'decibel', decibels: 'decibel',
  }),
);
/** Units that only read as units when written straight after the digits ("41C", "10km", "5m"). */
export const ATTACHED_ONLY_UNITS: ReadonlySet<string> = new Set(['c', 'f', 'g', 'l', 'm', 'ha', 'sq']);

/** Units of time: a number of them is a time span ("two days of clashes"), not a figure. */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'second', 'seconds', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'night', 'nights',
  'week', 'weeks', 'fortnight', 'fortnights', 'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries',
  'weekend', 'weekends', 'season', 'seasons', 'quarter', 'quarters', 'term', 'terms',
]);

export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Words after a number that make it a clock time ("7 a.m.", "17:53 GMT"). */
export const CLOCK_WORDS: ReadonlySet<string> = new Set(['a.m', 'p.m', 'am', 'pm', 'gmt', 'utc', 'bst', 'cet', 'est', 'edt', 'pst', "o'clock", 'hrs']);

/** Lower-case labels that turn the following number into a name or a place in a list. */
export const LABELS: ReadonlySet<string> = new Set([
  'no', 'nos', 'number', 'num', 'page', 'pages', 'p', 'pp', 'chapter', 'paragraph', 'para', 'article', 'clause', 'section',
  'item', 'route', 'ward', 'room', 'flight', 'platform', 'gate', 'bus', 'line', 'level', 'grade', 'category', 'phase', 'stage',
  'episode', 'volume', 'vol', 'issue', 'exit', 'junction', 'highway', 'road', 'rule', 'figure', 'fig', 'table', 'version', 'v', 'model',
  'size', 'seat', 'district', 'precinct', 'sector', 'zone', 'block', 'tier', 'band', 'lot', 'case', 'file', 'bill', 'resolution', 'channel', 'unit', 'apartment',
  'floor', 'terminal', 'pier', 'dock', 'station', 'bay', '#',
]);

/** Words before a time span that make it a penalty, which is a figure ("jailed for four years"). */
export const PENALTY_CUES: ReadonlySet<string> = new Set([
  'jailed', 'sentenced', 'imprisoned', 'imprisonment', 'faces', 'face', 'facing', 'faced', 'serve', 'serving', 'served', 'prison',
  'jail', 'sentence', 'detention', 'detained', 'banned', 'suspended',
]);
/** Words after a time span that make it a penalty ("five years in prison"). */
export const PENALTY_PLACES: ReadonlySet<string> = new Set(['prison', 'jail', 'detention', 'custody', 'gaol']);

/** Words of a match result: "3-1 win", "won 2-0". */
export const SCORE_WORDS: ReadonlySet<string> = new Set([
  'win', 'won', 'victory', 'defeat', 'defeated', 'draw', 'drew', 'loss', 'lost', 'lead', 'beat', 'beating', 'thrashing', 'scoreline', 'score', 'result',
]);
