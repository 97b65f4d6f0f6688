import { describe, expect, it } from 'vitest';
import { affirmLitotes, detectNegation, negatedScope } from '../../lib/claims/detect-negation';
import { withoutNegativePrefix } from '../../lib/claims/negative-prefixes';

// Cases from several stories: the seed story (foreign recruits), the Suez blockage, an
// earthquake, a trial, an election, markets, and image-caption sentences of the kind SICK has.
describe('detectNegation: the cue that negates the main claim', () => {
  it.each([
    ['Foreign servicemen will not be allowed to take part in armed conflicts.', 'not'],
    ["Conscripts aren't sent into combat.", "n't"],
    ['Migrants are barred from serving.', 'barred'],
    ['The draft decree was never signed.', 'never'],
    ['No ships passed through the canal on Wednesday.', 'no'],
    ['There were no casualties among the 25 crew members.', 'no'],
    ['Nobody was injured when the ship ran aground.', 'nobody'],
    ['No one has claimed responsibility for the attack.', 'no one'],
    ['The jury failed to reach a verdict.', 'failed to'],
    ['The central bank ruled out further rate rises this year.', 'ruled out'],
    ['The candidate denied the allegations on Tuesday.', 'denied'],
    ['There is no man playing the guitar.', 'no'],
    ['The canal is no longer blocked.', 'no longer'],
    ['The government pushed the bill through without a final vote.', 'without'],
    ['The ship was refloated without help from salvage tugs.', 'without'],
    ['A boy is riding a bike without a helmet.', 'without'],
    // a present state ended, or a state denied "anymore", is still a denial
    ['Masks will no longer be required on buses.', 'no longer'],
    ["The plant isn't producing kettles anymore.", "n't"],
    // a word that only looks prefixed ("unanimous"), or no prefix at all, keeps the negation
    ['The decision was not unanimous, the bank said.', 'not'],
    ['The defendant was not innocent of the charges.', 'not'],
    ['The damage to the port was not immediate.', 'not'],
    ['The ceasefire is not universal.', 'not'],
    ['The ruling was not invaluable to the defence.', 'not'],
    // "rule out" alone denies; a negation in the condition leaves the main one
    ['The airline ruled out a bomb on board.', 'ruled out'],
    ['The ministry rules out new lockdowns.', 'rules out'],
    ['The union said it would not return to work if the offer was not improved.', 'not'],
    ['Unless the talks resume, the port will not reopen this week.', 'not'],
  ])('%s -> %s', (text, cue) => expect(detectNegation(text)).toBe(cue));

  it.each([
    // a condition on an object, not a negated claim
    ['They speak Russian and have no criminal record.'],
    ['Five people are standing in the grass with no dogs.'],
    // fixed phrases that affirm or bound
    ['Not only soldiers but also their families are covered.'],
    ['There is no doubt the toll will rise.'],
    ['The fine is no more than $500.'],
    ['Voters turned out in force, whether or not they backed the measure.'],
    // a double negative affirms
    ['There are no restrictions prohibiting citizens from applying.'],
    ['Nobody denied that the ship was stuck.'],
    // either way, or an affirming phrase
    ['Owners can get a refund with or without a receipt.'],
    ['The result was without doubt the closest in decades.'],
  ])('%s -> null', (text) => expect(detectNegation(text)).toBeNull());
});

// Litotes: "not" before a word whose prefix negates it (un-, in-, im-, ir-, il-, dis-, non-) is
// a double negative, which English reads as affirmative. Other double negatives by count.
describe('detectNegation: double negatives affirm', () => {
  it.each([
    ['Officials said it was not unlikely that the death toll would rise.'], // quake
    ['Merger-related costs were not insignificant, the finance chief said.'], // markets
    ['Delays of this kind are not uncommon at the border.'], // port
    ['The scene was not unlike a war zone, a witness said.'], // crash
    ['The verdict was not entirely unexpected.'], // trial
    ["A second round of voting wasn't impossible."], // election
    ['Such claims are not irrelevant to the case, the judge said.'], // trial
    ['The strike was not illegal, the labour board ruled.'], // strike
    ['The risk of a second wave is not non-existent.'], // pandemic
    ['The results were not dissimilar to those of 2019.'], // election
    ['Investors were not unreasonably worried about the bank.'], // markets
    // a double negative made of two cues
    ['The rescue was not without risk.'], // quake
    ['It is not true that nothing was paid, a negotiator said.'], // hostage
    ['A trackside detector had not failed to flag the bearing.'], // derailment
    ['The governor has not denied the reports.'], // election
  ])('%s -> null', (text) => expect(detectNegation(text)).toBeNull());
});

