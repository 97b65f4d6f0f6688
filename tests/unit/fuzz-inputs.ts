// Inputs for the fuzz test (fuzz.test.ts): real pages and sentences, mutated with a seeded
// generator, and random text. Every input is a pure function of its seed, so a failing case
// is reproduced from the seed the test prints.
import { createRandom } from '../../lib/stance/create-random';

export type Random = () => number;

/** Material the mutations draw on: what news text holds and what breaks parsers. */
const NUMBERS = [
  '0',
  '-0',
  '1,234',
  '1.234,5',
  '3.14159',
  '99999999999999999999',
  '1e309',
  'NaN',
  'Infinity',
  '0x1F',
  '½',
  '١٢٣',
  '10^6',
  '007',
  '1,000,000,000,000',
  '12.5%',
  '-40%',
  '2nd',
  '31st',
];
const DATES = [
  'January 32, 2015',
  '31/02/2020',
  '2015-13-45',
  'last Thursday',
  'in 1066',
  '9999 BC',
  'Jan. 2',
  'the 1990s',
  'next month',
  'on Feb 29, 2023',
  'since 0000',
  'Dec 31 275760',
  'yesterday at 25:99',
  'five years after 2010',
  'in early 2015',
  'mid-March',
  '2 January 2015',
];
const MONEY = [
  '$',
  '€500',
  '£1.2bn',
  '₽30,000 a month',
  '¥',
  '$-5',
  'USD 5',
  '$1.5 trillion a year',
  '45,000 rubles',
  '€ 0,50',
  '$$$',
  '5 dollars per hour per week',
];
const NEGATIONS = [
  'not',
  'never',
  'no',
  "n't",
  'none',
  'neither',
  'nor',
  'without',
  'barred',
  'denied',
  'only',
  'all',
  'not only',
];
const QUANTITIES = [
  'aged 18-30',
  'between 5 and 2',
  'up to 10 years',
  'five-year',
  'some 40-odd',
  'about 1,000 soldiers',
  'from 20 to',
  'aged -5 to 300',
  'ten-year-old',
  'a quarter',
  '18–30-year-olds',
];
const QUOTES = ['"', '“', '”', '«', '»', '(', ')', '[', ']', '’', "'", '„', '‹', '{', '}'];
const ODD_CHARS = [
  '\u0000',
  '\u0007',
  '\u001b',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ufffd',
  '\ud800',
  '\udfff',
  'e\u0301',
  '🇷🇺',
  '👍🏽',
  '\u{1F600}',
  '\t',
  '\r\n',
  'Ã©',
  'â€™',
  '\u0301\u0301\u0301',
];
const SPLITTERS = ['. ', '? ', '! ', '... ', '.\n', ';', '. . .', 'Mr. ', 'U.S. ', 'Jan. '];

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (random: Random, lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

/** A code point from a random plane and block (lone surrogates included: real pages have them). */
function randomChar(random: Random): string {
  const r = random();
  if (r < 0.4) return String.fromCharCode(int(random, 0x20, 0x7e));
  if (r < 0.55) return String.fromCharCode(int(random, 0x00, 0xff));
  if (r < 0.7) return String.fromCharCode(int(random, 0x100, 0x2fff));
  if (r < 0.8) return String.fromCharCode(int(random, 0x3000, 0xd7ff));
  if (r < 0.85) return String.fromCharCode(int(random, 0xd800, 0xdfff));
  if (r < 0.95) return String.fromCharCode(int(random, 0xe000, 0xffff));
  return String.fromCodePoint(int(random, 0x10000, 0x10ffff));
}

/** Random text of `length` characters from one of several alphabets. */
export function randomText(random: Random, length: number): string {
  const kind = int(random, 0, 5);
  let out = '';
  for (let i = 0; i < length; i++) {
    if (kind === 0) out += randomChar(random);
    else if (kind === 1) out += random() < 0.18 ? ' ' : String.fromCharCode(int(random, 0x61, 0x7a));
    else if (kind === 2)
      out +=
        random() < 0.2
          ? pick(random, [' ', '. ', ', '])
          : pick(random, 'aeiou bcdfg hjklm npqrs tvwxyz 0123456789'.split(''));
    else if (kind === 3) out += pick(random, [...QUOTES, ...SPLITTERS, ' ', '.', '-', '–', '/', '%']);
    else if (kind === 4) out += random() < 0.15 ? ' ' : String.fromCharCode(int(random, 0x400, 0x4ff));
    else out += random() < 0.1 ? pick(random, [...ODD_CHARS, ' ']) : String.fromCharCode(int(random, 0x41, 0x5a));
  }
  return out;
}

/**
 * One token-level mutation of a sentence. `large` allows huge words (20,000 characters) and
 * sentences repeated 60 times; DOM cases keep them ten times smaller, because jsdom's Readability
 * takes seconds on a megabyte of text (Chromium's, a tenth of that: lib/extract/page-limits.ts).
 */
function mutateOnce(random: Random, sentence: string, large: boolean): string {
  const words = sentence.split(' ');
  const at = int(random, 0, words.length);
  const insert = (token: string) => [...words.slice(0, at), token, ...words.slice(at)].join(' ');
  switch (int(random, 0, 15)) {
    case 0:
      return insert(pick(random, NUMBERS));
    case 1:
      return insert(pick(random, DATES));
    case 2:
      return insert(pick(random, MONEY));
    case 3:
      return insert(pick(random, NEGATIONS));
    case 4:
      return insert(pick(random, QUANTITIES));
    case 5:
      return insert(pick(random, QUOTES));
    case 6:
      return insert(Array.from({ length: int(random, 1, 6) }, () => pick(random, ODD_CHARS)).join(''));
    case 7:
      return insert('x'.repeat(int(random, 200, large ? 20_000 : 2000))); // a huge word
    case 8:
      return insert(randomText(random, int(random, 1, 80)));
    case 9:
      return words.filter((_, i) => i !== at).join(' ');
    case 10:
      return [...words.slice(0, at), words[at] ?? '', ...words.slice(at)].join(' ');
    case 11:
      return sentence.slice(0, int(random, 0, sentence.length)); // truncated
    case 12:
      return sentence.toUpperCase();
    case 13:
      return sentence.replace(/ /g, random() < 0.5 ? '' : '   ');
    case 14:
      return sentence.replace(/[.!?]/g, random() < 0.5 ? '' : pick(random, SPLITTERS));
    default:
      return Array.from({ length: int(random, 2, large ? 60 : 6) }, () => sentence).join(' '); // repeated
  }
}

/** A sentence with 1–4 mutations (see `mutateOnce` for `large`). */
export function mutateSentence(random: Random, sentence: string, large = true): string {
  let out = sentence;
  for (let n = int(random, 1, 4); n > 0; n--) out = mutateOnce(random, out, large);
  return out;
}

/**
 * The paragraphs of one text case: real sentences (mutated or not) and random text, mixed.
 * Half the cases are mostly real prose, so that the engine's deeper stages (matching, stance,
 * spans) run on odd input too, not only its early exits.
 */
export function textCase(seed: number, sentences: readonly string[]): string[] {
  const random = createRandom(seed);
  const paragraphs: string[] = [];
  const mostlyReal = random() < 0.5;
  for (let p = int(random, 1, 3); p > 0; p--) {
    const parts: string[] = [];
    for (let s = int(random, 1, 3); s > 0; s--) {
      const r = random();
      if (r < (mostlyReal ? 0.5 : 0.1)) parts.push(pick(random, sentences));
      else if (r < (mostlyReal ? 0.95 : 0.5)) parts.push(mutateSentence(random, pick(random, sentences)));
      else parts.push(randomText(random, int(random, 0, random() < 0.9 ? 300 : 20_000)));
    }
    // Longer paragraphs only cost time: the engine reads 300,000 characters at most.
    paragraphs.push(parts.join(' ').slice(0, 400_000));
  }
  return paragraphs;
}

/** HTML-level mutations, before parsing: broken markup as servers send it. */
export function mutateHtml(random: Random, html: string): string {
  switch (int(random, 0, 5)) {
    case 0:
      return html.slice(0, int(random, 0, html.length)); // truncated download
    case 1: {
      const at = int(random, 0, html.length);
      return (
        html.slice(0, at) +
        pick(random, [
          '<p><p><div>',
          '</html>',
          '<',
          '<!--',
          '<script>',
          '<table><td>',
          '</body><p>after',
          '<frameset><frame src=x>',
          '<svg><p>',
          '<template><p>x',
        ]) +
        html.slice(at)
      );
    }
    case 2:
      return html.replace(/<\/p>/g, () => (random() < 0.5 ? '' : '</p>'));
    case 3:
      return html.replace(
        /lang="[^"]*"/,
        `lang="${pick(random, ['', 'de', 'EN_us', 'zz-invalid', 'en-GB', '*', 'x'.repeat(500)])}"`,
      );
    case 4:
      return html.replace(
        /content="\d{4}-\d{2}-\d{2}"/,
        `content="${pick(random, [...DATES, '', 'garbage', '2015-02-30T99:99'])}"`,
      );
    default:
      return html;
  }
}

