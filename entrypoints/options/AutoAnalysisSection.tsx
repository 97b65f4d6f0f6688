import { useState } from 'preact/hooks';
import { useAutoAnalysis } from '../../components/hooks/use-auto-analysis';

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
      if (!(await change) && wanted) setProblem('The browser did not grant access, so nothing changed.');
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    }
    // What the browser now says, whatever was asked: the switch shows the real state.
    await recheck();
    setPending(false);
  }

  return (
    <section class="card" aria-labelledby="auto-heading">
      <h2 id="auto-heading">Automatic comparison</h2>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={granted === true}
          disabled={granted === null || pending}
          aria-describedby="auto-state"
          onChange={toggle}
        />
        <span>Compare every page as it loads</span>
      </label>
      <p id="auto-state" class="permission-state" data-granted={granted === null ? undefined : String(granted)}>
        {granted === null ? (
          'Checking access…'
        ) : granted ? (
          <>
            <strong>Access to all websites: granted.</strong> Crosscheck reads every http(s) page you open, on this
            computer, so the panel opens on a result; nothing is sent anywhere.
          </>
        ) : (
          <>
            <strong>Access to all websites: not granted.</strong> Crosscheck reads a page only when you ask (the toolbar
            button or Alt+Shift+K).
          </>
        )}
      </p>
      <p class="hint">
        Turning this on asks your browser for access to all websites; turning it off gives that access back. You can
        also remove it in the browser’s extension settings.
      </p>
      <p class="status status-error" role="status">
        {problem}
      </p>
    </section>
  );
}
