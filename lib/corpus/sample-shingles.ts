import type { Statement } from '../types';

/** Words per shingle: five canonical terms in a row are rarely shared by two texts written apart. */
export const SHINGLE_TERMS = 5;
/**
 * A shingle is kept when the top two bits of its hash are zero: one in four, the same ones in
 * every text, so the share of a page's kept shingles found in a source estimates the share of
 * all of them. A quarter keeps a 10,000-article corpus's sample to ~400,000 hashes.
 */
const SAMPLE_SHIFT = 30;

/**
 * The sampled 5-term shingle hashes of a text's statements, sorted, each once: the fingerprint
 * by which a page is found to be (nearly) a corpus source, and two sources copies of one story.
 * Shingles run over the statements' canonical terms (stemmed, stop words out: `features.terms`)
 * in page order, across sentence ends, so a sentence split differently or a line of page
 * clutter in between moves only a few of them. Hashes are below 2^30 (small integers in V8).
 */
export function sampleShingles(statements: readonly Pick<Statement, 'features'>[]): Uint32Array {
  let count = 0;
  for (const st of statements) count += st.features.terms.length;
  if (buffer.length < count) buffer = new Uint32Array(Math.max(count, buffer.length * 2));
  const hashes = buffer;
  let at = 0;
  for (const st of statements) for (const term of st.features.terms) hashes[at++] = fnv1a(term);
  const kept: number[] = [];
  for (let i = 0; i + SHINGLE_TERMS <= count; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE_TERMS; j++) h = Math.imul(h ^ hashes[j]!, 0x01000193);
    h = mix(h >>> 0);
    if (h >>> SAMPLE_SHIFT === 0) kept.push(h);
  }
  const sorted = Uint32Array.from(kept).sort();
  // Each once: a repeated run of five terms is one shingle.
  let unique = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i]!;
  return sorted.slice(0, unique);
}

/** The term hashes of the text being sampled, reused from text to text. */
let buffer = new Uint32Array(4096);

/** FNV-1a of a term's characters. */
function fnv1a(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Spreads the bits (murmur3's finaliser), so the sampled top bits depend on every term. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
