import { i18n } from '#i18n';
import { describeCorpusNotice } from '../utils/view/describe-corpus-notice';
import { useCorpusNotice } from './hooks/use-corpus-notice';

/**
 * What happened to the reader's sources (some unreadable and removed, the database rebuilt, or
 * unreadable this time), from `corpusNoticeItem`, until they dismiss it. Shown by the options
 * page and the side panel; it appears as soon as the background writes it.
 */
export function CorpusNotice() {
  const { notice, dismiss } = useCorpusNotice();
  return (
    // Always there, so screen readers announce the notice when it arrives.
    <div class="corpus-notice-region" role="status">
      {notice && (
        <div class="corpus-notice" data-kind={notice.kind}>
          <p class="corpus-notice-text">{describeCorpusNotice(notice)}</p>
          <button type="button" class="corpus-notice-dismiss" onClick={dismiss}>
            {i18n.t('panel.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
