import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { buildCorpus } from '../../lib/corpus/build-corpus';
import { loadCorpus } from '../../lib/corpus/load-corpus';
import { compareArticle } from '../../lib/compare-article';
import { extractArticle } from '../../lib/extract/extract-article';
import { searchCorpus } from '../../lib/search/search-corpus';
import type { Article, Stance } from '../../lib/types';
import { readCorpusSources } from '../../node/read-corpus-sources';

const root = new URL('../../', import.meta.url).pathname;
const corpus = loadCorpus(buildCorpus(readCorpusSources(root)));

function article(paragraphs: string[], published: string | null): Article {
  return {
    title: 't',
    url: 'http://127.0.0.1/t',
    lang: 'en',
    published,
    byline: null,
    siteName: null,
    paragraphs,
    readerable: true,
  };
}

/** Strongest stance a source's statement takes towards the page statement, or 'none'. */
function stanceOf(sentence: string, published: string, sourcePrefix: string, sourceText: string): Stance | 'none' {
  const result = compareArticle(article([sentence], published), corpus);
  const matches =
    result.statements[0]?.matches.filter((m) => m.sourceId.startsWith(sourcePrefix) && m.text.includes(sourceText)) ??
    [];
  return matches[0]?.stance ?? 'none';
}

describe('compareArticle: each kind of evidence', () => {
  it.each([
    // the same fact reworded
    [
      'Foreigners may enlist provided they speak good Russian and have no criminal record.',
      '2015-02',
      '000',
      'speak Russian',
      'corroborates',
    ],
    // same date, other words
    ['The order was signed by Putin on Jan. 2 and took effect at once.', '2015-02', '001', 'Jan. 2', 'corroborates'],
    // a different date for the same event
    [
      'A decree signed on January 12 allows foreigners to join the Russian army.',
      '2015-01',
      '000',
      'January 2 decree',
      'conflicts',
    ],
    // a different age range
    [
      'The decree allows foreigners aged 20 to 40 to sign up for service contracts.',
      '2015-01',
      '000',
      'aged 18-30',
      'conflicts',
    ],
    // a different duration
    [
      'The decree allows foreigners to sign up for ten-year service contracts with the armed forces.',
      '2015-01',
      '000',
      'five-year',
      'conflicts',
    ],
    // a different amount in the same currency, and the same amount in another
    [
      'The monthly salary for a contract soldier in the army is 45,000 rubles.',
      '2015-01',
      '001',
      '30,000 rubles',
      'conflicts',
    ],
    ['A contract soldier receives 30,000 rubles a month, about $500.', '2015-02', '000', '$500', 'corroborates'],
    // a negated claim
    [
      'Foreign servicemen will not be allowed to take part in armed conflicts.',
      '2015-01',
      '001',
      'armed conflicts',
      'conflicts',
    ],
    // a changed figure years later: a rule that changed over the years is no contradiction (the
    // fitted gate decides): related, explained as a possible update (next test)
    [
      'The decree allows foreigners aged 20 to 40 to sign up for service contracts.',
      '2024-01',
      '000',
      'aged 18-30',
      'related',
    ],
    // the same wording about a decree ten years apart is not corroboration of the same event
    [
      'Putin has signed a decree allowing foreign nationals to serve in the Russian military.',
      '2015-01',
      '004',
      'signed a decree',
      'related',
    ],
    // a different date ten years apart is a different event, not a conflict
    ['President Putin signed the new policy into force on Jan. 2.', '2015-02', '002', 'Jan. 4', 'none'],
  ])('%s (%s) vs %s "%s" -> %s', (sentence, published, source, sourceText, want) => {
    const got = stanceOf(sentence, published, source, sourceText);
    expect(want === 'none' ? ['none', 'related'] : [want]).toContain(got);
  });

  it('explains a conflict with both values', () => {
    const result = compareArticle(
      article(['Applicants aged 20 to 40 may sign ten-year contracts with the Russian armed forces.'], '2015-01'),
      corpus,
    );
    const conflict = result.statements[0]!.matches.find((m) => m.stance === 'conflicts');
    expect(conflict?.why).toMatch(/20–40 vs (aged )?18–30|10 years vs 5 years/);
  });

  it('names both values and both years when a figure may have been updated', () => {
    const result = compareArticle(
      article(['The decree allows foreigners aged 20 to 40 to sign up for service contracts.'], '2024-01'),
      corpus,
    );
    const update = result.statements[0]!.matches.find(
      (m) => m.sourceId.startsWith('000') && m.text.includes('aged 18-30'),
    );
    expect(update?.stance).toBe('related');
    expect(update?.why).toMatch(
      /aged 20(–| to )40 \(page, 2024\) vs aged 18(–|-)30 \(RFE\/RL, 2015\): possibly an update/,
    );
  });

  it('never matches a source against itself', () => {
    const id = '000_e9bd3c91f179027c';
    const own = corpus.bySource.get(id)!.map((s) => s.text);
    const result = compareArticle(article(own, '2015-01'), corpus, { excludeSourceIds: [id] });
    expect(result.statements.flatMap((s) => s.matches).some((m) => m.sourceId === id)).toBe(false);
  });

  it('finds nothing strong for an unrelated article', () => {
    const result = compareArticle(
      article(
        [
          'Astronomers in Chile have spotted a comet that will pass within 40 million kilometres of Earth in October.',
          'Scientists said there is no risk of a collision.',
        ],
        '2024-05-02',
      ),
      corpus,
    );
    expect(result.statements.flatMap((s) => s.matches).filter((m) => m.stance !== 'related')).toEqual([]);
  });

  it('keeps page order and says why a page has nothing to check', () => {
    const result = compareArticle(
      article(
        ['Shares fell sharply on Monday in early trading.', 'Putin signed the decree on Jan. 2 in Moscow.'],
        '2015-01',
      ),
      corpus,
    );
    expect(result.statements.map((s) => s.index)).toEqual([0, 1]);
    expect(compareArticle(article(['Menu', 'Subscribe'], null), corpus).empty).toBe('no-statements');
    expect(
      compareArticle({ ...article(['Der Erlass wurde am 2. Januar unterzeichnet.'], null), lang: 'de' }, corpus).empty,
    ).toBe('unsupported-language');
  });
});

