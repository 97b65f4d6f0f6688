import { describe, expect, it } from 'vitest';
import { lemmaOf } from '../../lib/text/lemmatize';

describe('lemmaOf: one lemma per word, without part-of-speech tags', () => {
  it.each([
    // markets
    ['shares', 'share'],
    ['prices', 'price'],
    ['investors', 'investor'],
    ['fell', 'fall'],
    ['rose', 'rise'],
    // the Suez Canal blockage
    ['ships', 'ship'],
    ['vessels', 'vessel'],
    ['queued', 'queue'],
    ['blocked', 'block'],
    // an election
    ['elections', 'election'],
    ['voted', 'vote'],
    ['won', 'win'],
    ['lost', 'lose'],
    // a trial
    ['convicted', 'convict'],
    ['sentenced', 'sentence'],
    ['jurors', 'juror'],
    ['found', 'find'],
    // a disaster, a derailment
    ['casualties', 'casualty'],
    ['children', 'child'],
    ['derailed', 'derail'],
    ['trains', 'train'],
    // the Russian army recruiting foreigners
    ['signed', 'sign'],
    ['recruits', 'recruit'],
    ['foreigners', 'foreigner'],
    ['mercenaries', 'mercenary'],
    ['was', 'be'],
    // words that are their own lemma, irregular plurals WordNet lists as words, comparatives
    ['news', 'news'],
    ['data', 'data'],
    ['people', 'people'],
    ['police', 'police'],
    ['number', 'number'],
    ['better', 'better'],
    ['higher', 'higher'],
    ['lower', 'lower'],
    ['largest', 'large'],
    // names and unknown words stay as they are
    ['georgia', 'georgia'],
    ['atlanta', 'atlanta'],
    ['constructor', 'constructor'],
    ['xq', 'xq'],
  ])('%s -> %s', (word, lemma) => expect(lemmaOf(word)).toBe(lemma));

  it('is the same on a second call (memoised)', () => {
    expect(lemmaOf('ships')).toBe(lemmaOf('ships'));
  });
});
