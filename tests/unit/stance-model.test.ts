import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeStanceModel } from '../../lib/stance/encode-stance-model';
import { getPairFeatures, PAIR_FEATURE_NAMES } from '../../lib/stance/get-pair-features';
import { loadStanceModel } from '../../lib/stance/load-stance-model';
import { parseCsv, quoteCsvField } from '../../lib/stance/parse-csv';
import { getTopStance, predictStance, prepareStanceBody, prepareStanceHeadline } from '../../lib/stance/predict-stance';
import { prepareBodyText, prepareHeadline } from '../../lib/stance/prepare-stance-text';
import { scoreStances } from '../../lib/stance/score-stances';
import { STANCE_LABELS } from '../../lib/stance/stance-labels';
import { loadStanceModelFile, STANCE_MODEL_PATH } from '../../node/load-stance-model-file';

const model = loadStanceModelFile();

const BODY = `A spokesman for the zoo confirmed on Monday that a rare white lion cub was born at the park last week.
The cub, a female, weighs about 1.5 kilograms and is doing well, keepers said.
Visitors will be able to see the cub from next month, the zoo added.`;
const HOAX = `The story that a white lion cub was born at the city zoo is a hoax, the zoo said on Monday.
Zoo officials denied the report and said no lion cub had been born there. "It is fake," a spokesman said.`;

describe('stance model asset', () => {
  it('is at most 5 MB', () => {
    const bytes = statSync(`${STANCE_MODEL_PATH}.json`).size + statSync(`${STANCE_MODEL_PATH}.bin`).size;
    expect(bytes).toBeLessThanOrEqual(5_000_000);
  });

  it('loads with this code’s features', () => {
    expect(model.members.length).toBeGreaterThan(0);
    expect(model.featureNames).toEqual(PAIR_FEATURE_NAMES);
  });

  it('survives an encode → load round trip', () => {
    const { json, bin } = encodeStanceModel(model);
    const again = loadStanceModel(json, bin);
    const a = predictStance(model, 'White lion cub born at the zoo', BODY);
    const b = predictStance(again, 'White lion cub born at the zoo', BODY);
    for (const l of STANCE_LABELS) expect(b[l]).toBeCloseTo(a[l], 3);
  });

  it('refuses a binary of the wrong size', () => {
    const { json, bin } = encodeStanceModel(model);
    expect(() => loadStanceModel(json, bin.subarray(1))).toThrow(/bytes/);
  });
});

describe('predictStance', () => {
  it.each([
    ['White lion cub born at the zoo', BODY],
    ['Zoo denies white lion cub birth, calls it a hoax', HOAX],
    ['Stock markets fall as oil prices climb', BODY],
    ['', ''],
  ])('probabilities sum to 1: %s', (headline, body) => {
    const p = predictStance(model, headline, body);
    expect(STANCE_LABELS.reduce((s, l) => s + p[l], 0)).toBeCloseTo(1, 6);
    for (const l of STANCE_LABELS) expect(p[l]).toBeGreaterThanOrEqual(0);
  });

  it.each([
    ['Stock markets fall as oil prices climb in Asian trading'],
    ['Footballer signs five-year contract with Spanish club'],
  ])('an unrelated headline is unrelated: %s', (headline) => {
    expect(getTopStance(predictStance(model, headline, BODY))).toBe('unrelated');
  });

  it.each([
    ['A spokesman for the zoo confirmed on Monday that a rare white lion cub was born at the park last week', BODY],
    ['The story that a white lion cub was born at the city zoo is a hoax', HOAX],
  ])('a headline copied from the body’s first sentence is related: %s', (headline, body) => {
    expect(getTopStance(predictStance(model, headline, body))).not.toBe('unrelated');
  });

  it('gives the same answer for prepared and raw inputs', () => {
    const headline = 'White lion cub born at the zoo';
    const prepared = predictStance(model, prepareStanceHeadline(model, headline), prepareStanceBody(model, BODY));
    expect(prepared).toEqual(predictStance(model, headline, BODY));
  });
});

describe('getPairFeatures', () => {
  const feature = (headline: string, body: string, name: string) => {
    const f = getPairFeatures(prepareHeadline(model.vocabulary, headline), prepareBodyText(model.vocabulary, body));
    return f[PAIR_FEATURE_NAMES.indexOf(name)]!;
  };

  it.each([
    ['near_refute', (x: number) => x > 0],
    ['near:hoax', (x: number) => x > 0],
    ['near:denied', (x: number) => x > 0],
    ['body_refute', (x: number) => x > 0],
    ['cos_tfidf', (x: number) => x > 0.2],
  ])('a refuting body near the headline’s terms: %s', (name, holds) => {
    expect(holds(feature('White lion cub born at the city zoo', HOAX, name))).toBe(true);
  });

  it.each([['near_refute'], ['body_refute'], ['headline_refute']])(
    'a plain report has no refuting cues: %s',
    (name) => {
      expect(feature('White lion cub born at the zoo', BODY, name)).toBe(0);
    },
  );

  it('reads a headline number found in the body', () => {
    expect(feature('Lion cub weighs 1.5 kilograms', BODY, 'numbers_found')).toBe(1);
  });
});

describe('FNC-1 helpers', () => {
  it('parses quoted fields with commas, quotes and newlines', () => {
    expect(parseCsv('Body ID,articleBody\n1,"He said ""no"", then\nleft"\n2,plain\n')).toEqual([
      ['Body ID', 'articleBody'],
      ['1', 'He said "no", then\nleft'],
      ['2', 'plain'],
    ]);
    expect(parseCsv(`${quoteCsvField('a, "b"')},3`)).toEqual([['a, "b"', '3']]);
  });

  it.each([
    // gold, predicted, weighted
    [['agree', 'unrelated'], ['agree', 'unrelated'], 1],
    [['agree', 'unrelated'], ['discuss', 'unrelated'], 0.5 / 1.25],
    [['unrelated'], ['disagree'], 0],
  ] as const)('scores like the shared scorer: %j vs %j', (gold, predicted, weighted) => {
    expect(scoreStances([...gold], [...predicted]).weighted).toBeCloseTo(weighted, 9);
  });
});
