import { i18n } from '#i18n';

/**
 * The locale dates and numbers are written in, as a BCP-47 tag for `Intl`: the browser's interface
 * locale ("en-US", "de-AT") when the messages shown are in its language, else the messages'
 * language. A browser in Italian reads our English messages, so it gets English dates, not an
 * Italian date in an English sentence; and Chromium started with `--lang=de` shows German
 * messages while still reporting "en-US" (seen in Debian's Chromium, headless).
 */
export function getUiLocale(): string {
  const ui = (i18n.t('@@ui_locale') || 'en').replace('_', '-');
  const lang = getMessagesLanguage();
  return ui.toLowerCase().split('-')[0] === lang ? ui : lang;
}

/** The language of the messages shown ("en", "de"): the browser picks it from locales/ by its interface language. */
export function getMessagesLanguage(): string {
  return i18n.t('common.lang') || 'en';
}
