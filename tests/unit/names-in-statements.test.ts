import { describe, expect, it } from 'vitest';
import { analyseStatement } from '../../lib/claims/analyse-statement';
import { alignStatements } from '../../lib/match/align-statements';
import { isHeadlineLike, normalizeTerms } from '../../lib/text/normalize-terms';

/** Every term weighs the same: these tests are about which terms two statements share. */
const weights = { idf: () => 1 };

function shared(a: string, b: string): string[] {
  return alignStatements(analyseStatement(a, '2023-01-01'), analyseStatement(b, '2023-01-01'), weights).shared;
}

// A word capitalised inside a sentence is part of a name: kept as written, not lemmatized. Cases
// from several kinds of story; the same words in lowercase keep their lemmas.
describe('names in statements are read as written', () => {
  it.each([
    // markets
    ['Natural gas prices rose in Georgia, Atlanta.', ['natural_gas', 'gas', 'price', 'rise', 'georgia', 'atlanta'], []],
    ['Prices rose on Monday.', ['price', 'rise'], []],
    ['Shares of Wells Fargo fell as banks sold.', ['share', 'wells', 'fargo', 'fall', 'bank', 'sell'], ['well']],
    // companies, people: a name that opens the sentence is a name when the next word is one too
    ['Rose Delgado will join the board.', ['rose', 'delgado', 'join', 'board'], ['rise']],
    ['The board said Rose Delgado will join.', ['board', 'rose', 'delgado', 'join'], ['rise']],
    ['Banks lend less.', ['bank', 'lend', 'less'], ['banks']],
    // shipping
    ['The Ever Given was freed on Monday.', ['ever', 'given', 'free'], ['give']],
    ['Tugs have given up.', ['tug', 'give_up', 'give'], ['given']],
    // elections, courts
    ['Senator Marcus Hale defeated Dana Banks.', ['senator', 'marcus', 'hale', 'defeat', 'dana', 'banks'], ['bank']],
    ['He said: "Banks will not lend."', ['bank', 'lend'], []],
    // a common collocation inside a name keeps its head's lemma ("the Russian Armed Forces")
    ['Recruits join the Russian Armed Forces.', ['recruit', 'join', 'russian', 'armed_forces', 'force'], ['forces']],
    // a title-case headline's capitals tell no names: its words are lemmatized
    [
      'Container Ship Runs Aground, Blocks Suez Canal',
      ['container_ship', 'ship', 'run', 'aground', 'block', 'suez', 'canal'],
      ['runs', 'blocks'],
    ],
  ])('%s -> %j, none of %j', (text, terms, absent) => {
    const got = normalizeTerms(text);
    expect(got).toEqual(terms);
    for (const t of absent) expect(got).not.toContain(t);
  });

  it.each([
    ['Container Ship Runs Aground, Blocks Suez Canal', true],
    ["Democratic Senator Marcus Hale defeated Republican Dana Whitfield in Tuesday's runoff.", false],
    ['Suez Canal reopens after tugboats free container ship', false],
  ])('%s is headline-like: %s', (text, headline) => expect(isHeadlineLike(text)).toBe(headline));

  it.each([
    ['Rose Delgado will join the board.', ['rose', 'delgado']],
    ['The Constitutional Council approved the law.', ['constitutional', 'council']],
    ['NATO said the talks failed.', ['nato']],
  ])('%s names %j', (text, names) => expect(analyseStatement(text, null).entities).toEqual(names));
});

// A name on one side and a common word on the other is no shared term, unless the common word is
// a later word of the name written alike: news names a thing once in full, then by its head noun.
describe('a name and a common word', () => {
  it.each([
    // courts, elections
    ['The Constitutional Council approved the reform.', 'The council upheld the reform.', 'council'],
    ['The Electoral Commission certified the result.', 'The commission certified the result on Friday.', 'commission'],
    // shipping
    ['The Suez Canal Authority said traffic resumed.', 'The authority said traffic resumed.', 'authority'],
    ['Ships queued outside the Suez Canal.', 'Ships queued outside the canal.', 'canal'],
    // companies
    ['Homewell Appliance Company recalled the kettles.', 'The company recalled the kettles.', 'company'],
  ])('%s ~ %s share %j', (a, b, term) => {
    expect(shared(a, b)).toContain(term);
    expect(shared(b, a)).toContain(term);
  });

  it.each([
    // a name against another form of its word
    ['He wrote for The Washington Post on the election.', 'He posted on the election.', 'post'],
    ['Since joining The Post, he has covered the election.', 'He posted about the election.', 'post'],
    // a name's first word is no back-reference: "Rose Delgado" is no rose
    ['Rose Delgado planted the garden.', 'A rose was planted in the garden.', 'rose'],
    ['Wells Fargo drilled in Texas.', 'The wells were drilled in Texas.', 'wells'],
  ])('%s ~ %s do not share %j', (a, b, term) => {
    expect(shared(a, b)).not.toContain(term);
    expect(shared(b, a)).not.toContain(term);
  });
});
