import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../lib/corpus/analyse-source';
import type { SourceMeta } from '../../lib/types';
import { canonicalTerm, normalizeTerms, surfaceWords } from '../../lib/text/normalize-terms';
import { loadLexiconFile } from '../../node/load-lexicon-file';

const lexicon = loadLexiconFile();

/** Names of Object.prototype's members: a page may use any of them as a word. */
const PROTOTYPE_WORDS = [
  'constructor',
  'tostring',
  'valueof',
  'hasownproperty',
  'isprototypeof',
  'propertyisenumerable',
  'tolocalestring',
  '__proto__',
];

const meta: SourceMeta = {
  id: 'user-0000000000000000',
  outlet: 'Outlet',
  headline: 'Headline',
  published: '2015-01-09',
  publishedHow: 'byline',
};

describe('off-topic sentences keep their own meaning (no story vocabulary folded in)', () => {
  it.each([
    // markets, with a US state that is also a former Soviet country
    ['Natural gas prices rose in Georgia, Atlanta.', ['citizen', 'formersoviet', 'soviet']],
    ['Shares fell as investors sold their stock.', ['military', 'enlist']],
    ['The company raised wages for its staff.', ['salari', 'soldier']],
    // a protest, a trial, an election
    ['Police forced their way in.', ['military', 'militari', 'armed_forces', 'police_force']],
    ['Their relatives joined the protest.', ['enlist', 'rel', 'family']],
    ['The jury ordered the defendant to pay damages.', ['decree', 'decre']],
    ['The court issued an order to release him.', ['decree', 'signed']],
    ['Voters in Armenia went to the polls.', ['formersoviet']],
    ['The candidate was naturalised before she ran for office.', ['citizen']],
    ['Mass protests followed the election.', ['nationwide', 'nationwid']],
    // the Suez Canal blockage
    ['The mass of the ship is 200,000 tonnes.', ['nationwide', 'nationwid']],
    ['The tugboats freed the ship and traffic was permitted again.', ['allow']],
    // a disaster, a train derailment
    ['Rescue workers were drafted in after the earthquake.', ['conscript', 'conscription']],
    ['The derailment killed three passengers and injured their families.', ['rel', 'relative']],
    ['The order of the day was to clear the tracks.', ['decree', 'decre']],
    // the Russian army recruiting foreigners: its own words stay its own
    ['Russian forces recruited foreign nationals.', ['foreigner', 'russia', 'military', 'enlist']],
    // values are read as values, never as topic words ("two_year" would match any two years)
    ['This is the third botched launch of a spacecraft in two years.', ['two_year', 'third', 'year']],
    ['The budget bill raised spending by $300 billion over two years.', ['two_year', 'billion']],
    ['The strike ended on May Day after one week.', ['may_day', 'one_week', 'week']],
  ])('%s has none of %j', (text, absent) => {
    const terms = normalizeTerms(text);
    for (const term of absent) expect(terms).not.toContain(term);
  });

  it.each([
    ['Natural gas prices rose in Georgia, Atlanta.', ['natural_gas', 'gas', 'price', 'rise', 'georgia', 'atlanta']],
    ['Police forced their way in.', ['police', 'force']],
    ['Their relatives joined the protest.', ['relative', 'join', 'protest']],
    ['Ships queued at the canal.', ['ship', 'queue', 'canal']],
    // WordNet collocations: as written, by their lemmas, a compound with its head, a name once
    ['Foreigners signed up for the armed forces.', ['foreigner', 'sign_up', 'sign', 'armed_forces', 'force']],
    ['They took part and have no criminal records.', ['take_part', 'take', 'criminal_record', 'record']],
    ['Vladimir Putin spoke.', ['vladimir_putin', 'speak']],
    // general folds: grammar in several words, time
    ['In order to vote, so far, as well as before.', ['vote']],
    ['Until now the line was closed.', ['previously', 'line', 'close']],
  ])('%s -> %j', (text, terms) => expect(normalizeTerms(text)).toEqual(terms));

  it.each([
    [
      'Foreigners signed up for the armed forces.',
      ['sign_up', 'armed_forces', 'foreigner'],
      ['signed up', 'armed forces', 'Foreigners'],
    ],
    ['The Ships QUEUED.', ['queue', 'ship'], ['QUEUED', 'Ships']],
    ["Russia's army", ['russia'], ['Russia']],
    ['Nothing here.', ['criminal_record', 'zzq'], ['criminal record', 'zzq']],
  ])('surfaceWords(%j, %j) = %j, as the text writes them', (text, terms, words) =>
    expect(surfaceWords(text, terms)).toEqual(words),
  );
});

