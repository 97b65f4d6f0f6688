import path from 'node:path';
import type { Comparison } from '../../lib/types';
import { compareInput, loadShippedCorpus } from '../../node/compare-file';
import { PAGES_DIR } from './serve-pages';

/**
 * What the engine says about a fixture page, computed at test time by the same code the CLI runs.
 * Only extension.test.ts's "shows what the CLI shows for the same page" uses it: that test checks
 * that the panel gets the engine's comparison. Every other UI test shows a committed comparison
 * (tests/fixtures/comparisons/), so an engine change cannot break a test about the UI.
 */
export function getEngineComparison(fixture: string): Promise<Comparison> {
  return compareInput(path.join(PAGES_DIR, fixture), loadShippedCorpus());
}

/** A comparison's statements, each with its matches as "stance sourceId sourceIndex": what two comparisons must share. */
export function listMatches(comparison: Comparison): Array<[string, string[]]> {
  return comparison.statements.map((st) => [
    st.text,
    st.matches.map((m) => `${m.stance} ${m.sourceId} ${m.sourceIndex}`),
  ]);
}
