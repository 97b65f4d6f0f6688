import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';
import type { MatchFeedback } from '../utils/shared/storage';

interface Props {
  feedback: MatchFeedback;
  outlet: string;
  /** Move focus to "Undo" (the button the reader pressed has gone with the match it hid). */
  takeFocus: boolean;
  onUndo(): void;
  onDismiss(): void;
}

/**
 * Says what the reader's feedback just did, with an Undo; stays until dismissed or replaced.
 * Rendered inside a live region that is always there, so screen readers announce it.
 */
export function UndoBar({ feedback, outlet, takeFocus, onUndo, onDismiss }: Props) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (takeFocus) undo.current?.focus();
  }, [feedback, takeFocus]);
  const what =
    feedback.kind === 'not-a-match'
      ? i18n.t('panel.undo.hidden', { outlet })
      : i18n.t('panel.undo.flagged', { outlet });
  return (
    <div class="undo-bar">
      <span class="undo-text">{what}</span>
      <button ref={undo} type="button" class="undo-button" onClick={onUndo}>
        {i18n.t('panel.undo.undo')}
      </button>
      <button type="button" class="undo-dismiss" aria-label={i18n.t('panel.dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
