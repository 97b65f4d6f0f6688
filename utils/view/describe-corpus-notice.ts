import { i18n } from '#i18n';
import type { CorpusNotice } from '../shared/storage';
import { formatNumber } from './format-number';

/** The notice about the reader's sources, in one paragraph (see `CorpusNotice`). */
export function describeCorpusNotice({ kind, lost, kept, reason }: CorpusNotice): string {
  // The reason is the background's own words (utils/shared/describe-storage-error.ts).
  const because = reason ? ` (${reason})` : '';
  const bringBack = i18n.t('panel.corpusNotice.bringBack');
  const intact = i18n.t('panel.corpusNotice.intact');
  const n = (count: number) => [formatNumber(count)] as [string];
  if (kind === 'unavailable') return i18n.t('panel.corpusNotice.unavailable', { because });
  if (kind === 'removed') {
    const gone = lost ?? 0;
    if (kept === 0) return `${i18n.t('panel.corpusNotice.removedAll', gone, n(gone))} ${bringBack}`;
    const removed = i18n.t('panel.corpusNotice.removedSome', gone, n(gone), { total: formatNumber(gone + kept) });
    const others = i18n.t('panel.corpusNotice.othersIntact', kept, n(kept));
    return `${i18n.t('panel.corpusNotice.removedJoin', { removed, intact: others })} ${bringBack}`;
  }
  const opened = i18n.t('panel.corpusNotice.opened', { because });
  if (lost === null) return `${i18n.t('panel.corpusNotice.rebuiltUnreadable', { opened })} ${intact} ${bringBack}`;
  if (lost === 0) {
    if (kept === 0) return `${i18n.t('panel.corpusNotice.rebuiltEmpty', { opened })} ${intact}`;
    return `${i18n.t('panel.corpusNotice.rebuiltRecovered', kept, n(kept), { opened })} ${intact}`;
  }
  const outcome =
    kept === 0
      ? i18n.t('panel.corpusNotice.rebuiltNoneReadable', lost, n(lost), { opened })
      : i18n.t('panel.corpusNotice.rebuiltSome', kept, n(kept), {
          opened,
          total: formatNumber(kept + lost),
          lost: formatNumber(lost),
        });
  return `${outcome} ${intact} ${bringBack}`;
}
