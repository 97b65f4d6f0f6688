import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { getCurrentWindowId, openDemoArticle } from '../../components/hooks/browser-actions';
import { isReaderError } from '../../utils/shared/reader-error';

/**
 * The demo: a short article shipped with Crosscheck (public/demo/article.html), opened in a new
 * tab with the panel beside it, which shows the engine's real comparison of it with the corpus.
 */
export function DemoSection({ panel }: { panel: string }) {
  const windowId = useRef<number | undefined>(undefined);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    // Known before the click: opening the panel must not wait (user gesture).
    void getCurrentWindowId().then((id) => (windowId.current = id));
  }, []);

  function open() {
    setProblem('');
    openDemoArticle(windowId.current).catch((err: unknown) => {
      // Ours says why ("This browser has no side panel."); the browser's words are for the console.
      if (!isReaderError(err)) console.warn('Crosscheck: the demo’s panel did not open', err);
      const failed = i18n.t('welcome.demo.failed', { panel, button: i18n.t('popup.compare') });
      setProblem(isReaderError(err) ? `${err.message} ${failed}` : failed);
    });
  }

  return (
    <section class="card demo" aria-labelledby="demo-heading">
      <h2 id="demo-heading">{i18n.t('welcome.demo.heading')}</h2>
      <p>{i18n.t('welcome.demo.text')}</p>
      <button type="button" class="button" onClick={open}>
        {i18n.t('welcome.demo.open')}
      </button>
      <p class="hint">{i18n.t('welcome.demo.hint', { panel })}</p>
      <p class="status status-error" role="status">
        {problem}
      </p>
    </section>
  );
}
