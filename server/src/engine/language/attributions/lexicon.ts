/**
 * The words attribution is made of: reporting verbs, the nouns that name a source, and the
 * documents that can be one. Forms are listed rather than lemmatised because wink tags many
 * of them as nouns ("Officials estimate", "data show") and its lemmas do not recover them.
 */

const forms = (entries: Record<string, string[]>): ReadonlyMap<string, string> => {
  const map = new Map<string, string>();
  for (const [base, inflected] of Object.entries(entries)) for (const f of [base, ...inflected]) map.set(f, base);
  return map;
};

/** Verbs by which a person or body reports a claim, each form → its base. */
export const REPORTING_VERBS = forms({
  say: ['says', 'said', 'saying'], tell: ['tells', 'told', 'telling'], report: ['reports', 'reported'], announce: ['announces', 'announced'],
  estimate: ['estimates', 'estimated'], state: ['states', 'stated'], add: ['adds', 'added'], claim: ['claims', 'claimed'],
  confirm: ['confirms', 'confirmed'], note: ['notes', 'noted'], warn: ['warns', 'warned'], explain: ['explains', 'explained'],
  insist: ['insists', 'insisted'], predict: ['predicts', 'predicted'], forecast: ['forecasts', 'forecasted'], expect: ['expects', 'expected'],
  reveal: ['reveals', 'revealed'], disclose: ['discloses', 'disclosed'], testify: ['testifies', 'testified'], allege: ['alleges', 'alleged'],
  acknowledge: ['acknowledges', 'acknowledged'], admit: ['admits', 'admitted'], write: ['writes', 'wrote'], tweet: ['tweets', 'tweeted'],
  calculate: ['calculates', 'calculated'], count: ['counts', 'counted'], record: ['records', 'recorded'], believe: ['believes', 'believed'],
  fear: ['fears', 'feared'], put: ['puts'], show: ['shows', 'showed', 'shown'], find: ['finds', 'found'], indicate: ['indicates', 'indicated'],
  suggest: ['suggests', 'suggested'], list: ['lists', 'listed'], allocate: ['allocates', 'allocated'], project: ['projects', 'projected'],
  publish: ['publishes', 'published'], release: ['releases', 'released'], quote: ['quotes', 'quoted'], cite: ['cites', 'cited'],
  brief: ['briefed'], inform: ['informs', 'informed'], concede: ['concedes', 'conceded'], stress: ['stresses', 'stressed'],
  argue: ['argues', 'argued'], assert: ['asserts', 'asserted'], joke: ['jokes', 'joked'], quip: ['quips', 'quipped'],
  recall: ['recalls', 'recalled'], reply: ['replies', 'replied'], respond: ['responds', 'responded'], remark: ['remarks', 'remarked'],
  observe: ['observes', 'observed'], comment: ['comments', 'commented'], declare: ['declares', 'declared'], complain: ['complains', 'complained'],
  boast: ['boasts', 'boasted'], emphasise: ['emphasises', 'emphasised', 'emphasizes', 'emphasized'], ask: ['asks', 'asked'],
  hear: ['hears', 'heard'], understand: ['understands', 'understood'],
});

/**
 * Bodies that hear evidence. "The court heard", "the inquest was told" give the evidence said
 * before them as the source, in the way court reports attribute; "he heard" is hearsay.
 */
export const HEARING_BODIES: ReadonlySet<string> = new Set(['court', 'jury', 'tribunal', 'inquest', 'inquiry', 'hearing', 'committee', 'panel', 'magistrates', 'mps']);

/** Reporting verbs only a document or data can be the subject of: "data show", "the paper allocates". */
export const DOCUMENT_ONLY_VERBS: ReadonlySet<string> = new Set(['show', 'indicate', 'suggest', 'list', 'allocate']);

/** Verb forms that are nouns as often as verbs ("its forecast", "Earlier estimates"): read from context. */
export const NOUN_LIKE_FORMS: ReadonlySet<string> = new Set([
  'estimate', 'estimates', 'report', 'reports', 'forecast', 'forecasts', 'show', 'shows', 'list', 'lists', 'record', 'records', 'count',
  'counts', 'project', 'projects', 'note', 'notes', 'state', 'states', 'release', 'releases', 'claim', 'claims', 'fear', 'fears', 'quote',
  'quotes', 'finds', 'tweet', 'tweets', 'brief', 'find', 'put', 'puts', 'stress',
]);

/**
 * Verbs of speech: whoever is their subject is the one who says so ("the oil giant said"), so
 * any noun phrase will do. Other reporting verbs ("estimate", "expect", "find") need a
 * subject that is a source by its words: a name, a described source or a document.
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'announce', 'claim', 'insist', 'warn', 'explain', 'confirm', 'state', 'testify', 'allege', 'acknowledge', 'admit',
  'write', 'tweet', 'concede', 'stress', 'argue', 'assert', 'note', 'brief', 'inform', 'report', 'disclose', 'reveal', 'joke', 'quip',
  'recall', 'reply', 'respond', 'remark', 'observe', 'comment', 'declare', 'complain', 'boast', 'emphasise', 'ask',
]);

/**
 * Reporting verbs that also take a plain object ("claimed £12,000 in expenses", "she wrote 23
 * novels", "police released 12 suspects", "55 patients admitted to hospital", "the firm added
 * 300 jobs"): they report only a clause. "The BBC understands that 300 jobs will go" reports in
 * the newsroom sense; "he understands the 40 rules" does not.
 */
