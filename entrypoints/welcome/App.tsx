import { i18n } from '#i18n';
import { openOptionsPage } from '../../components/hooks/browser-actions';
import { fillMessage } from '../../utils/view/fill-message';
import { CompareSection } from './CompareSection';
import { DemoSection } from './DemoSection';

/** What the panel is called: Firefox shows extension panels in its sidebar, Chrome in its side panel. */
function panelName(): string {
  return import.meta.env.FIREFOX ? i18n.t('welcome.panelFirefox') : i18n.t('welcome.panelChrome');
}

/**
 * The first-run page, opened once when Crosscheck is installed (utils/background/open-welcome-on-install.ts):
 * what Crosscheck does (in English-language articles only), how to compare a page, what it can
 * see and what it never sends, and the demo article, to see a real comparison at once.
 */
export function App() {
  const panel = panelName();
  return (
    <main class="welcome">
      <header>
        <h1>{i18n.t('welcome.heading')}</h1>
        <p class="lede">
          {fillMessage(i18n.t('welcome.lede', { corroborate: '{corroborate}', conflict: '{conflict}' }), {
            corroborate: <strong>{i18n.t('welcome.corroborate')}</strong>,
            conflict: <strong>{i18n.t('welcome.conflict')}</strong>,
          })}
        </p>
        {/* The engine reads English: a reader of German articles must know before anything else. */}
        <p class="lede welcome-language">{i18n.t('welcome.englishOnly')}</p>
      </header>
      <DemoSection panel={panel} />
      <CompareSection panel={panel} />
      <section class="card" aria-labelledby="see-heading">
        <h2 id="see-heading">{i18n.t('welcome.see.heading')}</h2>
        <ul class="facts">
          <li>
            {fillMessage(i18n.t('welcome.see.asked', { what: '{what}' }), {
              what: <strong>{i18n.t('welcome.see.askedLead')}</strong>,
            })}
          </li>
          <li>
            {fillMessage(i18n.t('welcome.see.every', { what: '{what}' }), {
              what: <strong>{i18n.t('welcome.see.everyLead')}</strong>,
            })}
          </li>
          <li>{i18n.t('welcome.see.kept')}</li>
        </ul>
      </section>
      <section class="card" aria-labelledby="send-heading">
        <h2 id="send-heading">{i18n.t('welcome.send.heading')}</h2>
        <p>
          <strong>{i18n.t('welcome.send.lead')}</strong> {i18n.t('welcome.send.text')}
        </p>
      </section>
      <p class="welcome-footer">
        <button type="button" class="link-button" onClick={() => void openOptionsPage()}>
          {i18n.t('welcome.settings')}
        </button>
      </p>
    </main>
  );
}
