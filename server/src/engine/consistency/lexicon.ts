/**
 * The words the consistency pass needs to tell whether two figures speak of the same thing.
 *
 * wink-nlp gives lemmas ("kidnapped" → "kidnap", "workers" → "worker") but no synonyms, and no
 * offline English thesaurus package is small and kept up. So this is a short, hand-written table
 * of the nouns and events news copy counts, grouped by what a copy editor would call the same
 * count. It is deliberately general (no story's own words) and deliberately small: a pair of
 * figures only counts as one quantity when the draft says so plainly.
 */

/** Nouns that name the same kind of thing counted, by a shared concept name. */
const NOUN_GROUPS: Record<string, readonly string[]> = {
  worker: ['worker', 'employee', 'staff', 'staffer', 'labourer', 'laborer', 'personnel', 'workforce', 'employ'],
  fighter: ['fighter', 'militant', 'insurgent', 'rebel', 'jihadist', 'gunman', 'combatant'],
  soldier: ['soldier', 'troop', 'serviceman', 'servicemen'],
  dead: ['death', 'dead', 'fatality', 'body'],
  injured: ['injury', 'injured', 'wounded'],
  child: ['child', 'children', 'kid', 'minor'],
  home: ['home', 'house', 'dwelling'],
  aircraft: ['aircraft', 'plane', 'jet', 'airliner'],
  ship: ['ship', 'vessel', 'boat'],
  dose: ['dose', 'jab', 'shot'],
  job: ['job', 'post', 'position'],
  company: ['company', 'firm', 'business'],
  protester: ['protester', 'protestor', 'demonstrator'],
  family: ['family', 'household'],
  member: ['member', 'membership'],
  case: ['case', 'infection'],
  student: ['student', 'pupil'],
  vote: ['vote', 'ballot'],
  evacuee: ['evacuee', 'displaced'],
};

/** Nouns for people in general: they may name any group of people the draft counts. */
export const GENERIC_PERSON_NOUNS: ReadonlySet<string> = new Set(['people', 'person', 'individual', 'persons']);

/** Nouns that name groups of people: "people" may stand for any of them. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...GENERIC_PERSON_NOUNS, ...NOUN_GROUPS.worker!, ...NOUN_GROUPS.fighter!, ...NOUN_GROUPS.soldier!, ...NOUN_GROUPS.child!,
  ...NOUN_GROUPS.protester!, ...NOUN_GROUPS.student!, ...NOUN_GROUPS.evacuee!, 'adult', 'man', 'men', 'woman', 'women', 'boy', 'girl',
  'resident', 'civilian', 'patient', 'passenger', 'migrant', 'refugee', 'prisoner', 'hostage', 'victim', 'voter', 'fan', 'nurse',
  'doctor', 'teacher', 'officer', 'firefighter', 'fisherman', 'farmer', 'member', 'citizen', 'pilgrim', 'tourist', 'visitor',
  'survivor', 'casualty', 'detainee', 'inmate', 'pensioner', 'spectator', 'delegate', 'customer', 'user', 'subscriber', 'adherent',
]);

/**
 * Events a count belongs to. Two counts of people with events from different groups ("killed"
 * against "missing") are different counts, whatever the nouns say.
 */
const EVENT_GROUPS: Record<string, readonly string[]> = {
  died: ['kill', 'die', 'dead', 'death', 'fatality', 'perish', 'toll', 'massacre', 'slay', 'drown', 'fatal'],
  injured: ['injure', 'wound', 'hurt', 'injury', 'injured', 'wounded'],
  missing: ['kidnap', 'abduct', 'missing', 'miss', 'disappear', 'hostage', 'abduction', 'kidnapping', 'captive'],
  displaced: ['flee', 'displace', 'evacuate', 'evacuee', 'homeless', 'uproot', 'evacuation', 'displaced'],
  arrested: ['arrest', 'detain', 'jail', 'imprison', 'detention', 'convict', 'charge', 'sentence'],
  stolen: ['steal', 'theft', 'embezzle', 'loot', 'misappropriate', 'stole', 'stolen', 'fraud'],
  destroyed: ['destroy', 'raze', 'flatten', 'demolish'],
  damaged: ['damage'],
  lead: ['lead', 'trail', 'ahead', 'behind', 'gap', 'deficit', 'margin'],
  rose: ['rise', 'increase', 'climb', 'grow', 'gain', 'jump', 'surge', 'soar', 'up', 'hike', 'growth', 'raise'],
  fell: ['fall', 'drop', 'decline', 'decrease', 'slump', 'slide', 'lose', 'down', 'plunge', 'shrink', 'cut', 'tumble', 'loss'],
  spent: ['spend', 'pay', 'cost', 'spending', 'payment'],
  earned: ['earn', 'raise', 'collect', 'receive', 'revenue', 'income', 'donation', 'profit'],
  sold: ['sell', 'sale', 'export'],
  bought: ['buy', 'purchase', 'import', 'order'],
  hired: ['hire', 'recruit', 'employ'],
  dismissed: ['sack', 'dismiss', 'layoff', 'redundancy', 'axe'],
};

