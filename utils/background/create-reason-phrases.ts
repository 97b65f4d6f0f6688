import { i18n } from '#i18n';
import {
  ENGLISH_PHRASES,
  englishOrdinal,
  scaleWordOf,
  type CountedKey,
  type PhraseKey,
  type PhraseValues,
  type ReasonPhrases,
} from '../../lib/explain/reason-phrases';
import { formatNumber } from '../../lib/explain/format-number';
import { formatLocaleDate } from '../../lib/explain/format-locale-date';
import { getMessagesLanguage, getUiLocale } from '../shared/ui-locale';

/**
 * `i18n.t` with a key built at run time: the keys are lib's (ENGLISH_TEMPLATES, ENGLISH_COUNTED),
 * and tests/unit/reason-phrases.test.ts checks that locales/en.yml has each one, so the typed
 * keys of .wxt/i18n would only repeat that list.
 */
const t = i18n.t as unknown as (key: string, ...args: Array<number | PhraseValues>) => string;

/** What the messages cannot say: how a language writes a date, a place in a series, an article's date. */
interface LanguageRules {
  date(iso: string, locale: string): string;
  ordinal(n: number, locale: string): string;
  writtenDate(text: string, iso: string, locale: string): string;
}

const RULES: Record<string, LanguageRules> = {
  // The engine's English, whatever the reader's English locale: "2 January 2015", "ninth", "Feb. 3".
  en: {
    date: (iso) => ENGLISH_PHRASES.date(iso),
    ordinal: englishOrdinal,
    writtenDate: (text) => text,
  },
  // "2. Januar 2015", "9."; a day the article writes in English ("Feb. 3") is written as a German date.
  de: {
    date: formatLocaleDate,
    ordinal: (n, locale) => `${n.toLocaleString(locale)}.`,
    writtenDate: (text, iso, locale) => (iso.length >= 10 ? formatLocaleDate(iso, locale) : text),
  },
};

/**
 * The words of each match's "why" line in the reader's language (the `why` messages), with dates
 * and numbers in their locale (getUiLocale): what the analysis service gives compareArticle.
 * A message missing from the reader's locale falls back to the engine's English.
 */
export function createReasonPhrases(): ReasonPhrases {
  const locale = getUiLocale();
  const rules = RULES[getMessagesLanguage()] ?? RULES.en!;
  const text = (key: PhraseKey, values?: PhraseValues) =>
    (values ? t(`why.${key}`, values) : t(`why.${key}`)) || ENGLISH_PHRASES.text(key, values);
  const counted = (key: CountedKey, count: number, values: PhraseValues) =>
    t(`why.${key}`, count, values) || ENGLISH_PHRASES.counted(key, count, values);
  return {
    text,
    counted,
    date: (iso) => rules.date(iso, locale),
    number: (n) => formatNumber(n, locale, scaleWordOf(counted)),
    ordinal: (n) => rules.ordinal(n, locale),
    writtenDate: (text, iso) => rules.writtenDate(text, iso, locale),
  };
}
