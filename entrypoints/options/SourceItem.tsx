import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate } from '../../utils/view/format-date';
import type { SourceSummary } from '../../utils/shared/service-types';

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
        <h3 class="source-headline">
          {meta.url ? (
            <a href={meta.url} target="_blank" rel="noreferrer">
              {meta.headline}
            </a>
          ) : (
            meta.headline
          )}
        </h3>
        <p class="source-meta">
          <span class="outlet">{meta.outlet}</span> · <span class="date">{formatDate(meta.published)}</span> ·{' '}
          <span class="statement-count">
            {statementCount} statement{statementCount === 1 ? '' : 's'}
          </span>{' '}
          <span class={`origin origin-${origin}`}>{origin === 'user' ? 'Yours' : 'Shipped'}</span>
        </p>
        <p class="source-how">Date: {meta.publishedHow}</p>
      </div>
      <div class="source-actions">
        {confirming ? (
          <div class="confirm" role="group" aria-label={`Delete “${meta.headline}”?`}>
            <span class="confirm-question">Delete for good?</span>
            <button type="button" class="button button-danger" ref={confirmButton} disabled={busy} onClick={onRemove}>
              Delete
            </button>
            <button type="button" class="button button-secondary" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </div>
        ) : (
          <button
            type="button"
            class="button button-secondary"
            ref={removeButton}
            disabled={busy}
            aria-label={`Remove “${meta.headline}”`}
            onClick={() => (origin === 'user' ? setConfirming(true) : onRemove())}
          >
            Remove
          </button>
        )}
      </div>
    </li>
  );
}