/** Event groups that go with many quantities at once: sharing one says little. */
export const GENERIC_EVENTS: ReadonlySet<string> = new Set(['rose', 'fell', 'spent', 'earned', 'sold', 'bought']);

function invert(groups: Record<string, readonly string[]>): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [concept, words] of Object.entries(groups)) for (const w of words) if (!map.has(w)) map.set(w, concept);
  return map;
}

const NOUN_CONCEPT = invert(NOUN_GROUPS);
const EVENT_CONCEPT = invert(EVENT_GROUPS);

/** The concept a counted noun stands for: its group's name, or the lemma itself. */
export function nounConcept(lemma: string): string {
  return NOUN_CONCEPT.get(lemma) ?? lemma;
}

/** The event group of a word (a lemma), if it names one. */
export function eventOf(lemma: string): string | undefined {
  return EVENT_CONCEPT.get(lemma);
}

/**
 * Nouns too general to tell two quantities apart ("the figure", "the number", "a year"): sharing
 * one of them says nothing about sharing a referent.
 */
export const GENERAL_NOUNS: ReadonlySet<string> = new Set([
  'figure', 'number', 'total', 'amount', 'percent', 'per', 'cent', 'percentage', 'point', 'rate', 'level', 'share', 'part', 'lot',
  'year', 'month', 'week', 'day', 'time', 'today', 'people', 'person', 'thing', 'way', 'one', 'other', 'rest', 'some', 'estimate',
  'report', 'statement', 'data', 'official', 'source', 'news', 'agency', 'spokesman', 'spokeswoman', 'spokesperson', 'reporter',
  'end', 'start', 'average', 'record', 'value', 'cost', 'price', 'sum', 'area', 'place', 'side', 'kind', 'sort', 'term', 'case',
  'dollar', 'euro', 'pound', 'crown', 'million', 'billion', 'thousand', 'hundred', 'times', 'half', 'third', 'quarter',
]);

/** Words after a number that make it an increment, not a total: "18,000 new members", "another 150". */
export const INCREMENT_WORDS: ReadonlySet<string> = new Set(['new', 'more', 'extra', 'additional', 'further', 'another', 'fresh']);

/**
 * Words before a figure that make it a target, a forecast or an earlier estimate rather than a
 * fact of now: verbs and modals a few words back ("hopes to carry out 2,000", "could reach"),
 * nouns right before it ("its previous forecast of 185 million").
 */
export const TARGET_VERBS: ReadonlySet<string> = new Set([
  'aim', 'hope', 'expect', 'forecast', 'predict', 'project', 'bring', 'seek', 'want', 'propose', 'plan', 'target',
  'could', 'might', 'may', 'will', 'would', 'should', 'shall',
]);
export const TARGET_NOUNS: ReadonlySet<string> = new Set(['target', 'goal', 'aim', 'forecast', 'projection', 'previous', 'prediction', 'ambition']);

/** Weekday and month names, lower-case: capitalised words that name a time, not a place. */
export const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const MONTH_NAMES: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** Capitalised words that name a time, not a place. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTH_NAMES]);

/** Kinds of place, named with "of" ("the village of Tala") or a number ("district 9", "Gate 4"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'village', 'town', 'city', 'province', 'district', 'region', 'county', 'state', 'country', 'capital', 'island', 'port',
  'municipality', 'governorate', 'prefecture', 'ward', 'precinct', 'sector', 'zone', 'constituency', 'borough', 'suburb', 'camp', 'route', 'gate', 'terminal', 'highway',
]);

/** Words that name a part of a country by where it lies: "in the north", "in rural areas". */
export const REGION_WORDS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'north-east', 'north-west', 'south-east', 'south-west', 'northeast', 'northwest', 'southeast',
  'southwest', 'northern', 'southern', 'eastern', 'western', 'central', 'centre', 'center', 'rural', 'urban', 'coastal', 'inland',
]);