export const CLAUSE_ONLY_VERBS: ReadonlySet<string> = new Set(['claim', 'ask', 'comment', 'write', 'publish', 'release', 'admit', 'add', 'understand']);

/** Verbs that put the speaker after them in news style: '"...," said Hamisi Oduya'. */
export const INVERTING_VERBS: ReadonlySet<string> = new Set(['say', 'tell', 'add', 'explain', 'write', 'insist', 'warn', 'note', 'state', 'claim', 'report', 'announce', 'confirm', 'estimate']);

/** Participles that introduce their source with "by": "polled by", "a report published by". */
export const AGENT_PARTICIPLES: ReadonlySet<string> = new Set([
  'polled', 'published', 'released', 'compiled', 'commissioned', 'conducted', 'reported', 'estimated', 'counted', 'recorded', 'cited',
  'quoted', 'issued', 'prepared', 'gathered', 'collected', 'provided', 'given', 'confirmed', 'announced', 'calculated', 'carried', 'surveyed',
  'obtained', 'seen', 'reviewed', 'analysed', 'analyzed', 'produced', 'presented', 'disclosed',
]);

/** Nouns of documents and data that can be a source: "the ministry's report", "central bank data". */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'report', 'reports', 'survey', 'surveys', 'poll', 'polls', 'study', 'studies', 'figure', 'figures', 'data', 'statistics', 'stats', 'accounts',
  'minutes', 'paper', 'papers', 'document', 'documents', 'filing', 'filings', 'records', 'census', 'estimate', 'estimates', 'analysis',
  'review', 'audit', 'assessment', 'judgment', 'judgement', 'ruling', 'statement', 'statements', 'bulletin', 'release', 'tally',
  'register', 'database', 'research', 'forecast', 'forecasts', 'projections', 'projection', 'findings', 'numbers', 'sitrep', 'dashboard',
  'indictment', 'complaint', 'lawsuit', 'memo', 'letter', 'briefing', 'transcript', 'testimony', 'affidavit', 'submission', 'spreadsheet',
  'readout', 'results', 'returns', 'communique', 'communiqué', 'dossier', 'inquiry', 'investigation', 'tracker', 'calculations',
]);

/**
 * Documents that are a source by being someone's: "the board's figures", "its estimate". Other
 * documents ("his own accounts", "their papers") need a verb that reports ("accounts show").
 */
export const DATA_NOUNS: ReadonlySet<string> = new Set([
  'figure', 'figures', 'data', 'statistics', 'stats', 'estimate', 'estimates', 'survey', 'surveys', 'poll', 'polls', 'report', 'reports',
  'study', 'studies', 'findings', 'forecast', 'forecasts', 'projection', 'projections', 'tally', 'census', 'bulletin', 'numbers', 'sitrep', 'calculation', 'calculations', 'count', 'reckoning', 'analysis',
]);

/**
 * Nouns that describe a source ("officials estimate", "local residents reported", "a nurse
 * said"). A named source (a proper noun) or a pronoun needs no entry here.
 */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set(
  `official officials authority authorities police spokesman spokeswoman spokesperson spokespeople minister ministers ministry
  government governments department office agency agencies council councils board boards commission committee court courts judge judges
  prosecutor prosecutors lawyer lawyers attorney attorneys union unions company companies firm firms group groups organisation organisations
  organization organizations institute institutes observatory university researcher researchers scientist scientists expert experts analyst
  analysts economist economists witness witnesses resident residents activist activists source sources insider insiders doctor doctors nurse
  nurses medic medics hospital hospitals army military navy force forces president leader leaders chief chiefs director directors manager managers
  secretary governor mayor chairman chairwoman chair executive executives coordinator commander commanders officer officers administration bank
  banks service services association federation society charity charities network newspaper broadcaster media campaigner campaigners critic
  critics opposition party parties team club carrier airline operator operators provider regulator regulators watchdog inspector inspectors
  monitor monitors observer observers pollster pollsters forecaster forecasters trader traders investor investors lawmaker lawmakers legislator
  legislators senator senators ambassador envoy diplomat diplomats negotiator negotiators mediator rebels militants family families relative
  relatives neighbour neighbours neighbor neighbors villager villagers farmer farmers fisherman fishermen worker workers employee employees staff
  member members councillor councillors councilor councilors candidate candidates student students teacher teachers parent parents organiser
  organisers organizer organizers owner owners cooperative cooperatives chamber league ngo ngos commissioner coroner paramedics rescuers
  responders firefighters troops soldiers soldier survivors survivor victims agencies campaign spokespeople statistician statisticians
  treasury prosecution defence defense cabinet parliament congress senate`.split(/\s+/),
);

/** Pronouns that can stand for a source already named ("it said", "He added that"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/** Forms of "be" that make a following participle passive ("is expected", "had been estimated"). */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'am']);
