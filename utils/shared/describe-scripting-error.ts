import { i18n } from '#i18n';
import { ANALYSE_SHORTCUT } from './commands';
import { isReaderError, ReaderError } from './reader-error';

/** `name` of the error for a page Crosscheck may read once the reader asks: not a failure, a next step. */
export const NO_ACCESS_ERROR = 'NoAccessError';

/**
 * One of Crosscheck's own pages (welcome, options) is in the tab: the browser refuses to inject
 * into it, and asking for access would not help, so this says so instead.
 */
export function describeOwnPage(): Error {
  return new ReaderError(i18n.t('errors.page.ownPage'));
}

/**
 * Turns a `scripting.executeScript` failure into an error a reader understands (a `ReaderError`),
 * keeping the browser's own message as `cause`. Browser pages and stores can never be read; other pages
 * only after the reader asks (activeTab), and again after each navigation.
 */
export function describeScriptingError(err: unknown): Error {
  // Already in the reader's words (describeOwnPage): passed on as it is.
  if (isReaderError(err)) return err;
  const message = err instanceof Error ? err.message : String(err);
  // Chrome shows a PDF with its built-in viewer, an extension (this id): a frame of the viewer
  // cannot be scripted. "of different extension" is also what another extension's page gives.
  if (/mhjfbmdgcfjbbpaeojofohoefgiehjai|URL of different extension/i.test(message)) {
    return new ReaderError(i18n.t('errors.page.pdfOrExtension'), { cause: err });
  }
  if (/Cannot access contents of url "chrome-extension:/i.test(message)) {
    return new ReaderError(i18n.t('errors.page.otherExtension'), { cause: err });
  }
  if (/Cannot access an? [\w-]+:\/\/ URL|cannot be scripted|tab is restricted/i.test(message)) {
    return new ReaderError(i18n.t('errors.page.browserPage'), { cause: err });
  }
  if (/No tab with id|Invalid tab ID/i.test(message)) {
    return new ReaderError(i18n.t('errors.page.tabGone'), { cause: err });
  }
  if (/permission|Cannot access|not allowed/i.test(message)) {
    // What the reader can do: ask, with the popup's button or the shortcut.
    return new ReaderError(
      i18n.t('errors.page.noAccess', { button: i18n.t('popup.compare'), shortcut: ANALYSE_SHORTCUT }),
      { cause: err, name: NO_ACCESS_ERROR },
    );
  }
  if (/Frame with ID 0 was removed|error page|showing error page/i.test(message)) {
    return new ReaderError(i18n.t('errors.page.notLoaded'), { cause: err });
  }
  // Another refusal: the browser's words stay in `cause` (the console), never on the reader's screen.
  return new ReaderError(i18n.t('errors.page.unreadable'), { cause: err });
}
