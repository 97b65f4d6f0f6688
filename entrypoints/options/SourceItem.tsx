import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate } from '../../utils/view/format-date';
import { fillMessage } from '../../utils/view/fill-message';
import { formatNumber } from '../../utils/view/format-number';
import type { SourceSummary } from '../../utils/shared/service-types';
import { OutletName } from '../../components/OutletName';

interface Props {
  source: SourceSummary;
  busy: boolean;
  onRemove(): void;
}

/**
 * One source: headline (a link to the page when it has an address), outlet, date, statement
 * count and origin. Removing one of the reader's own sources asks first: it is deleted for good.
 */
export function SourceItem({ source, busy, onRemove }: Props) {
  const { meta, statementCount, origin } = source;
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (wasConfirming.current) removeButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <li class="source" data-origin={origin} data-source={meta.id}>
      <div class="source-text">
        {/* The headline is the article's, in English (the engine reads English articles only). */}
        <h3 class="source-headline" lang="en">
          {meta.url ? (
            <a href={meta.url} target="_blank" rel="noreferrer">
              {meta.headline}
            </a>
          ) : (
            meta.headline
          )}
        </h3>
        <p class="source-meta">
          <OutletName outlet={meta.outlet} /> · <span class="date">{formatDate(meta.published)}</span> ·{' '}
          <span class="statement-count">
            {i18n.t('options.sources.statements', statementCount, { count: formatNumber(statementCount) })}
          </span>{' '}
          <span class={`origin origin-${meta.remembered ? 'remembered' : origin}`}>
            {meta.remembered
              ? i18n.t('options.sources.remembered', { date: formatDate(meta.readAt?.slice(0, 10) ?? '') })
              : origin === 'user'
                ? i18n.t('options.sources.yours')
                : i18n.t('options.sources.shipped')}
          </span>
        </p>
        {/* How the date was found: the engine's note, in English. */}
        <p class="source-how">
          {fillMessage(i18n.t('options.sources.date', { how: '{how}' }), {
            how: <span lang="en">{meta.publishedHow}</span>,
          })}
        </p>
      </div>
      <div class="source-actions">
        {confirming ? (
          <div
            class="confirm"
            role="group"
            aria-label={i18n.t('options.sources.deleteLabel', { headline: meta.headline })}
          >
            <span class="confirm-question">{i18n.t('options.sources.deleteQuestion')}</span>
            <button type="button" class="button button-danger" ref={confirmButton} disabled={busy} onClick={onRemove}>
              {i18n.t('options.sources.delete')}
            </button>
            <button type="button" class="button button-secondary" onClick={() => setConfirming(false)}>
              {i18n.t('options.sources.keep')}
            </button>
          </div>
        ) : (
          <button
            type="button"
            class="button button-secondary"
            ref={removeButton}
            disabled={busy}
            aria-label={i18n.t('options.sources.removeLabel', { headline: meta.headline })}
            onClick={() => (origin === 'user' ? setConfirming(true) : onRemove())}
          >
            {i18n.t('options.sources.remove')}
          </button>
        )}
      </div>
    </li>
  );
}
