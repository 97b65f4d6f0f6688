import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { projectRoot } from './project-root';

/** A locale's messages as the browser reads them (`_locales/<lang>/messages.json`): key → message. */
export type ChromeMessages = Record<string, { message: string }>;

/** The interface languages Crosscheck ships, from locales/ (the default first). */
export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

/** locales/<lang>.yml as the built extension's messages.json holds it (the same @wxt-dev/i18n code makes both). */
export async function loadMessages(lang: Locale): Promise<ChromeMessages> {
  return generateChromeMessages(await parseMessagesFile(join(projectRoot, 'locales', `${lang}.yml`))) as ChromeMessages;
}

/** The raw text of locales/<lang>.yml, for tests that read it as a whole. */
export function readLocaleFile(lang: Locale): string {
  return readFileSync(join(projectRoot, 'locales', `${lang}.yml`), 'utf8');
}

/**
 * `browser.i18n.getMessage` over a messages table, for code run in Node (the fake browser has
 * none): `$1`–`$9` are the substitutions, `$$` a dollar sign, and a missing key is "" as in the
 * browser. "@@ui_locale" is `uiLocale` (underscored, as Chrome gives it).
 */
export function createGetMessage(messages: ChromeMessages, uiLocale: string) {
  return (key: string, substitutions?: string | string[]): string => {
    if (key === '@@ui_locale') return uiLocale.replace('-', '_');
    const entry = messages[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\$|[1-9])/g, (_, what: string) =>
      what === '$' ? '$' : (subs[Number(what) - 1] ?? ''),
    );
  };
}
