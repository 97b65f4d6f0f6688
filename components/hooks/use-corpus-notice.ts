import { useEffect, useState } from 'preact/hooks';
import { corpusNoticeItem, type CorpusNotice } from '../../utils/shared/storage';

/** What the reader must be told about their sources (storage item), kept current, and how to dismiss it. */
export function useCorpusNotice(): { notice: CorpusNotice | null; dismiss: () => void } {
  const [notice, setNotice] = useState<CorpusNotice | null>(null);
  useEffect(() => {
    void corpusNoticeItem.getValue().then(setNotice);
    return corpusNoticeItem.watch(setNotice);
  }, []);
  return { notice, dismiss: () => void corpusNoticeItem.removeValue() };
}
