/** `name` of the error for a page Crosscheck may read once the reader asks: not a failure, a next step. */
export const NO_ACCESS_ERROR = 'NoAccessError';

/** `name` of an error that already says what the reader can do: passed on as it is. */
const DESCRIBED_ERROR = 'DescribedError';

/**
 * One of Crosscheck's own pages (welcome, options) is in the tab: the browser refuses to inject
 * into it, and asking for access would not help, so this says so instead.
 */
export function describeOwnPage(): Error {
  const err = new Error(
    'This tab shows one of Crosscheck’s own pages, which has no article to compare. Open a news article, or the demo article from the welcome page, and try again.',
  );
  err.name = DESCRIBED_ERROR;
  return err;
}

/** What the reader can do when Crosscheck may not read the tab yet. */
const GRANT_HINT =
  'Click the Crosscheck button in the toolbar and choose “Compare this page”, or press Alt+Shift+K on the page.';

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
    return new Error(
      'This tab shows a PDF or a page of another extension, which Crosscheck cannot read. Crosscheck reads web pages: if the article is also published as a web page, open that one.',
      { cause: err },
    );
  }
  if (/Cannot access contents of url "chrome-extension:/i.test(message)) {
    return new Error(
      'This tab shows a page of another extension, which Crosscheck cannot read. Open a news article and try again.',
      { cause: err },
    );
  }
  if (/Cannot access an? [\w-]+:\/\/ URL|cannot be scripted|tab is restricted/i.test(message)) {
    return new Error('Crosscheck cannot read browser pages or extension stores. Open a news article and try again.', {
      cause: err,
    });
  }
  if (/No tab with id|Invalid tab ID/i.test(message)) {
    return new Error('That tab is gone. Open the article again and retry.', { cause: err });
  }
  if (/permission|Cannot access|not allowed/i.test(message)) {
    const noAccess = new Error(`Crosscheck has not been given access to this page yet. ${GRANT_HINT}`, { cause: err });
    noAccess.name = NO_ACCESS_ERROR;
    return noAccess;
  }
  if (/Frame with ID 0 was removed|error page|showing error page/i.test(message)) {
    return new Error('The page did not load. Reload it and try again.', { cause: err });
  }
  return new Error(`Crosscheck could not read this page (${message}). Reload the page and try again.`, { cause: err });
}