// Phrases that carry a negative word but assert the claim, or leave it open.
describe('detectNegation: negative words that deny nothing', () => {
  it.each([
    // an open possibility: the ruling-out is itself negated
    ['The central bank did not rule out further increases.'], // markets
    ['Police could not rule out arson.'], // wildfire
    ['The minister refused to rule out a snap election.'], // election
    ['A second aftershock cannot be ruled out.'], // quake
    // a repeat, not a denial
    ['It is not the first time the company has recalled a product.'], // recall
    ['Not for the first time, the dockworkers walked off the job.'], // strike
    // singling out, adding, affirming
    ['The fire left nothing but ash on the ridge.'], // wildfire
    ['The winning goal was scored by none other than the captain.'], // sport
    ['Not only the airport but also the port was closed.'], // storm
    ['There was no doubt the toll would rise.'], // quake
    ['No sooner had the polls closed than the count began.'], // election
    ['The prosecutor said in no uncertain terms that the firm lied.'], // trial
    ['The rally was nothing short of historic, traders said.'], // markets
    // a condition or a question is not what the statement claims
    ['The strike will go ahead if talks do not resume.'], // strike
    ['Flights will resume on Friday if the ash cloud does not return.'], // volcano
    ['Why did the bridge not reopen after the flood?'], // hurricane
    ['Is the vaccine not safe for children?'], // pandemic
  ])('%s -> null', (text) => expect(detectNegation(text)).toBeNull());
});

// What a litotes claims, in the words of a plain statement of it: the words the judge compares.
describe('affirmLitotes: a double negative read as its affirmative', () => {
  it.each([
    ['Costs were not insignificant.', 'Costs were significant.'], // markets
    ["The verdict wasn't unexpected.", 'The verdict was expected.'], // trial
    ['Flooding is not entirely uncommon here.', 'Flooding is common here.'], // hurricane
    ["It wasn't an unusual sight at the port.", 'It was an usual sight at the port.'], // port
    ['The crater was not unlike a quarry.', 'The crater was like a quarry.'], // quake
    ['Turnout was not insignificant, and not unanimous.', 'Turnout was significant, and not unanimous.'], // election
    ['The risk is not non-existent.', 'The risk is existent.'], // pandemic
    // no prefix, or one that does not negate the stem: unchanged
    ['The vote was not unanimous.', 'The vote was not unanimous.'], // election
    ['The dockworkers were not united.', 'The dockworkers were not united.'], // strike
    ['The map was not invaluable.', 'The map was not invaluable.'], // wildfire
  ])('%s -> %s', (text, want) => expect(affirmLitotes(text).replace(/\s+/g, ' ')).toBe(want));
});

describe('withoutNegativePrefix', () => {
  it.each([
    ['unlikely', 'likely'],
    ['Insignificant', 'significant'],
    ['impossible', 'possible'],
    ['irrelevant', 'relevant'],
    ['illegal', 'legal'],
    ['dissimilar', 'similar'],
    ['non-trivial', 'trivial'],
    ['unreasonably', 'reasonably'],
    ['infrequently', 'frequently'],
    ['unhappily', 'happily'],
    // words that only look prefixed, or mean as much as the stem
    ['unanimous', null],
    ['universal', null],
    ['innocent', null],
    ['important', null],
    ['inflammable', null],
    ['infamous', null],
    ['impressed', null],
    ['none', null],
  ])('%s -> %s', (word, want) => expect(withoutNegativePrefix(word)).toBe(want));
});

// A negation reaches to the end of its clause: two clauses each negated are a negated statement,
// not a double negative; "neither ... nor" is one negation.
describe('detectNegation: one scope per clause', () => {
  it.each([
    ['The race was too close to call, and no network projected a winner.', 'no'], // election
    ['The ship did not move on Thursday and no tugs were sent.', 'not'], // Suez
    ['Neither the captain nor the pilot was hurt.', 'neither'], // Suez
    ['Officials have not said when the road will reopen, nor have they named the driver.', 'not'], // derailment
    ['The bank did not raise rates but did not cut them either.', 'not'], // markets
    ['Residents have no water and no power after the storm, officials said.', null], // storm: a condition
  ])('%s -> %s', (text, cue) => expect(detectNegation(text)).toBe(cue));
});

// What the negation covers: its own clause, not the claims joined to it.
describe('negatedScope: the part of the sentence a negation covers', () => {
  it.each([
    ['Ferris pleaded not guilty and will be tried separately next year.', 'Ferris pleaded not guilty'], // trial
    [
      'The race was too close to call, and no network projected a winner.',
      'The race was too close to call, and no network projected a winner.',
    ], // election
    [
      'The state said it would appeal and not seek a rehearing.',
      'The state said it would appeal and not seek a rehearing.',
    ], // ruling: the subject is before
    ['The ship did not move on Thursday, officials said.', 'The ship did not move on Thursday'], // Suez
    ['Nobody denied that the ship was stuck.', null], // double negative
  ])('%s -> %s', (text, scope) => expect(negatedScope(text)).toBe(scope));
});
