import { CONFIRMING_SET, CUE_WORDS, HEDGING_SET, REFUTING_SET } from './cue-words';
import { cosine, type PreparedBodyText, type PreparedHeadline } from './prepare-stance-text';

/** How many best-matching body sentences count as "near the headline's terms". */
const NEAR_SENTENCES = 3;

const GROUPS = [REFUTING_SET, HEDGING_SET, CONFIRMING_SET] as const;
const GROUP_OF = CUE_WORDS.map((w) => GROUPS.findIndex((g) => g.has(w)));

/** Names of the dense hand features, in the order getPairFeatures writes them. */
export const PAIR_FEATURE_NAMES: readonly string[] = [
  'cos_tfidf',
  'cos_tfidf_lead',
  'cos_sentence_max',
  'cos_sentence_top3',
  'best_sentence_position',
  'overlap_terms',
  'overlap_terms_lead',
  'overlap_idf',
  'overlap_idf_lead',
  'overlap_bigrams',
  'overlap_bigrams_lead',
  'overlap_best_sentence',
  'sentences_sharing_terms',
  'headline_terms_log',
  'body_words_log',
  'headline_negated',
  'near_negated',
  'negation_mismatch',
  'headline_question',
  'headline_quoted',
  'headline_numbers',
  'numbers_found',
  'numbers_missing',
  'numbers_near',
  'headline_refute',
  'headline_hedge',
  'headline_confirm',
  'body_refute',
  'body_hedge',
  'body_confirm',
  'near_refute',
  'near_hedge',
  'near_confirm',
  'lead_refute',
  'lead_hedge',
  'lead_confirm',
  'refute_polarity',
  ...CUE_WORDS.map((w) => `headline:${w}`),
  ...CUE_WORDS.map((w) => `near:${w}`),
];

function fraction(items: Set<string>, within: Set<string>): number {
  if (items.size === 0) return 0;
  let found = 0;
  for (const t of items) if (within.has(t)) found++;
  return found / items.size;
}

function idfFraction(h: PreparedHeadline, within: Set<string>): number {
  let total = 0;
  let found = 0;
  for (const [t, idf] of h.idfOf) {
    total += idf;
    if (within.has(t)) found += idf;
  }
  return total === 0 ? 0 : found / total;
}

function groupCounts(cues: Float32Array): [number, number, number] {
  const out: [number, number, number] = [0, 0, 0];
  cues.forEach((c, i) => {
    const g = GROUP_OF[i]!;
    if (c > 0 && g >= 0) out[g]! += c;
  });
  return out;
}

/**
 * Dense hand features of one headline/body pair (PAIR_FEATURE_NAMES order), all in about [0, 3]
 * so the model needs no standardisation and zeros stay zeros: similarity (TF-IDF cosines over the
 * body, its lead and its best sentences; term, idf-weighted and bigram overlap), and, for the
 * related stances, cue words (refuting, hedging, confirming) in the headline, the body and the
 * three sentences nearest the headline's terms, negation parity and numbers found or missing.
 */
export function getPairFeatures(h: PreparedHeadline, b: PreparedBodyText): Float32Array {
  const sims = b.sentences.map((s) => cosine(h.tfidf, s.tfidf));
  const order = sims.map((_, i) => i).sort((x, y) => sims[y]! - sims[x]! || x - y);
  const near = order.slice(0, NEAR_SENTENCES).filter((i) => sims[i]! > 0);
  const best = near[0];
  const top3 = near.reduce((s, i) => s + sims[i]!, 0) / NEAR_SENTENCES;

  const nearCues = new Float32Array(CUE_WORDS.length);
  const nearNumbers = new Set<string>();
  let nearNegated = 0;
  for (const i of near) {
    const s = b.sentences[i]!;
    s.cues.forEach((c, k) => (nearCues[k]! += c));
    for (const n of s.numbers) nearNumbers.add(n);
    if (s.negated) nearNegated++;
  }
  const leadCues = new Float32Array(CUE_WORDS.length);
  for (const s of b.sentences.slice(0, 2)) s.cues.forEach((c, k) => (leadCues[k]! += c));
  const sharing = b.sentences.filter((s) => [...h.termSet].some((t) => s.termSet.has(t))).length;

  const [hr, hh, hc] = groupCounts(h.cues);
  const [br, bh, bc] = groupCounts(b.cues);
  const [nr, nh, nc] = groupCounts(nearCues);
  const [lr, lh, lc] = groupCounts(leadCues);
  const per100 = 100 / Math.max(b.wordCount, 50);
  const numbersFound = fraction(h.numbers, b.numbers);
  const headlineNegated = h.negated ? 1 : 0;
  const nearNeg = near.length ? nearNegated / near.length : 0;

  const features = [
    cosine(h.tfidf, b.tfidf),
    cosine(h.tfidf, b.leadTfidf),
    sims.length ? sims[order[0]!]! : 0,
    top3,
    best === undefined ? 1 : best / Math.max(1, b.sentences.length - 1),
    fraction(h.termSet, b.termSet),
    fraction(h.termSet, b.leadTerms),
    idfFraction(h, b.termSet),
    idfFraction(h, b.leadTerms),
    fraction(h.bigrams, b.bigrams),
    fraction(h.bigrams, b.leadBigrams),
    best === undefined ? 0 : fraction(h.termSet, b.sentences[best]!.termSet),
    b.sentences.length ? sharing / b.sentences.length : 0,
    Math.log1p(h.termSet.size) / 3,
    Math.log1p(b.wordCount) / 7,
    headlineNegated,
    nearNeg,
    Math.abs(headlineNegated - nearNeg),
    h.question ? 1 : 0,
    h.quoted ? 1 : 0,
    h.numbers.size ? 1 : 0,
    numbersFound,
    h.numbers.size ? 1 - numbersFound : 0,
    fraction(h.numbers, nearNumbers),
    Math.log1p(hr),
    Math.log1p(hh),
    Math.log1p(hc),
    Math.log1p(br * per100),
    Math.log1p(bh * per100),
    Math.log1p(bc * per100),
    Math.log1p(nr),
    Math.log1p(nh),
    Math.log1p(nc),
    Math.log1p(lr),
    Math.log1p(lh),
    Math.log1p(lc),
    // The baseline's polarity: an odd number of refuting words flips the claim.
    hr % 2 === br % 2 ? 0 : 1,
  ];
  const out = new Float32Array(PAIR_FEATURE_NAMES.length);
  out.set(features);
  let k = features.length;
  for (const c of h.cues) out[k++] = c > 0 ? 1 : 0;
  for (const c of nearCues) out[k++] = Math.log1p(c);
  return out;
}
