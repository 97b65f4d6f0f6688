import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { useService } from '../../components/hooks/use-service';
import { useStorageItem } from '../../components/hooks/use-storage-item';
import { isPaused, parseSite, withNeverSite } from '../../utils/shared/remember-reading';
import { DEFAULT_KEEP_ARTICLES, rememberReadingItem, type RememberReading } from '../../utils/shared/storage';
import { getUiLocale } from '../../utils/shared/ui-locale';
import { formatNumber } from '../../utils/view/format-number';
import { readerMessage } from '../../utils/shared/reader-error';

const HOUR_MS = 3_600_000;

/**
 * "Remember what I read" (issue 14): the opt-in switch, how many articles to keep, the sites
 * never remembered, a pause, how many are remembered, and forgetting them all. The settings are a
 * storage item the background reads at each comparison; forgetting goes through the service.
 */
export function MemorySection({ onChanged }: { onChanged: () => void }) {
  const service = useService();
  const { value: settings, set } = useStorageItem(rememberReadingItem);
  const [count, setCount] = useState<number | null>(null);
  const [site, setSite] = useState('');
  const [message, setMessage] = useState('');
  const [now, setNow] = useState(Date.now);

  async function recount() {
    try {
      setCount((await service.memoryStatus()).remembered);
    } catch (err) {
      setMessage(readerMessage(err));
    }
  }

  useEffect(() => {
    void recount();
    // Pages compared meanwhile are remembered in the background; a paused memory resumes by itself.
    const timer = setInterval(() => {
      setNow(Date.now());
      void recount();
    }, 30_000);
    return () => clearInterval(timer);
  }, [service]);

  if (!settings) return null;
  const update = (change: Partial<RememberReading>) => void set({ ...settings, ...change });
  const paused = isPaused(settings, now);

  function addSite(event: Event) {
    event.preventDefault();
    const parsed = parseSite(site);
    if (!parsed) return;
    void set(withNeverSite(settings!, parsed));
    setSite('');
  }

  async function forgetAll() {
    if (!confirm(i18n.t('memory.forgetAllConfirm'))) return;
    try {
      const forgotten = await service.forgetRemembered();
      setMessage(i18n.t('memory.forgotten', forgotten, { count: formatNumber(forgotten) }));
      onChanged();
    } catch (err) {
      setMessage(readerMessage(err));
    }
    await recount();
  }

  return (
    <section class="card memory" aria-labelledby="memory-heading">
      <h2 id="memory-heading">{i18n.t('memory.heading')}</h2>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={settings.enabled}
          onChange={(e) => update({ enabled: e.currentTarget.checked })}
        />
        <span>{i18n.t('memory.switch')}</span>
      </label>
      <p class="hint">{i18n.t('memory.lede')}</p>
      <p class="memory-count">{count !== null && i18n.t('memory.count', count, { count: formatNumber(count) })}</p>
      <p class="memory-pause">
        {paused ? (
          <>
            {i18n.t('memory.pausedUntil', {
              time: new Date(settings.pausedUntil!).toLocaleTimeString(getUiLocale(), {
                hour: '2-digit',
                minute: '2-digit',
              }),
            })}{' '}
            <button type="button" class="button button-secondary" onClick={() => update({ pausedUntil: null })}>
              {i18n.t('memory.resume')}
            </button>
          </>
        ) : (
          <button
            type="button"
            class="button button-secondary"
            disabled={!settings.enabled}
            onClick={() => {
              setNow(Date.now());
              update({ pausedUntil: Date.now() + HOUR_MS });
            }}
          >
            {i18n.t('memory.pause')}
          </button>
        )}
      </p>
      <label class="memory-keep">
        <span>{i18n.t('memory.keep')}</span>{' '}
        <input
          type="number"
          min={1}
          step={1}
          value={settings.keepArticles}
          onChange={(e) => {
            const n = Math.floor(Number(e.currentTarget.value));
            update({ keepArticles: Number.isFinite(n) && n >= 1 ? n : DEFAULT_KEEP_ARTICLES });
          }}
        />
      </label>
      <label class="memory-keep">
        <span>{i18n.t('memory.keepDays')}</span>{' '}
        <input
          type="number"
          min={1}
          step={1}
          placeholder={i18n.t('memory.keepDaysNone')}
          value={settings.keepDays ?? ''}
          onChange={(e) => {
            const n = Math.floor(Number(e.currentTarget.value));
            update({ keepDays: e.currentTarget.value.trim() !== '' && Number.isFinite(n) && n >= 1 ? n : null });
          }}
        />
      </label>
      <p class="hint">{i18n.t('memory.keepHint')}</p>
      <h3>{i18n.t('memory.neverHeading')}</h3>
      {settings.neverSites.length === 0 ? (
        <p class="hint">{i18n.t('memory.neverNone')}</p>
      ) : (
        <ul class="memory-never">
          {settings.neverSites.map((s) => (
            <li key={s}>
              <span>{s}</span>{' '}
              <button
                type="button"
                class="link-button"
                aria-label={i18n.t('memory.neverRemove', { site: s })}
                onClick={() => update({ neverSites: settings.neverSites.filter((n) => n !== s) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="memory-never-add" onSubmit={addSite}>
        <input
          type="text"
          aria-label={i18n.t('memory.neverInput')}
          placeholder={i18n.t('memory.neverInput')}
          value={site}
          onInput={(e) => setSite(e.currentTarget.value)}
        />{' '}
        <button type="submit" class="button button-secondary" disabled={!parseSite(site)}>
          {i18n.t('memory.neverAdd')}
        </button>
      </form>
      <p>
        <button type="button" class="button button-danger" disabled={!count} onClick={() => void forgetAll()}>
          {i18n.t('memory.forgetAll')}
        </button>
      </p>
      <p class="status" role="status">
        {message}
      </p>
    </section>
  );
}
