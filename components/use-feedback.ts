import { useCallback, useEffect, useState } from 'preact/hooks';
import { isSameFeedback } from '../utils/apply-feedback';
import { feedbackItem, type MatchFeedback } from '../utils/storage';

/**
 * The reader's feedback on matches (all pages), kept current when another page (the options
 * page) changes it. Changes show at once and are then stored; `loaded` is false until the stored
 * list has been read, so hidden matches never flash up.
 */
export function useFeedback() {
  const [entries, setEntries] = useState<MatchFeedback[] | null>(null);

  useEffect(() => {
    let live = true;
    void feedbackItem.getValue().then((stored) => live && setEntries(stored));
    const unwatch = feedbackItem.watch((stored) => setEntries(stored ?? []));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const add = useCallback(async (entry: MatchFeedback) => {
    setEntries((current) => [...(current ?? []), entry]);
    await feedbackItem.setValue([...(await feedbackItem.getValue()), entry]);
  }, []);

  const remove = useCallback(async (entry: MatchFeedback) => {
    setEntries((current) => (current ?? []).filter((e) => !isSameFeedback(e, entry)));
    await feedbackItem.setValue((await feedbackItem.getValue()).filter((e) => !isSameFeedback(e, entry)));
  }, []);

  return { loaded: entries !== null, entries: entries ?? [], add, remove };
}
