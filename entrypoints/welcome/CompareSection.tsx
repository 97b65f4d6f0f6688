import { useEffect, useState } from 'preact/hooks';
import { getShortcut } from '../../components/hooks/browser-actions';
import { ANALYSE_COMMAND, ANALYSE_SHORTCUT } from '../../utils/shared/commands';

/** Where the reader changes extension shortcuts, in each browser. */
const SHORTCUT_SETTINGS = import.meta.env.FIREFOX
  ? 'in Firefox’s add-ons page (the gear menu, “Manage Extension Shortcuts”)'
  : 'at chrome://extensions/shortcuts';

/** How to compare a page: the toolbar button, the shortcut (as the browser has it) and the panel. */
export function CompareSection({ panel }: { panel: string }) {
  /** null until the browser has said; '' when it set none (another extension may have the keys). */
  const [shortcut, setShortcut] = useState<string | null>(null);

  useEffect(() => {
    getShortcut(ANALYSE_COMMAND).then(setShortcut, () => setShortcut(null));
  }, []);

  const keys = shortcut || ANALYSE_SHORTCUT;
  return (
    <section class="card" aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare a page</h2>
      <ol class="steps">
        <li>Open a news article.</li>
        <li>
          Click the Crosscheck button in the toolbar and choose <strong>Compare this page</strong>, or press{' '}
          <kbd>{keys}</kbd>.
        </li>
        <li>
          The {panel} opens beside the article with its statements in order, and under each one what other articles say.
          Filters show the conflicts, the corroborated statements or the unmatched ones.
        </li>
      </ol>
      <p class="hint" data-shortcut={shortcut ?? undefined}>
        {shortcut === ''
          ? `Your browser has set no shortcut for Crosscheck (another extension may use ${ANALYSE_SHORTCUT}). You can choose one ${SHORTCUT_SETTINGS}.`
          : `You can change the shortcut ${SHORTCUT_SETTINGS}.`}
      </p>
      <p>
        The toolbar button’s popup also searches everything the corpus articles say, and adds the article you are
        reading to your own sources, so later articles are compared with it too.
      </p>
    </section>
  );
}
