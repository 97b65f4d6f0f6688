import { openOptionsPage } from '../../components/hooks/browser-actions';
import { CompareSection } from './CompareSection';
import { DemoSection } from './DemoSection';

/** Firefox shows extension panels in its sidebar; Chrome in its side panel. */
const PANEL = import.meta.env.FIREFOX ? 'sidebar' : 'side panel';

/**
 * The first-run page, opened once when Crosscheck is installed (utils/background/open-welcome-on-install.ts):
 * what Crosscheck does, how to compare a page, what it can see and what it never sends, and the
 * demo article, to see a real comparison at once.
 */
export function App() {
  return (
    <main class="welcome">
      <header>
        <h1>Welcome to Crosscheck</h1>
        <p class="lede">
          Crosscheck compares the news article you are reading with other outlets’ reporting of the same story. For each
          statement in the article, it lists the statements of other articles that <strong>corroborate</strong> it or{' '}
          <strong>conflict</strong> with it, each with its outlet, its date and the reason, such as “different date: 12
          January 2015 vs 2 January 2015”.
        </p>
      </header>
      <DemoSection panel={PANEL} />
      <CompareSection panel={PANEL} />
      <section class="card" aria-labelledby="see-heading">
        <h2 id="see-heading">What Crosscheck can see</h2>
        <ul class="facts">
          <li>
            <strong>The page you ask it to compare</strong>, when you ask: the toolbar button or the shortcut lets it
            read the page in that tab, and the access ends when the tab loads another page.
          </li>
          <li>
            <strong>Every page you open</strong>, but only if you turn on automatic comparison in the settings. It is
            off until you turn it on, and your browser asks you first.
          </li>
          <li>
            The sources you add and your feedback on matches, which it keeps in your browser on this computer until you
            remove them.
          </li>
        </ul>
      </section>
      <section class="card" aria-labelledby="send-heading">
        <h2 id="send-heading">What it never sends</h2>
        <p>
          <strong>Nothing leaves your computer.</strong> The comparison runs inside the extension, and the articles it
          compares with and its language data are packaged with it. Crosscheck sends no request to any server: its pages
          and its background may load only the extension’s own files. There is no account, no analytics and no
          advertising.
        </p>
      </section>
      <p class="welcome-footer">
        <button type="button" class="link-button" onClick={() => void openOptionsPage()}>
          Settings and sources
        </button>
      </p>
    </main>
  );
}
