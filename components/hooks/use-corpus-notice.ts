import { corpusNoticeItem, type CorpusNotice } from '../../utils/shared/storage';
import { useStorageItem } from './use-storage-item';

/** What the reader must be told about their sources (storage item), kept current, and how to dismiss it. */
export function useCorpusNotice(): { notice: CorpusNotice | null; dismiss: () => void } {
  const stored = useStorageItem(corpusNoticeItem);
  return { notice: stored.value ?? null, dismiss: () => void stored.remove() };
}
