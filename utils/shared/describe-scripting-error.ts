import { i18n } from '#i18n';
import { ANALYSE_SHORTCUT } from './commands';

/** `name` of the error for a page Crosscheck may read once the reader asks: not a failure, a next step. */
export const NO_ACCESS_ERROR = 'NoAccessError';

/** `name` of an error that already says what the reader can do: passed on as it is. */
const DESCRIBED_ERROR = 'DescribedError';

/**
 * One of Crosscheck's own pages (welcome, options) is in the tab: the browser refuses to inject
 * into it, and asking for access would not help, so this says so instead.
 */
export function describeOwnPage(): Error {
  const err = new Error(i18n.t('errors.page.ownPage'));
  err.name = DESCRIBED_ERROR;
  return err;
}

/**
 * Turns a `scripting.executeScript` failure into an error a reader understands, keeping the
 * browser's own message as `cause`. Browser pages and stores can never be read; other pages
 * only after the reader asks (activeTab), and again after each navigation.
 */
export function describeScriptingError(err: unknown): Error {
  if (err instanceof Error && err.name === DESCRIBED_ERROR) return err;
  const message = err instanceof Error ? err.message : String(err);
  // Chrome shows a PDF with its built-in viewer, an extension (this id): a frame of the viewer
  // cannot be scripted. "of different extension" is also what another extension's page gives.
  if (/mhjfbmdgcfjbbpaeojofohoefgiehjai|URL of different extension/i.test(message)) {
    return new Error(i18n.t('errors.page.pdfOrExtension'), { cause: err });
  }
  if (/Cannot access contents of url "chrome-extension:/i.test(message)) {
    return new Error(i18n.t('errors.page.otherExtension'), { cause: err });
  }
  if (/Cannot access an? [\w-]+:\/\/ URL|cannot be scripted|tab is restricted/i.test(message)) {
    return new Error(i18n.t('errors.page.browserPage'), { cause: err });
  }
  if (/No tab with id|Invalid tab ID/i.test(message)) {
    return new Error(i18n.t('errors.page.tabGone'), { cause: err });
  }
  if (/permission|Cannot access|not allowed/i.test(message)) {
    // What the reader can do: ask, with the popup's button or the shortcut.
    const noAccess = new Error(
      i18n.t('errors.page.noAccess', { button: i18n.t('popup.compare'), shortcut: ANALYSE_SHORTCUT }),
      { cause: err },
    );
    noAccess.name = NO_ACCESS_ERROR;
    return noAccess;
  }
  if (/Frame with ID 0 was removed|error page|showing error page/i.test(message)) {
    return new Error(i18n.t('errors.page.notLoaded'), { cause: err });
  }
  return new Error(i18n.t('errors.page.unreadable', { reason: message }), { cause: err });
}
