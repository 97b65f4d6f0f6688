import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../lib/corpus/build-corpus';
import { loadCorpus } from '../../lib/corpus/load-corpus';
import { compareArticle, MAX_STATEMENTS } from '../../lib/compare-article';
import { measurePage, readPage } from '../../lib/extract/read-page';
import { keepBeginning } from '../../lib/text/keep-beginning';
import { PAGE_LIMITS } from '../../lib/extract/page-limits';
import { findFirstStatements, isCheckable } from '../../lib/statements/find-statements';
import { countWords } from '../../lib/text/count-words';
import { segmentSentences } from '../../lib/text/segment-sentences';
import { detectLanguage } from '../../lib/text/detect-language';
import { hasDamagedText, isUnreadableText } from '../../lib/text/is-unreadable-text';
import { createRandom } from '../../lib/stance/create-random';
import type { Article } from '../../lib/types';
import { readCorpusSources } from '../../node/read-corpus-sources';

const root = new URL('../../', import.meta.url).pathname;
const corpus = loadCorpus(buildCorpus(readCorpusSources(root)));
const fixture = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url));
const parse = (html: string | Buffer, contentType?: string) =>
  new JSDOM(html, { url: 'http://127.0.0.1/p', contentType }).window.document;

function article(paragraphs: string[], extra: Partial<Article> = {}): Article {
  return {
    title: 't',
    url: 'http://127.0.0.1/t',
    lang: '',
    published: '2015-01-09',
    byline: null,
    siteName: null,
    paragraphs,
    readerable: true,
    ...extra,
  };
}

/** Windows-1252's bytes 0x80–0x9F (the WHATWG table: the five it leaves undefined stay C1 controls, as in browsers). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** UTF-8 bytes read as Windows-1252: "It’s" becomes "Itâ€™s". */
function mojibake(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b)))
    .join('');
}

const random = createRandom(11);
const randomBytes = Buffer.from(Array.from({ length: 3000 }, () => Math.floor(random() * 256)));

const ENGLISH =
  'Gardeners in the valley planted their first potatoes three weeks earlier than usual this year. The local horticultural society counted 212 plots in use on Saturday, up from 180 last spring. Rhubarb and early peas did well in the mild weather, while frost damaged some of the plum blossom.';

