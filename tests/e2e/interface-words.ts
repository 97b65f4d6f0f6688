import { expect } from 'vitest';
import { loadMessages, type ChromeMessages } from '../../node/load-messages';

/**
 * What the German end-to-end runs check (tests/e2e/german.test.ts, tests/e2e-firefox/german.test.ts):
 * a page of the extension, shown in a German browser, has no English interface word. The English
 * words are those of locales/en.yml that German never uses (locales/de.yml): "statements",
 * "source", "compare", "remove"… A string written into the code instead of taken from the messages
 * is English, so its words are among them (or it is caught by tests/extension/no-hard-coded-text.test.ts).
 * Article text is English and is not interface: the pages mark it with `lang="en"`, and what is
 * inside an element whose language is not the page's is not read.
 */
export async function loadInterfaceWords(): Promise<{ englishOnly: Set<string>; germanOnly: Set<string> }> {
  const [english, german] = await Promise.all([loadMessages('en'), loadMessages('de')]);
  const [englishWords, germanWords] = [wordsOf(english), wordsOf(german)];
  return {
    englishOnly: new Set([...englishWords].filter((word) => !germanWords.has(word))),
    // To see that a page is in German at all.
    germanOnly: new Set([...germanWords].filter((word) => !englishWords.has(word))),
  };
}

function wordsOf(messages: ChromeMessages): Set<string> {
  const words = new Set<string>();
  for (const { message } of Object.values(messages))
    for (const word of message.replace(/\{\w+\}|\$\d/g, ' ').match(/\p{L}{2,}/gu) ?? []) words.add(word.toLowerCase());
  return words;
}

/** One piece of text a reader sees or hears on a page, and where. */
export interface ShownText {
  text: string;
  /** A short path to the element: "button.feedback-button", or "@title" for an attribute. */
  where: string;
}

/**
 * Runs in the page: every visible text node and every title, aria-label, placeholder and alt,
 * outside elements whose `lang` differs from the document's and names marked `translate="no"`. Written as one self-contained
 * function: Playwright and puppeteer send it as source text.
 */
export function collectShownText(): ShownText[] {
  const pageLang = document.documentElement.lang;
  // Another language's text (an article's), or a name (translate="no": an outlet, a site).
  const foreign = (el: Element | null) => {
    const marked = el?.closest('[lang]');
    if (marked && marked !== document.documentElement && marked.getAttribute('lang') !== pageLang) return true;
    return !!el?.closest('[translate="no"]');
  };
  const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.classList[0] ? `.${el.classList[0]}` : ''}`;
  const shown: ShownText[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    const text = node.textContent?.trim() ?? '';
    if (!el || !text || foreign(el) || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName)) continue;
    if (!el.checkVisibility({ checkVisibilityCSS: true })) continue;
    shown.push({ text, where: describe(el) });
  }
  for (const el of document.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
    if (foreign(el)) continue;
    for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
      const value = el.getAttribute(name)?.trim();
      if (value) shown.push({ text: value, where: `${describe(el)}@${name}` });
    }
  }
  shown.push({ text: document.title, where: 'title' });
  return shown;
}

/** The shown texts holding a word of `words` ("englishOnly": what a German page must not have), with the words. */
export function findWords(shown: ShownText[], words: Set<string>): Array<ShownText & { words: string[] }> {
  return shown.flatMap((s) => {
    const found = (withoutData(s.text).match(/\p{L}{2,}/gu) ?? []).filter((w) => words.has(w.toLowerCase()));
    return found.length ? [{ ...s, words: found }] : [];
  });
}

/**
 * A text without what the interface quotes from elsewhere: words in quotation marks („…“ “…”
 * "…", an article's words in a reason or a headline in a button's label) and a keyboard shortcut
 * as the browser writes it ("Alt+Shift+K").
 */
function withoutData(text: string): string {
  return text.replace(/„[^“”]*[“”]|“[^”]*”|"[^"]*"|‘[^’]*’/g, ' ').replace(/\b[A-Za-z]+(?:\+[A-Za-z0-9]+)+\b/g, ' ');
}

/** A page of either browser's driver (Playwright's, puppeteer's), as far as the German check uses it. */
export interface CheckedPage {
  evaluate<R>(fn: () => R): Promise<unknown>;
  screenshot(options: { path: string; fullPage: boolean }): Promise<unknown>;
}

/**
 * The page is German: its language says so, it has German words (more than 4 of them), and no
 * English one; its screenshot is saved to `screenshotPath`. The one check of both browsers' German runs.
 */
export async function expectGermanPage(
  page: CheckedPage,
  words: { englishOnly: Set<string>; germanOnly: Set<string> },
  screenshotPath: string,
): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
  const shown = (await page.evaluate(collectShownText)) as ShownText[];
  expect(findWords(shown, words.englishOnly)).toEqual([]);
  expect(new Set(findWords(shown, words.germanOnly).flatMap((s) => s.words)).size).toBeGreaterThan(4);
  await page.screenshot({ path: screenshotPath, fullPage: true });
}