describe('extractArticle', () => {
  it('reads the test article and its date, without the site furniture', () => {
    const html = readFileSync(`${root}../shared/eval/articles/d2-misreport-2015.html`, 'utf8');
    const a = extractArticle(new JSDOM(html, { url: 'http://127.0.0.1/d2' }).window.document, 'http://127.0.0.1/d2');
    expect(a?.published).toBe('2015-01-09');
    expect(a?.paragraphs).toContain('Applicants must speak Russian.');
    expect(a?.paragraphs.join(' ')).not.toMatch(/Most read|Sign in to join|Subscribe today/);
  });

  it('returns null for a page that is not an article', () => {
    const doc = new JSDOM('<html><body><nav><a href="/">Home</a></nav><p>Log in</p></body></html>').window.document;
    expect(extractArticle(doc, 'http://127.0.0.1/')).toBeNull();
  });
});

describe('searchCorpus', () => {
  it.each([
    ['criminal record', 'criminal record'],
    ['crim rec', 'criminal record'],
    ['salry', 'salary'],
    ['Kazakhstan', 'Kazakhstan'],
  ])('%s finds a statement with %s, highlighted', (query, word) => {
    const hits = searchCorpus(corpus, query);
    expect(hits.length).toBeGreaterThan(0);
    const hit = hits[0]!;
    expect(hit.text.toLowerCase()).toContain(word.toLowerCase());
    expect(hit.highlights.map(([a, b]) => hit.text.slice(a, b).toLowerCase()).join(' ')).toContain(
      word.split(' ')[0]!.toLowerCase().slice(0, 4),
    );
  });
  it('returns nothing for an empty query', () => expect(searchCorpus(corpus, '  ')).toEqual([]));
});
