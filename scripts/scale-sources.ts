// The benchmark's large corpora: the real FNC-1 bodies (2,587 articles), repeated with light
// perturbation past the first copy, deterministically (the same corpus on every run).
import type { SourceMeta } from '../lib/types';
import { readFnc1Bodies } from './read-fnc1';

export interface ScaleSource {
  meta: SourceMeta;
  paragraphs: string[];
}

/** Deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The body's paragraphs, lightly changed for copies past the first: a paragraph dropped, numbers nudged. */
function perturb(paragraphs: string[], copy: number, rand: () => number): string[] {
  if (copy === 0) return paragraphs;
  const kept = paragraphs.filter(() => paragraphs.length < 2 || rand() > 0.15);
  return kept.map((p) => p.replace(/\b\d+\b/g, (n) => (rand() < 0.3 ? String(Number(n) + copy) : n)));
}

/** `n` articles with their metadata (97 outlets, dates spread over ten years), one at a time. */
export function* scaleSources(n: number): Generator<ScaleSource> {
  const bodies = [...readFnc1Bodies('train'), ...readFnc1Bodies('competition_test')];
  const rand = random(n);
  for (let i = 0; i < n; i++) {
    const body = bodies[i % bodies.length]!;
    const paragraphs = perturb(
      body
        .split(/\n\s*\n|\n/)
        .map((p) => p.trim())
        .filter(Boolean),
      Math.floor(i / bodies.length),
      rand,
    );
    const published = `20${14 + (i % 10)}-0${1 + (i % 9)}`;
    yield {
      meta: {
        id: `fnc1-${i}`,
        outlet: `Outlet ${i % 97}`,
        headline: `FNC-1 body ${i}`,
        published,
        publishedHow: 'benchmark',
      },
      paragraphs,
    };
  }
}
