import { describe, expect, it } from 'vitest';
import { SHIPPED_GATE, gateProbability } from '../../lib/match/judge-gate';
import { FEATURE_NAMES, type JudgeFeatures } from '../../lib/match/judge-features';

describe('the shipped judge gate', () => {
  it('is trained on the features the engine computes (else: npm run train:judge)', () => {
    expect(SHIPPED_GATE).not.toBeNull();
    expect(SHIPPED_GATE!.features).toEqual([...FEATURE_NAMES]);
  });

  it('says how it was fitted, holding out whole stories, never the held-out one', () => {
    const trained = SHIPPED_GATE!.trained as { groups: string[]; heldOutStories: string[] };
    expect(trained.groups.length).toBeGreaterThan(10);
    for (const story of trained.heldOutStories) expect(trained.groups).not.toContain(story);
  });

  it('gives a probability for every kind of proposal', () => {
    const features = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as JudgeFeatures;
    for (const kind of [
      'date-conflict',
      'value-conflict',
      'polarity-conflict',
      'value-corroboration',
      'wording-corroboration',
    ] as const) {
      const p = gateProbability(SHIPPED_GATE!, kind, features);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });
});