describe('lexicon.relation: how WordNet relates two lemmas', () => {
  it.each([
    // synonyms (a shared synset among the first senses)
    ['price', 'cost', 'synonym'],
    ['vote', 'ballot', 'synonym'],
    ['salary', 'wage', 'synonym'],
    ['armed_forces', 'military', 'synonym'],
    // derived forms
    ['decide', 'decision', 'derived'],
    ['conscript', 'conscription', 'derived'],
    ['convict', 'conviction', 'derived'],
    ['derail', 'derailment', 'derived'],
    ['russian', 'russia', 'derived'],
    // more general / more specific
    ['ship', 'vessel', 'hypernym'],
    ['dog', 'animal', 'hypernym'],
    ['vessel', 'ship', 'hyponym'],
    ['recruit', 'enlist', 'hypernym'],
    // opposites
    ['increase', 'decrease', 'antonym'],
    ['rise', 'fall', 'antonym'],
    ['open', 'close', 'antonym'],
    ['win', 'lose', 'antonym'],
    ['alive', 'dead', 'antonym'],
    ['guilty', 'innocent', 'antonym'],
    ['huge', 'small', 'antonym'],
    // unrelated, the same word, unknown words
    // two kinds of one thing (noun senses meeting within two levels): never one term, never one counted thing
    ['police', 'military', 'sibling'],
    ['sheep', 'goat', 'sibling'],
    ['doctor', 'nurse', 'sibling'],
    ['barn', 'house', 'sibling'],
    ['canal', 'river', 'sibling'],
    ['cat', 'dog', 'sibling'],
    // verbs and adjectives are no siblings (their kinds are too broad), nor are near-synonyms or kinds of each other
    ['cause', 'lead', null],
    ['ship', 'ferry', 'sibling'],
    ['ship', 'vessel', 'hypernym'],
    ['mass', 'nationwide', null],
    ['relative', 'family', null],
    ['georgia', 'soviet', null],
    ['canal', 'banana', null],
    ['ship', 'ship', null],
    ['zzq', 'ship', null],
  ])('relation(%s, %s) = %s', (a, b, want) => expect(lexicon.relation(a, b)).toBe(want));

  it('antonymsOf lists WordNet antonyms', () => {
    expect(lexicon.antonymsOf('increase')).toContain('decrease');
    expect(lexicon.antonymsOf('zzq')).toEqual([]);
  });

  it('knows collocations and words', () => {
    expect(lexicon.has('sign_up')).toBe(true);
    expect(lexicon.has('ship')).toBe(true);
    expect(lexicon.has('constructor')).toBe(true);
    expect(lexicon.has('__proto__')).toBe(false);
  });
});

describe('terms from words that name Object.prototype members', () => {
  it.each(PROTOTYPE_WORDS)('%s is a term like any other', (word) => {
    const term = canonicalTerm(word);
    expect(typeof term).toBe('string');
    // A term the text does not contain is said as itself.
    expect(surfaceWords('Nothing of the kind here.', [term])).toEqual([term]);
    expect(lexicon.relation(term, 'ship')).toBeNull();
    expect(Array.isArray(lexicon.antonymsOf(term))).toBe(true);
  });

  it('leaves an analysed source storable (IndexedDB clones it; a function in it cannot be cloned)', () => {
    const paragraphs = [
      "Applicants must speak Russian {{constructor.constructor('alert(1)')()}} and have no criminal record.",
      'The decree, a constructor of valueOf and toString, was signed on January 12.',
    ];
    const statements = analyseSource(meta, paragraphs);
    expect(statements.length).toBeGreaterThan(0);
    expect(() => structuredClone(statements)).not.toThrow();
  });
});
