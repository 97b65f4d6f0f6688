import type { Evidence, ProposalKind } from './judge-types';
import { hasClaimWords } from './has-claim-words';

/**
 * The numbers the fitted gate (judge-gate.ts) reads about a proposed stance: how well the two
 * statements line up, what values agree or differ, the polarity evidence, how far apart in time
 * they were written, and what the stance model thinks of the source document. Named, so the
 * trainer (scripts/train-judge.ts) and the gate agree on the order.
 */
export const FEATURE_NAMES = [
  'alignment',
  'coverage',
  'sharedTerms',
  'claimWords',
  'sameFact',
  'agreeStrong',
  'agreeMedium',
  'agreeWeak',
  'differences',
  'differentDates',
  'differenceMonths',
  'negated',
  'opposite',
  'scope',
  'eitherNegated',
  'differentPeriod',
  'samePeriod',
  'monthsApart',
  'documentUnrelated',
  'documentAgree',
  'documentDisagree',
  'pageTerms',
  'sourceTerms',
  'storySimilarity',
  'pageCovered',
  'sourceCovered',
  'pageUncovered',
  'sourceUncovered',
  'measure',
  'relativeDifference',
  'valueSpan',
] as const;

/** IDF of a word in about one of 25,000 statements: the scale of the uncovered-weight features. */
const RAREST = Math.log(25_000);

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type JudgeFeatures = Record<FeatureName, number>;

export function judgeFeatures(_kind: ProposalKind, e: Evidence): JudgeFeatures {
  const { input } = e;
  const a = input.alignment;
  const count = (strength: string) => Math.min(3, e.agreements.filter((f) => f.strength === strength).length);
  const document = input.documentStance?.() ?? null;
  return {
    alignment: a.score,
    coverage: Math.min(1, e.sharedWeight / Math.max(1e-6, e.shorterWeight)),
    sharedTerms: Math.log1p(a.shared.length + a.similar.length * 0.5),
    claimWords: hasClaimWords(a) ? 1 : 0,
    sameFact: e.sameFact ? 1 : 0,
    agreeStrong: count('strong'),
    agreeMedium: count('medium'),
    agreeWeak: count('weak'),
    differences: Math.min(3, e.differences.length),
    differentDates: e.differences.filter((d) => d.slot === 'date').length > 0 ? 1 : 0,
    differenceMonths: Math.log1p(Math.max(0, ...e.differences.map((d) => d.monthsApart))),
    negated: e.polarity?.kind === 'negated' ? 1 : 0,
    opposite: e.polarity?.kind === 'opposite' ? 1 : 0,
    scope: e.polarity?.kind === 'scope' || e.polarity?.kind === 'only-against-more' ? 1 : 0,
    eitherNegated: input.page.negation || input.source.negation ? 1 : 0,
    differentPeriod: input.differentPeriod ? 1 : 0,
    samePeriod: input.samePeriod ? 1 : 0,
    monthsApart: Math.log1p(input.monthsApart ?? 0),
    documentUnrelated: document?.unrelated ?? 0.5,
    documentAgree: document?.agree ?? 0,
    documentDisagree: document?.disagree ?? 0,
    pageTerms: Math.log1p(input.page.terms.length),
    sourceTerms: Math.log1p(input.source.terms.length),
    storySimilarity: input.storySimilarity ?? 0,
    pageCovered: a.coverage[0],
    sourceCovered: a.coverage[1],
    // In units of the rarest word's weight: how much each side says that the other does not.
    pageUncovered: a.uncovered[0] / RAREST,
    sourceUncovered: a.uncovered[1] / RAREST,
    // How sure the comparator is that the figures measure one thing, and how far apart they are.
    measure: Math.max(
      0,
      ...[...e.differences, ...e.agreements].map((f) => f.sameMeasure ?? (f.slot === 'date' ? 1 : 0)),
    ),
    relativeDifference: Math.max(0, ...e.differences.map((f) => f.relativeDifference ?? 0)),
    // Findings that are figures (not dates): an exact amount says more than a date of the same day.
    valueSpan: Math.min(3, [...e.differences, ...e.agreements].filter((f) => f.slot !== 'date').length),
  };
}
