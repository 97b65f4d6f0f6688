import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { getShortcut } from '../../components/hooks/browser-actions';
import { ANALYSE_COMMAND, ANALYSE_SHORTCUT } from '../../utils/shared/commands';
import { fillMessage } from '../../utils/view/fill-message';

/** Where the reader changes extension shortcuts, in each browser. */
function shortcutSettings(): string {
  return import.meta.env.FIREFOX
    ? i18n.t('welcome.compare.shortcutsFirefox')
    : i18n.t('welcome.compare.shortcutsChrome');
}

/** How to compare a page: the toolbar button, the shortcut (as the browser has it) and the panel. */
export function CompareSection({ panel }: { panel: string }) {
  /** null until the browser has said; '' when it set none (another extension may have the keys). */
  const [shortcut, setShortcut] = useState<string | null>(null);

  useEffect(() => {
    getShortcut(ANALYSE_COMMAND).then(setShortcut, () => setShortcut(null));
  }, []);

  const keys = shortcut || ANALYSE_SHORTCUT;
  const where = shortcutSettings();
  return (
    <section class="card" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{i18n.t('welcome.compare.heading')}</h2>
      <ol class="steps">
        <li>{i18n.t('welcome.compare.open')}</li>
        <li>
          {fillMessage(i18n.t('welcome.compare.click', { button: '{button}', keys: '{keys}' }), {
            button: <strong>{i18n.t('popup.compare')}</strong>,
            keys: <kbd translate={false}>{keys}</kbd>,
          })}
        </li>
        <li>{i18n.t('welcome.compare.panel', { panel })}</li>
      </ol>
      <p class="hint" data-shortcut={shortcut ?? undefined}>
        {shortcut === ''
          ? i18n.t('welcome.compare.noShortcut', { shortcut: ANALYSE_SHORTCUT, where })
          : i18n.t('welcome.compare.changeShortcut', { where })}
      </p>
      <p>{i18n.t('welcome.compare.popup')}</p>
    </section>
  );
}
