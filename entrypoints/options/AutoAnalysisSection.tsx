import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { useAutoAnalysis } from '../../components/hooks/use-auto-analysis';
import { ANALYSE_SHORTCUT } from '../../utils/shared/commands';
import { readerMessage } from '../../utils/shared/reader-error';

/**
 * The opt-in to compare every page as it loads. The switch asks the browser for access to all
 * http(s) pages, or gives it back; that permission is the setting, so the switch also follows a
 * change made in the browser's own extension settings.
 */
export function AutoAnalysisSection() {
  /** `granted` is null until the browser has said. */
  const { granted, change: changeAccess, recheck } = useAutoAnalysis();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState('');

  function toggle(event: Event) {
    const wanted = (event.currentTarget as HTMLInputElement).checked;
    // Called before any await: the browser shows its prompt only inside the reader's click.
    const change = changeAccess(wanted);
    setPending(true);
    setProblem('');
    void settle(change, wanted);
  }

  async function settle(change: Promise<boolean>, wanted: boolean) {
    try {
      if (!(await change) && wanted) setProblem(i18n.t('options.auto.refused'));
    } catch (err) {
      setProblem(readerMessage(err));
    }
    // What the browser now says, whatever was asked: the switch shows the real state.
    await recheck();
    setPending(false);
  }

  return (
    <section class="card" aria-labelledby="auto-heading">
      <h2 id="auto-heading">{i18n.t('options.auto.heading')}</h2>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={granted === true}
          disabled={granted === null || pending}
          aria-describedby="auto-state"
          onChange={toggle}
        />
        <span>{i18n.t('options.auto.switch')}</span>
      </label>
      <p id="auto-state" class="permission-state" data-granted={granted === null ? undefined : String(granted)}>
        {granted === null ? (
          i18n.t('options.auto.checking')
        ) : granted ? (
          <>
            <strong>{i18n.t('options.auto.granted')}</strong> {i18n.t('options.auto.grantedDetail')}
          </>
        ) : (
          <>
            <strong>{i18n.t('options.auto.notGranted')}</strong>{' '}
            {i18n.t('options.auto.notGrantedDetail', { shortcut: ANALYSE_SHORTCUT })}
          </>
        )}
      </p>
      <p class="hint">{i18n.t('options.auto.hint')}</p>
      <p class="status status-error" role="status">
        {problem}
      </p>
    </section>
  );
}
