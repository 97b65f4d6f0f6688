import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { getCurrentWindowId, openDemoArticle } from '../../components/hooks/browser-actions';

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
    openDemoArticle(windowId.current).catch((err: unknown) =>
      setProblem(
        i18n.t('welcome.demo.failed', {
          panel,
          reason: err instanceof Error ? err.message : String(err),
          button: i18n.t('popup.compare'),
        }),
      ),
    );
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
