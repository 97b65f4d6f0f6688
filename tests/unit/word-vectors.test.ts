import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cosine, createWordVectors, statementVector } from '../../lib/semantic/word-vectors';
import { loadWordVectors } from '../../node/load-word-vectors';
import { lemmaOf } from '../../lib/text/lemmatize';

const wv = loadWordVectors();
const asset = (file: string) => fileURLToPath(new URL(`../../corpus/${file}`, import.meta.url));
const similarity = (a: string, b: string) => wv.similarity(lemmaOf(a), lemmaOf(b));

describe('word-vector asset', () => {
  it.each(['word-vectors.bin', 'word-vectors.json'])('corpus/%s exists', (file) =>
    expect(statSync(asset(file)).size).toBeGreaterThan(0),
  );

  it('is under 4 MB in all, one 100-dim row per lemma', () => {
    const bytes = statSync(asset('word-vectors.bin')).size + statSync(asset('word-vectors.json')).size;
    expect(bytes).toBeLessThan(4_000_000);
    expect(wv.dims).toBe(100);
  });
});

describe('similarity of real words (lemmatized)', () => {
  // Left out on purpose, the asset cannot tell them: GloVe's "joiner" is a surname and a
  // carpenter (recruits/joiners ≈ 0), its "draft" is the sports draft and draft bills (≈ 0.14).
  it.each([
    ['army', 'military'],
    ['soldiers', 'troops'],
    ['nationwide', 'countrywide'],
    ['foreigners', 'migrants'],
    ['recruits', 'volunteers'],
    ['enable', 'allow'],
    ['salary', 'wages'],
    ['decree', 'order'],
  ])('%s ~ %s is at least 0.4', (a, b) => expect(similarity(a, b)).toBeGreaterThanOrEqual(0.4));

  it.each([
    ['army', 'banana'],
    ['decree', 'comet'],
    ['recruits', 'banana'],
    ['salary', 'volcano'],
    ['conscription', 'guitar'],
    ['migrants', 'telescope'],
    ['nationwide', 'sandwich'],
  ])('%s ~ %s is below 0.2', (a, b) => expect(similarity(a, b)).toBeLessThan(0.2));

  it.each(['army', 'recruit', 'nationwide', 'decree'])('similarity(%s, itself) = 1', (stem) => {
    expect(wv.has(stem)).toBe(true);
    expect(wv.similarity(stem, stem)).toBe(1);
  });

  it.each([
    ['zzqxv', 'army'],
    ['army', 'zzqxv'],
    ['', 'army'],
  ])('unknown lemma: similarity(%j, %j) = 0', (a, b) => {
    expect(wv.similarity(a, b)).toBe(0);
  });

  it('an unknown lemma is still identical to itself', () => expect(wv.similarity('zzqxv', 'zzqxv')).toBe(1));

  it.each([
    ['the', 0],
    ['zzqxv', null],
  ])('rank(%s) = %j: general-English frequency order', (lemma, want) => expect(wv.rank(lemma)).toBe(want));
  it('a rare lemma ranks after a common one', () => expect(wv.rank('derailment')!).toBeGreaterThan(wv.rank('ship')!));
});

describe('createWordVectors', () => {
  const small = createWordVectors(['x', 'y', 'd'], Int8Array.from([127, 0, 0, 127, 90, 90]), 2);

  it.each([
    ['x', 'y', 0],
    ['x', 'd', Math.SQRT1_2],
    ['y', 'd', Math.SQRT1_2],
    ['d', 'd', 1],
    ['x', 'unknown', 0],
  ])('similarity(%s, %s) = %f', (a, b, want) => expect(small.similarity(a, b)).toBeCloseTo(want, 6));

  it.each([
    ['y', [0, 127]],
    ['unknown', null],
  ])('vector(%s)', (stem, want) => {
    const row = small.vector(stem);
    expect(row && [...row]).toEqual(want);
  });

  it('throws when the rows do not match the stems', () =>
    expect(() => createWordVectors(['x', 'y'], new Int8Array(3), 2)).toThrow(/needs 4 values/));
});

describe('statementVector and cosine', () => {
  const idf = () => 1;
  const vectorOf = (text: string) =>
    statementVector(
      text.split(' ').map((w) => lemmaOf(w)),
      idf,
      wv,
    );
  const compare = (a: string, b: string) => cosine(vectorOf(a)!, vectorOf(b)!);

  it.each([
    ['foreigners enlist in the army', 'migrants join the military', 'bananas ripen in the sun'],
    ['the president signed a decree', 'the leader issued an order', 'a comet crossed the sky'],
  ])('%j is closer to %j than to %j', (a, near, far) =>
    expect(compare(a, near)).toBeGreaterThan(compare(a, far) + 0.2),
  );

  it.each([[['zzqxv', 'qqzzx']], [[]]])('null when no stem is known: %j', (stems) =>
    expect(statementVector(stems, idf, wv)).toBeNull(),
  );

  it('weights: a zero weight leaves a stem out', () => {
    const onlyArmy = statementVector(['army', 'banana'], (s) => (s === 'army' ? 2 : 0), wv)!;
    expect(cosine(onlyArmy, statementVector(['army'], idf, wv)!)).toBeCloseTo(1, 5);
  });

  it.each([
    [[1, 0], [1, 0], 1],
    [[1, 0], [0, 2], 0],
    [[1, 1], [-1, -1], -1],
    [[0, 0], [1, 0], 0],
  ])('cosine(%j, %j) = %f', (a, b, want) =>
    expect(cosine(Float32Array.from(a), Float32Array.from(b))).toBeCloseTo(want, 6),
  );

  it('cosine throws on a length mismatch', () =>
    expect(() => cosine(new Float32Array(2), new Float32Array(3))).toThrow());
});
