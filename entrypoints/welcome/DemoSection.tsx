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
        `The ${panel} did not open (${err instanceof Error ? err.message : String(err)}). In the demo’s tab, click the Crosscheck button in the toolbar and choose “Compare this page”.`,
      ),
    );
  }

  return (
    <section class="card demo" aria-labelledby="demo-heading">
      <h2 id="demo-heading">See it on a demo article</h2>
      <p>
        A short article written for Crosscheck retells the January 2015 news of a Russian decree, with a few facts
        changed on purpose. Crosscheck compares it with the five articles it comes with, as it would any article you
        read.
      </p>
      <button type="button" class="button" onClick={open}>
        Open the demo article
      </button>
      <p class="hint">
        It opens in a new tab, with the {panel} beside it. Click a statement in the {panel} to see it highlighted in the
        article.
      </p>
      <p class="status status-error" role="status">
        {problem}
      </p>
    </section>
  );
}
