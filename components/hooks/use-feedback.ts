import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { isSameFeedback } from '../../utils/view/apply-feedback';
import { feedbackItem, type MatchFeedback } from '../../utils/shared/storage';

/**
 * The reader's feedback on matches (all pages), kept current when another page (the options
 * page) changes it. Changes show at once and are then stored; `loaded` is false until the stored
 * list has been read, so hidden matches never flash up.
 */
export function useFeedback() {
  const [entries, setEntries] = useState<MatchFeedback[] | null>(null);
  // Writes one after another: two quick clicks must not both read the old list and drop one.
  const writes = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    void feedbackItem.getValue().then((stored) => live && setEntries(stored));
    const unwatch = feedbackItem.watch((stored) => setEntries(stored ?? []));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const update = useCallback((change: (list: MatchFeedback[]) => MatchFeedback[]) => {
    setEntries((current) => change(current ?? []));
    const write = writes.current.then(async () => feedbackItem.setValue(change(await feedbackItem.getValue())));
    writes.current = write.catch((err: unknown) => console.warn('Crosscheck: feedback not saved', err));
    return write;
  }, []);

  const add = useCallback((entry: MatchFeedback) => update((list) => [...list, entry]), [update]);
  const remove = useCallback(
    (entry: MatchFeedback) => update((list) => list.filter((e) => !isSameFeedback(e, entry))),
    [update],
  );

  return { loaded: entries !== null, entries: entries ?? [], add, remove };
}
