import { useEffect, useRef, useState } from 'preact/hooks';
import { datedFileName, downloadJson } from '../../utils/view/download-json';
import type { SourceSummary } from '../../utils/shared/service-types';
import { feedbackItem, type MatchFeedback } from '../../utils/shared/storage';
import { useStorageItem } from '../../components/hooks/use-storage-item';

interface Props {
  sources: SourceSummary[] | null;
}

const KIND_LABEL: Record<MatchFeedback['kind'], string> = {
  'not-a-match': 'Not a match',
  'wrong-stance': 'Wrong stance',
};

const WHEN = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

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
    setStatus(`Exported ${items.length} verdict${items.length === 1 ? '' : 's'}.`);
  }

  async function clearFeedback() {
    await stored.remove();
    setConfirming(false);
    setStatus('Feedback cleared.');
  }

  return (
    <section class="card" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">Feedback{feedback && <span class="count"> {items.length}</span>}</h2>
      <p class="hint">
        What you said about matches in the panel (“not a match”, “wrong stance”). It stays on this computer unless you
        export it.
      </p>
      <div class="actions">
        <button type="button" class="button" onClick={exportFeedback} disabled={items.length === 0}>
          Export feedback (JSON)
        </button>
        {confirming ? (
          <span class="confirm" role="group" aria-label="Clear all feedback?">
            <span class="confirm-question">Clear all {items.length}?</span>
            <button type="button" class="button button-danger" ref={confirmButton} onClick={() => void clearFeedback()}>
              Clear
            </button>
            <button type="button" class="button button-secondary" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button
            type="button"
            class="button button-secondary"
            onClick={() => setConfirming(true)}
            disabled={items.length === 0}
          >
            Clear feedback
          </button>
        )}
      </div>
      <p class="status status-ok" role="status">
        {status}
      </p>
      {feedback && items.length === 0 && <p class="hint">No feedback yet.</p>}
      {items.length > 0 && (
        <ul class="feedback-list">
          {items.map((f) => (
            <li class="feedback" key={`${f.at}:${f.sourceId}:${f.sourceIndex}`}>
              <p class="feedback-head">
                <span class="feedback-kind">{KIND_LABEL[f.kind]}</span>{' '}
                <span class={`chip chip-${f.stance}`}>{f.stance}</span>{' '}
                <span class="date">{WHEN.format(new Date(f.at))}</span>
              </p>
              <blockquote class="feedback-statement">{f.statementText}</blockquote>
              <p class="feedback-meta">
                Match from <span class="outlet">{outlets.get(f.sourceId) ?? f.sourceId}</span> (statement{' '}
                {f.sourceIndex + 1}) on <span class="page-url">{f.pageUrl}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