const BLOCKS = [
  'p',
  'div',
  'li',
  'blockquote',
  'h2',
  'pre',
  'td',
  'span',
  'article',
  'section',
  'figure',
  'aside',
  'nav',
  'iframe',
  'script',
  'style',
  'noscript',
  'template',
  'time',
  'table',
  'b',
  'a',
];

/** DOM-level mutations of a parsed page: nodes deleted, duplicated, shuffled, nested, and odd text put in. */
export function mutateDocument(random: Random, doc: Document, sentences: readonly string[]): void {
  const elements = () => Array.from(doc.querySelectorAll('body *'));
  for (let n = int(random, 1, 6); n > 0; n--) {
    const all = elements();
    const target = all.length > 0 ? pick(random, all) : (doc.body ?? doc.documentElement);
    if (!target) return;
    switch (int(random, 0, 8)) {
      case 0:
        if (target !== doc.body) target.remove();
        break;
      case 1:
        target.parentNode?.insertBefore(target.cloneNode(true), random() < 0.5 ? target : target.nextSibling);
        break;
      case 2: {
        const children = Array.from(target.childNodes);
        for (let i = children.length - 1; i > 0; i--) target.appendChild(children[Math.floor(random() * (i + 1))]!);
        break;
      }
      case 3: {
        const el = doc.createElement(pick(random, BLOCKS));
        el.textContent = mutateSentence(random, pick(random, sentences), false);
        target.appendChild(el);
        break;
      }
      case 4:
        target.textContent = randomText(random, int(random, 0, 400));
        break;
      case 5: {
        // Deep nesting: wrappers around a real sentence.
        let inner: Element = doc.createElement('p');
        inner.textContent = pick(random, sentences);
        for (let d = int(random, 10, random() < 0.2 ? 300 : 40); d > 0; d--) {
          const wrapper = doc.createElement(pick(random, ['div', 'span', 'section']));
          wrapper.appendChild(inner);
          inner = wrapper;
        }
        target.appendChild(inner);
        break;
      }
      case 6:
        target.setAttribute(
          pick(random, ['class', 'id', 'lang', 'hidden', 'aria-hidden', 'style', 'itemprop']),
          pick(random, ['comment', 'article-body', 'sidebar ad', 'true', 'display:none', 'de', 'datePublished', '']),
        );
        break;
      case 7:
        for (let i = int(random, 2, 20); i > 0; i--) {
          const p = doc.createElement('p');
          p.textContent = mutateSentence(random, pick(random, sentences), false);
          target.appendChild(p);
        }
        break;
      default:
        doc.title = random() < 0.5 ? randomText(random, int(random, 0, 3000)) : '';
    }
  }
}

/** Sentences of a text, roughly (the fuzz only needs material, not exact sentences). */
export function roughSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.split(' ').length >= 4);
}