describe('detectLanguage', () => {
  it.each([
    ['English', ENGLISH, 'en'],
    [
      'German',
      'Die Gärtner im Tal haben ihre ersten Kartoffeln in diesem Jahr drei Wochen früher als sonst gepflanzt. Der örtliche Gartenbauverein zählte am Samstag 212 genutzte Parzellen, nach 180 im vergangenen Frühjahr, und die Mitglieder sind zufrieden.',
      'de',
    ],
    [
      'French',
      'Les jardiniers de la vallée ont planté leurs premières pommes de terre trois semaines plus tôt que d’habitude cette année. La société d’horticulture locale a compté samedi 212 parcelles cultivées, contre 180 au printemps dernier.',
      'fr',
    ],
    [
      'Spanish',
      'Los jardineros del valle plantaron sus primeras patatas tres semanas antes de lo habitual este año. La sociedad de horticultura local contó el sábado 212 parcelas en uso, frente a las 180 de la primavera pasada, según sus datos.',
      'es',
    ],
    [
      'Italian',
      'I giardinieri della valle hanno piantato le prime patate tre settimane prima del solito quest’anno. La società di orticoltura locale ha contato sabato 212 appezzamenti in uso, contro i 180 della primavera scorsa, ed è stato un successo.',
      'it',
    ],
    [
      'Portuguese',
      'Os jardineiros do vale plantaram as primeiras batatas três semanas mais cedo do que o habitual este ano. A sociedade de horticultura local contou no sábado 212 lotes em uso, contra 180 na primavera passada, e foi um sucesso para todos.',
      'pt',
    ],
    [
      'Polish',
      'Ogrodnicy w dolinie posadzili w tym roku pierwsze ziemniaki trzy tygodnie wcześniej niż zwykle. Miejscowe towarzystwo ogrodnicze naliczyło w sobotę 212 działek w użyciu, wobec 180 zeszłej wiosny. Rabarbar i wczesny groszek dobrze rosły przy łagodnej pogodzie, ale przymrozek uszkodził część kwiatów śliwy. Towarzystwo zorganizuje wymianę nasion w pierwszą niedzielę kwietnia w sali wiejskiej i jest to dla nas ważne.',
      'pl',
    ],
    [
      'Swedish',
      'Trädgårdsodlarna i dalen satte sin första potatis tre veckor tidigare än vanligt i år. Den lokala trädgårdsföreningen räknade på lördagen 212 lotter som används, mot 180 förra våren. Rabarber och tidiga ärtor växte bra i det milda vädret, men frosten skadade en del av plommonblommorna. Föreningen håller sitt årliga fröbyte i bygdegården den första söndagen i april och det är öppet för alla.',
      'sv',
    ],
    [
      'Russian',
      'Садоводы в долине посадили первый картофель на три недели раньше обычного в этом году. Местное общество садоводов насчитало в субботу 212 участков, что на 32 больше, чем прошлой весной, и это был успех для всех.',
      'ru',
    ],
    [
      'Ukrainian',
      'Садівники в долині посадили першу картоплю на три тижні раніше, ніж зазвичай цього року. Місцеве товариство садівників нарахувало в суботу 212 ділянок, що більше, ніж торік, і це був успіх для всіх, як і очікували.',
      'uk',
    ],
    [
      'Chinese',
      '今年山谷里的园丁们比往常提前三周种下了第一批土豆。当地园艺协会周六统计共有二百一十二块地在使用，去年春天为一百八十块。温和的天气让大黄和早熟豌豆长势良好，但霜冻损坏了部分李子花。',
      'zh',
    ],
    [
      'Japanese',
      '今年、谷の園芸家たちはいつもより三週間早く最初のジャガイモを植えました。地元の園芸協会は土曜日に二百十二区画が使われていると数えました。穏やかな天気でルバーブとエンドウ豆がよく育ちました。',
      'ja',
    ],
    [
      'Korean',
      '올해 계곡의 정원사들은 평소보다 3주 일찍 첫 감자를 심었습니다. 지역 원예 협회는 토요일에 212개의 구획이 사용 중이라고 집계했으며 작년 봄에는 180개였습니다. 온화한 날씨 덕분에 대황과 완두콩이 잘 자랐습니다.',
      'ko',
    ],
    [
      'Greek',
      'Οι κηπουροί της κοιλάδας φύτεψαν τις πρώτες πατάτες τρεις εβδομάδες νωρίτερα από το συνηθισμένο φέτος. Η τοπική εταιρεία κηπουρικής μέτρησε το Σάββατο 212 οικόπεδα σε χρήση, έναντι 180 την περασμένη άνοιξη.',
      'el',
    ],
    // Latin-script languages without a word list here, long enough to be sure they are not English.
    [
      'Turkish',
      'Bahçıvanlar vadide ilk patatesleri her zamankinden üç hafta önce dikti. Yerel bahçecilik derneği cumartesi günü 212 parsel saydı. Ilıman havada ravent ve bezelye iyi yetişti. Don erik çiçeklerine zarar verdi. Dernek nisan ayının ilk pazar günü köy salonunda tohum takası yapacak. Herkes davetlidir ve katılım ücretsizdir. Kahvaltı sabah dokuzda başlar ve öğlene kadar sürer, bu yıl da çok kalabalık olması bekleniyor.',
      'und',
    ],
    [
      'Swahili',
      'Dhuka la kijiji lilifunguliwa mapema mwaka huu baada ya mvua kubwa kunyesha katika bonde lote. Wakulima walipanda viazi vyao vya kwanza wiki tatu kabla ya kawaida. Chama cha wakulima kilihesabu mashamba mia mbili kumi na mbili yaliyotumika Jumamosi iliyopita. Hali ya hewa ilisaidia mbaazi kukua vizuri sana mwaka huu kijijini kwetu, wakulima walisema kwa furaha kubwa leo asubuhi.',
      'und',
    ],
    // Too short to tell: the page's lang attribute decides.
    ['short English', 'Putin signed it.', null],
    ['short German', 'Der Erlass wurde am 2. Januar unterzeichnet.', null],
  ])('%s -> %s', (_name, text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('isUnreadableText / hasDamagedText', () => {
  it.each([
    ['sound English', ENGLISH, false],
    [
      'an English article with numbers and currency',
      'Prices rose 4.5% to $1,234.56 (€1,100) in Q3 2024, up from 3.2% in Q2; 18–30-year-olds paid £2.50 more.',
      false,
    ],
    [
      'Chinese',
      '今年山谷里的园丁们比往常提前三周种下了第一批土豆。当地园艺协会周六统计共有二百一十二块地在使用。',
      false,
    ],
    [
      'UTF-8 read as Windows-1252 (unreadable)',
      mojibake('It’s the society’s “remarkable” year — Renée’s café sold out; entry costs £2. ') + ENGLISH,
      true,
    ],
    ['random bytes read as UTF-8', randomBytes.toString('utf8'), true],
    ['random bytes read as Latin-1', randomBytes.toString('latin1'), true],
    [
      'mostly replacement characters',
      'Report \uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD data \uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD'.repeat(20),
      true,
    ],
    ['control characters', 'abc\u0001def\u0002 ghi\u0003 jkl\u0007 mno\u0010 '.repeat(30), true],
    ['symbols, not words', '#### **** ==== ---- ++++ //// |||| @@@@ $$$$ %%%% ^^^^ &&&& '.repeat(20), true],
    [
      'one damaged name in a sound article',
      `${ENGLISH} The mayor, RenÃ©e Dubois, opened the show. ${ENGLISH} ${ENGLISH}`,
      false,
    ],
  ])('%s', (_name, text, unreadable) => {
    expect(isUnreadableText(text)).toBe(unreadable);
  });

  it.each([
    ['The mayor, RenÃ©e Dubois, opened the show on Saturday.', true],
    ['The societyâ€™s seed swap is on Sunday.', true],
    ['Entry costs Â£2 for members of the society.', true],
    ['The report \uFFFD was published on Monday.', true],
    ['The café’s owner, José Müller, opened it on Saturday.', false],
    ['São Paulo and Zürich signed the “agreement” — again.', false],
  ])('%s -> damaged %s', (sentence, damaged) => {
    expect(hasDamagedText(sentence)).toBe(damaged);
    // A damaged sentence is never a statement to check.
    if (damaged) expect(isCheckable(sentence)).toBe(false);
  });

  it('leaves a run of text without sentence breaks out (not one claim)', () => {
    const wall = `${'The recorded value was unchanged from the previous reading, '.repeat(30)}and it stayed so.`;
    expect(wall.length).toBeGreaterThan(1000);
    expect(isCheckable(wall)).toBe(false);
    expect(isCheckable('The recorded value was unchanged from the previous reading.')).toBe(true);
  });
});

describe('segmentSentences on long texts (Node’s sentence iterator is quadratic on them)', () => {
  const sentence = 'The quick brown fox jumps over the lazy dog.';
  it.each([
    ['20,000 sentences in one paragraph', Array(20_000).fill(sentence).join(' '), 20_000],
    [
      'sentences with abbreviations across the pieces',
      Array(3000).fill('Mr. Smith met Dr. Jones on Jan. 4 in the U.S. capital.').join(' '),
      3000,
    ],
    ['a run without sentence ends', 'word '.repeat(100_000), 1],
    ['a run without spaces', 'x'.repeat(300_000), 1],
  ])('%s', (_name, text, count) => {
    const started = performance.now();
    const sentences = segmentSentences(text);
    // Before the fix: 11 s for the first row in Node 20; now tens of milliseconds.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(sentences).toHaveLength(count);
    expect(sentences.join(' ').replace(/\s+/g, ' ')).toBe(text.trim().replace(/\s+/g, ' '));
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['one', 1],
    ['  two  words ', 2],
    ['tab\tand\nnew\u00a0line', 4],
    ['日本語', 1],
  ])('%j -> %i', (text, words) => expect(countWords(text)).toBe(words));
});

describe('readPage (the content script) on odd pages', () => {
  it.each([
    ['not-an-article.html', 'not an article'],
    ['empty-page.html', 'an empty page'],
    ['frameset-page.html', 'a frameset: frames are other documents, not read from the top frame'],
    ['iframe-only-page.html', 'an article only inside an iframe'],
  ])('%s: no article (%s)', (name) => {
    const reading = readPage(parse(fixture(name)), 'http://127.0.0.1/p');
    expect(reading.article).toBeNull();
    expect(reading.unread).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['application/pdf', { reason: 'pdf' }],
    ['application/xml', undefined],
    ['image/svg+xml', undefined],
  ])('a %s document is not read as an article', (contentType, unread) => {
    // jsdom makes only HTML and XML documents: the PDF viewer's is an HTML one with another type.
    const doc =
      contentType === 'image/svg+xml' || contentType === 'application/xml'
        ? parse('<root><p>A decree was signed on January 2 by the president of Russia.</p></root>', contentType)
        : parse(fixture('long-article-2015.html'));
    if (contentType === 'application/pdf') Object.defineProperty(doc, 'contentType', { value: contentType });
    const reading = readPage(doc, 'http://127.0.0.1/p');
    expect(reading.article).toBeNull();
    expect(reading.unread).toEqual(unread);
  });

  it('reads no article from a frameset a script wrote text into, and does not throw (Readability looked for a <body> and threw)', () => {
    const doc = parse(fixture('frameset-page.html'));
    for (const text of [ENGLISH, ENGLISH.replace('212', '313'), ENGLISH.replace('212', '414')]) {
      const p = doc.createElement('p');
      p.textContent = text;
      doc.body!.appendChild(p);
    }
    expect(doc.body!.localName).toBe('frameset');
    expect(readPage(doc, 'http://127.0.0.1/p').article).toBeNull();
  });

  it('reads an XHTML page (an XML document, whose tag names are lower-case) as its HTML version', () => {
    const html = fixture('long-article-2015.html').toString('utf8');
    const body = html
      .replace(/^[\s\S]*?<body>/, '')
      .replace(/<\/body>[\s\S]*$/, '')
      .replace(/&copy;/g, '©');
    const xhtml = `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Foreign volunteers</title></head><body>${body}</body></html>`;
    const fromXhtml = readPage(parse(xhtml, 'application/xhtml+xml'), 'http://127.0.0.1/p').article;
    const fromHtml = readPage(parse(html), 'http://127.0.0.1/p').article;
    expect(fromXhtml?.paragraphs).toEqual(fromHtml?.paragraphs);
  });

  it('reads a plain text document (the browser shows it in a <pre>)', () => {
    const doc = parse(`<html><body><pre>${ENGLISH}\n\n${ENGLISH}</pre></body></html>`);
    expect(readPage(doc, 'http://127.0.0.1/p.txt').article?.paragraphs.join(' ')).toContain('212 plots');
  });

  it.each([
    ['elements', { ...PAGE_LIMITS, elements: 30 }],
    ['characters', { ...PAGE_LIMITS, characters: 1000 }],
  ])('does not parse a page past the %s limit, and says how big it is', (_what, limits) => {
    const doc = parse(fixture('long-article-2015.html'));
    const reading = readPage(doc, 'http://127.0.0.1/p', limits);
    expect(reading.article).toBeNull();
    expect(reading.unread).toEqual({ reason: 'too-large', size: measurePage(doc, limits) });
    expect(readPage(doc, 'http://127.0.0.1/p').article?.paragraphs.length).toBeGreaterThan(10);
  });

  it('cuts text of long words quickly (found by the fuzz test: /\\S+$/ retried from every letter, 2 s on 280,000 characters)', () => {
    const word = 'x'.repeat(3000);
    const paragraph = Array(110).fill(word).join(' ');
    const started = performance.now();
    const cut = keepBeginning(article([paragraph]), 300_000);
    expect(performance.now() - started).toBeLessThan(200);
    // 300,000 characters end inside the 100th word: 99 words are kept.
    expect(cut.paragraphs).toEqual([Array(99).fill(word).join(' ')]);
    expect(cut.totalWords).toBe(110);
  });

  it('measures elements and body text', () => {
    const size = measurePage(parse('<html><head><title>t</title></head><body><p>abc <b>de</b></p></body></html>'));
    expect(size).toEqual({ elements: 6, characters: 6 });
  });

  it('sends only the beginning of a long article, cut at a word, with the whole article’s word count', () => {
    const reading = readPage(parse(fixture('long-article-2015.html')), 'http://127.0.0.1/p', {
      ...PAGE_LIMITS,
      articleCharacters: 500,
    });
    const full = readPage(parse(fixture('long-article-2015.html')), 'http://127.0.0.1/p').article!;
    const kept = reading.article!;
    expect(kept.paragraphs.join('').length).toBeLessThanOrEqual(500);
    expect(full.paragraphs.join(' ').startsWith(kept.paragraphs.join(' '))).toBe(true);
    expect(kept.totalWords).toBe(countWords(full.paragraphs.join(' ')));
    expect(full.totalWords).toBeUndefined();
  });

  it.each([
    [['one two three', 'four five six'], 100, ['one two three', 'four five six'], undefined],
    [['one two three', 'four five six'], 18, ['one two three', 'four'], 6],
    [['one two three', 'four five six'], 15, ['one two three'], 6],
    [['abcdefghij'], 4, [], 1],
  ])('keepBeginning(%j, %i) -> %j', (paragraphs, max, kept, totalWords) => {
    const cut = keepBeginning(article(paragraphs), max);
    expect(cut.paragraphs).toEqual(kept);
    expect(cut.totalWords).toBe(totalWords);
  });
});

describe('compareArticle on odd articles', () => {
  it.each([
    ['a German article without a lang attribute', 'de-ohne-lang.html', 'unsupported-language', 'de'],
    ['a French article that says it is English', 'fr-lang-en.html', 'unsupported-language', 'fr'],
    ['a German article that says so', 'de-artikel-2015.html', 'unsupported-language', 'de'],
    ['an article in mojibake', 'mojibake-article.html', 'unreadable-text', undefined],
    ['a binary file', 'binary-garbage.html', 'unreadable-text', undefined],
  ])('%s: %s', (_name, file, empty, lang) => {
    const reading = readPage(parse(fixture(file)), 'http://127.0.0.1/p');
    const comparison = compareArticle(reading.article!, corpus);
    expect(comparison.empty).toBe(empty);
    expect(comparison.statements).toEqual([]);
    if (lang) expect(comparison.page.lang).toBe(lang);
  });

  it('reads an English article whose lang attribute is wrong', () => {
    const comparison = compareArticle(article([ENGLISH], { lang: 'de' }), corpus);
    expect(comparison.empty).toBeUndefined();
    expect(comparison.page.lang).toBe('en');
    expect(comparison.statements.length).toBe(3);
  });

  it('checks only the first statements of a very long article, and says how much it read', () => {
    const sentence = (i: number) => `The society counted ${i} plots in use on Saturday in the valley of the river.`;
    const paragraphs = Array.from({ length: 60 }, (_, p) => `${sentence(p * 2)} ${sentence(p * 2 + 1)}`);
    const comparison = compareArticle(article(paragraphs, { lang: 'en' }), corpus, { maxStatements: 25 });
    expect(comparison.statements).toHaveLength(25);
    expect(comparison.statements.map((s) => s.index)).toEqual([...Array(25).keys()]);
    // 25 statements are in the first 13 paragraphs (two a paragraph; the 26th found ends the search).
    expect(comparison.capped).toEqual({
      statements: 25,
      words: countWords(paragraphs.slice(0, 13).join(' ')),
      totalWords: countWords(paragraphs.join(' ')),
    });
    expect(
      compareArticle(article(paragraphs.slice(0, 12), { lang: 'en' }), corpus, { maxStatements: 25 }).capped,
    ).toBeUndefined();
    expect(MAX_STATEMENTS).toBe(500);
  });

  it('holds any caller to the content script’s text limit (the CLI reads files of any size)', () => {
    const questions = Array.from(
      { length: 6000 },
      (_, i) => `Who counted the ${i} plots in the valley on Saturday this year?`,
    );
    const last = 'The society counted 212 plots in use on Saturday in the valley.';
    expect(questions.join('').length).toBeGreaterThan(PAGE_LIMITS.articleCharacters);
    // The statement after the limit is never read.
    const comparison = compareArticle(article([...questions, last], { lang: 'en' }), corpus);
    expect(comparison.empty).toBe('no-statements');
    // ...and the reader is told that only a part of it was read, not that the article has none.
    expect(comparison.capped).toMatchObject({ statements: 0, totalWords: countWords([...questions, last].join(' ')) });
    expect(comparison.capped!.words).toBeLessThan(comparison.capped!.totalWords);
    expect(
      compareArticle(article([...questions.slice(0, 100), last], { lang: 'en' }), corpus).statements.map((s) => s.text),
    ).toEqual([last]);
  });

  it('says an article cut by the content script was capped, with the page’s word count', () => {
    const comparison = compareArticle(article([ENGLISH], { lang: 'en', totalWords: 200_000 }), corpus);
    expect(comparison.capped).toEqual({ statements: 3, words: countWords(ENGLISH), totalWords: 200_000 });
  });

  it('finds the same first statements whatever the cap', () => {
    const paragraphs = [ENGLISH, ENGLISH.replace('212', '313'), ENGLISH.replace('212', '414')];
    const all = findFirstStatements(paragraphs, null, Infinity);
    const first = findFirstStatements(paragraphs, null, 4);
    expect(first.statements.map((s) => s.text)).toEqual(all.statements.slice(0, 4).map((s) => s.text));
    expect(first.capped).toBe(true);
    expect(all.capped).toBe(false);
  });
});
