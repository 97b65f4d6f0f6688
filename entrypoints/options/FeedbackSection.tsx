import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { datedFileName, downloadJson } from '../../utils/view/download-json';
import type { SourceSummary } from '../../utils/shared/service-types';
import { feedbackItem, type MatchFeedback } from '../../utils/shared/storage';
import { useStorageItem } from '../../components/hooks/use-storage-item';
import { getUiLocale } from '../../utils/shared/ui-locale';
import { fillMessage } from '../../utils/view/fill-message';
import { formatNumber } from '../../utils/view/format-number';

interface Props {
  sources: SourceSummary[] | null;
}

function kindLabel(kind: MatchFeedback['kind']): string {
  return kind === 'not-a-match' ? i18n.t('options.feedback.notAMatch') : i18n.t('options.feedback.wrongStance');
}

function stanceLabel(stance: MatchFeedback['stance']): string {
  if (stance === 'corroborates') return i18n.t('options.feedback.corroborates');
  return stance === 'conflicts' ? i18n.t('options.feedback.conflicts') : i18n.t('options.feedback.related');
}

/** When a verdict was given, to the minute, in the reader's locale ("4 Mar 2026, 09:30"). */
function formatWhen(ms: number): string {
  return new Intl.DateTimeFormat(getUiLocale(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(ms));
}

/** The reader's verdicts on matches (given in the panel), newest first: exportable as JSON, and clearable. */
export function FeedbackSection({ sources }: Props) {
  const stored = useStorageItem(feedbackItem);
  const feedback = stored.value ?? null;
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const outlets = new Map(sources?.map((s) => [s.meta.id, s.meta.outlet]));
  const items = [...(feedback ?? [])].sort((a, b) => b.at - a.at);

  function exportFeedback() {
    downloadJson(datedFileName('crosscheck-feedback'), {
      format: 'crosscheck-feedback',
      version: 1,
      exportedAt: new Date().toISOString(),
      feedback: feedback ?? [],
    });
    setStatus(i18n.t('options.feedback.exported', items.length, { count: formatNumber(items.length) }));
  }

  async function clearFeedback() {
    await stored.remove();
    setConfirming(false);
    setStatus(i18n.t('options.feedback.cleared'));
  }

  return (
    <section class="card" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">
        {i18n.t('options.feedback.heading')}
        {feedback && <span class="count"> {formatNumber(items.length)}</span>}
      </h2>
      <p class="hint">{i18n.t('options.feedback.hint')}</p>
      <div class="actions">
        <button type="button" class="button" onClick={exportFeedback} disabled={items.length === 0}>
          {i18n.t('options.feedback.export')}
        </button>
        {confirming ? (
          <span class="confirm" role="group" aria-label={i18n.t('options.feedback.clearLabel')}>
            <span class="confirm-question">
              {i18n.t('options.feedback.clearQuestion', { count: formatNumber(items.length) })}
            </span>
            <button type="button" class="button button-danger" ref={confirmButton} onClick={() => void clearFeedback()}>
              {i18n.t('options.feedback.clearConfirm')}
            </button>
            <button type="button" class="button button-secondary" onClick={() => setConfirming(false)}>
              {i18n.t('options.feedback.keep')}
            </button>
          </span>
        ) : (
          <button
            type="button"
            class="button button-secondary"
            onClick={() => setConfirming(true)}
            disabled={items.length === 0}
          >
            {i18n.t('options.feedback.clear')}
          </button>
        )}
      </div>
      <p class="status status-ok" role="status">
        {status}
      </p>
      {feedback && items.length === 0 && <p class="hint">{i18n.t('options.feedback.none')}</p>}
      {items.length > 0 && (
        <ul class="feedback-list">
          {items.map((f) => (
            <li class="feedback" key={`${f.at}:${f.sourceId}:${f.sourceIndex}`}>
              <p class="feedback-head">
                <span class="feedback-kind">{kindLabel(f.kind)}</span>{' '}
                <span class={`chip chip-${f.stance}`}>{stanceLabel(f.stance)}</span>{' '}
                <span class="date">{formatWhen(f.at)}</span>
              </p>
              {/* The article's statement, in its own language. */}
              <blockquote class="feedback-statement" lang="en">
                {f.statementText}
              </blockquote>
              <p class="feedback-meta">
                {fillMessage(
                  i18n.t('options.feedback.meta', { outlet: '{outlet}', index: '{index}', page: '{page}' }),
                  {
                    outlet: (
                      <span class="outlet" lang="en">
                        {outlets.get(f.sourceId) ?? f.sourceId}
                      </span>
                    ),
                    index: <>{formatNumber(f.sourceIndex + 1)}</>,
                    page: <span class="page-url">{f.pageUrl}</span>,
                  },
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
