import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

/**
 * A storage item (utils/shared/storage.ts) as a page uses it: its value, kept current when
 * another page or the background changes it (`undefined` until it has been read), and how to
 * write or remove it.
 */
export function useStorageItem<T>(item: WxtStorageItem<T, Record<string, unknown>>): {
  value: T | undefined;
  set: (value: T) => Promise<void>;
  remove: () => Promise<void>;
} {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void item.getValue().then((stored) => live && setValue(stored));
    const unwatch = item.watch((stored) => setValue(stored));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return { value, set: (next) => item.setValue(next), remove: () => item.removeValue() };
}
