import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { AnalysisDeps } from '../../utils/background/create-analysis-service';
import { getAnalysisProgressItem, getTabResultItem } from '../../utils/shared/storage';
import { closeStores, setupService } from './fixtures/source-service';

const TAB = 4;
const textFile = (n: number) => ({
  name: `note-${n}.txt`,
  type: 'text/plain',
  text: `Report ${n}\n\nThe ministry said ${n * 100} volunteers from abroad had signed contracts by Friday.`,
});

/** A comparison that waits for `release()` the first time, so that the sources can change while it runs. */
function heldFirstCompare() {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let calls = 0;
  const sizes: number[] = [];
  const compare: NonNullable<AnalysisDeps['compare']> = async (article, corpus) => {
    calls++;
    sizes.push(corpus.sources.size);
    if (calls === 1) await held;
    return {
      page: { title: article.title, url: article.url, lang: 'en', published: article.published, readerable: true },
      statements: [],
      summary: {
        checked: corpus.sources.size,
        corroborated: 0,
        conflicting: 0,
        corroboratingOutlets: [],
        conflictingOutlets: [],
      },
    };
  };
  return { compare, release: () => release(), sizes, calls: () => calls };
}

describe('a comparison overtaken by a change of the sources', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(closeStores);

  it('is compared again once the sources settle, and only that result is given and stored', async () => {
    const held = heldFirstCompare();
    const { service } = setupService(undefined, undefined, undefined, { compare: held.compare });
    const before = (await service.listSources()).length;
    const asked = service.analyseTab(TAB);
    await vi.waitFor(() => expect(held.calls()).toBe(1));
    // An import stores file after file while the panel's comparison runs.
    await service.importSources([textFile(1)]);
    await service.importSources([textFile(2)]);
    held.release();
    await vi.waitFor(async () => expect((await getAnalysisProgressItem(TAB).getValue())?.stage).toBe('updating'));
    const comparison = await asked;
    // Computed on the corpus as it is now: the shipped sources and both imported files.
    expect(comparison.summary.checked).toBe(before + 2);
    expect(held.sizes).toEqual([before, before + 2]);
    expect((await getTabResultItem(TAB).getValue())?.comparison).toEqual(comparison);
  });

  it('is not compared again when the sources did not change', async () => {
    const held = heldFirstCompare();
    const { service } = setupService(undefined, undefined, undefined, { compare: held.compare });
    const asked = service.analyseTab(TAB);
    await vi.waitFor(() => expect(held.calls()).toBe(1));
    held.release();
    await asked;
    expect(held.calls()).toBe(1);
    expect((await getAnalysisProgressItem(TAB).getValue())?.stage).not.toBe('updating');
  });

  it('is dropped, not compared again, when the tab moved on meanwhile', async () => {
    const held = heldFirstCompare();
    const { service } = setupService(undefined, undefined, undefined, { compare: held.compare });
    const asked = service.analyseTab(TAB);
    await vi.waitFor(() => expect(held.calls()).toBe(1));
    await service.importSources([textFile(3)]);
    await service.forgetTab(TAB);
    held.release();
    await asked;
    expect(held.calls()).toBe(1);
    expect(await getTabResultItem(TAB).getValue()).toBeNull();
  });

  it('a stored result dropped by a change of the sources: the tab is told its sources changed', async () => {
    const { service } = setupService();
    await service.analyseTab(TAB);
    expect(await getTabResultItem(TAB).getValue()).not.toBeNull();
    await service.importSources([textFile(4)]);
    expect(await getTabResultItem(TAB).getValue()).toBeNull();
    expect((await getAnalysisProgressItem(TAB).getValue())?.stage).toBe('updating');
    // Asked again, it is compared and stored anew.
    await service.analyseTab(TAB);
    expect(await getTabResultItem(TAB).getValue()).not.toBeNull();
  });
});
