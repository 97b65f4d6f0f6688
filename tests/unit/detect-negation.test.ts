import { describe, expect, it } from 'vitest';
import { detectNegation } from '../../lib/claims/detect-negation';

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
