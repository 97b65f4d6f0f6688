import { forEachSharing, type CopyIndex } from './copy-index';

/** A corpus source that a text is (nearly) a copy of. */
export interface CopyOf {
  sourceId: string;
  /** Share of the shorter text's sampled shingles found in the other (0..1). */
  share: number;
  /** Sampled shingles both hold. */
  shared: number;
}

/**
 * When two texts are one text. `share` is the containment of the shorter in the longer (shared
 * sampled shingles over the shorter's), so a page that is the first half of a source, a source
 * with paragraphs added, or a source among a page's clutter still counts whole.
 * Chosen from `npm run --silent measure:copies` (scripts/measure-copies.ts), which prints every
 * pair:
 * - one text (49 pairs): each of the 5 seeds and the 7 Suez sources as a page against its
 *   corpus, whole, its first half, with two unrelated paragraphs added, and as a wire copy (new
 *   headline, second paragraph dropped, a credit line added); the RFE/RL seed wrapped in an HTML
 *   page (tests/fixtures/pages/rferl-seed-in-corpus.html): share 0.89–1.00, 6–62 shared;
 * - different texts: the seeds against each other, the Suez sources against each other, the 25
 *   unrelated real pages against both corpora: nothing shared at all; the Suez pages against
 *   the Suez sources: one pair shares any, p02 (Africanews' rewrite of the AP story s03, the same
 *   facts and some of its phrases) with 5 shared, share 0.14.
 * 0.5 sits far from both: half of the shorter text's five-term runs found word for word in the
 * other, which a rewrite does not come near and an edited copy keeps.
 */
export const COPY_SHARE_MIN = 0.5;
/**
 * And at least this many sampled shingles shared, so that a share of a tiny sample is not noise:
 * 4 sampled ≈ 16 five-term runs ≈ two sentences word for word. The shortest copy measured (half
 * of Ship & Bunker's 1,900-character opening) shares 6; p02 shares 5 but at share 0.14.
 */
export const COPY_SHARED_MIN = 4;

/** Whether two samples of `sizeA` and `sizeB` hashes sharing `shared` are one text (see COPY_SHARE_MIN). */
export function isCopy(shared: number, sizeA: number, sizeB: number): boolean {
  return shared >= COPY_SHARED_MIN && shared / Math.max(1, Math.min(sizeA, sizeB)) >= COPY_SHARE_MIN;
}

/**
 * The corpus sources a text is (nearly) the text of, best first, from its shingle sample
 * (sampleShingles of its statements). Empty for a text of its own.
 */
export function findCopies(index: CopyIndex, sample: Uint32Array): CopyOf[] {
  const copies: CopyOf[] = [];
  forEachSharing(index, sample, (n, shared) => {
    const size = index.samples[n]?.length ?? 0;
    if (isCopy(shared, sample.length, size))
      copies.push({ sourceId: index.ids[n]!, shared, share: shared / Math.max(1, Math.min(sample.length, size)) });
  });
  return copies.sort((a, b) => b.share - a.share || b.shared - a.shared || (a.sourceId < b.sourceId ? -1 : 1));
}
