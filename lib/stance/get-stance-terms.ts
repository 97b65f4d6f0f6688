import { eng } from 'stopword';
import { stemmer } from 'stemmer';
import { tokenizeWords } from '../text/normalize-terms';

// The general English stop list plus the function words it lacks (scikit-learn's list has them,
// as UCL's model had). Negations and hedges are dropped here because cue-words.ts counts them
// as features of their own; "one" and "its" would otherwise stem to "on" and "it".
const STOP = new Set([
  ...eng,
  'not',
  'no',
  'nor',
  'us',
  'its',
  'when',
  'so',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'must',
  'shall',
  'also',
  'one',
  'many',
  'much',
  'even',
  'just',
  'yet',
  'still',
  'however',
  'though',
  'although',
  'since',
  'upon',
  'via',
  'per',
  'across',
  'around',
  'already',
  'ever',
  'every',
  'else',
  'whether',
  'within',
  'without',
  'would',
  'whose',
  'whom',
  'why',
  'where',
  'though',
  'thus',
  'therefore',
  'like',
  'well',
  'another',
  'among',
  'amongst',
]);

/**
 * Content terms of a text for the stance model, in text order and with repeats (term
 * frequencies need them): lowercase words, stop words dropped, Porter stems. The shipped model
 * (corpus/stance-model.*) was trained on Porter stems: these stay until it is trained again on lemmas.
 */
export function getStanceTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of tokenizeWords(text)) {
    const bare = word.replace(/'s?$/, '');
    if (bare.length < 2 || STOP.has(bare) || STOP.has(word)) continue;
    terms.push(stemmer(bare));
  }
  return terms;
}
