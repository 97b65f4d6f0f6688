import { describe, expect, it } from 'vitest';
import { compareArticle } from '../../lib/compare-article';
import { findStatements } from '../../lib/statements/find-statements';
import { loadShippedCorpus } from '../../node/compare-file';

// What readers saw on pages written for issue 11, compared with the shipped corpus: the engine
// must tell different acts apart, find the same figure in other words, and read short claims.
const corpus = loadShippedCorpus();
const compare = (text: string, published: string) =>
  compareArticle(
    {
      title: 'T',
      url: 'https://example.org/a',
      lang: 'en',
      published,
      byline: null,
      siteName: null,
      paragraphs: [text],
      readerable: true,
    },
    corpus,
  ).statements[0]?.matches ?? [];

describe('reader examples (issue 11)', () => {
  it('a decree signed on July 8 is another act than a conscription order of March 31 or a claim of Dec. 14: never a conflict', () => {
    const matches = compare(
      'On July 8, Putin signed a decree letting foreigners serve during mobilization.',
      '2025-07-10',
    );
    const dated = matches.filter((m) => /March 31|Dec\. 14/.test(m.text));
    expect(dated.length).toBeGreaterThan(0);
    for (const m of dated) expect(m.stance).not.toBe('conflicts');
  });

  it('the same monthly figure in other words corroborates', () => {
    const matches = compare(
      'Moscow is enlisting between 30,000 and 40,000 people into the army every month.',
      '2025-03-01',
    );
    const same = matches.find((m) => m.text.includes('30,000 to 40,000'));
    expect(same?.stance).toBe('corroborates');
    expect(same?.why).toMatch(/30,000–40,000/);
  });

  it("a 2015 page accepting applicants aged 18 to 40 conflicts with the decree's 18-30", () => {
    const paragraphs = [
      'Russian President Vladimir Putin has signed a decree allowing foreigners to serve in the Russian army on five-year contracts.',
      'Applicants aged 18 to 40 are accepted.',
      'They must speak Russian and have no criminal record, the Defense Ministry said.',
    ];
    const result = compareArticle(
      {
        title: 'Russia opens its army to foreigners',
        url: 'https://example.org/b',
        lang: 'en',
        published: '2015-01-08',
        byline: null,
        siteName: null,
        paragraphs,
        readerable: true,
      },
      corpus,
    );
    const ages = result.statements
      .find((s) => s.text.startsWith('Applicants'))!
      .matches.find((m) => m.text.includes('aged 18-30'));
    expect(ages?.stance).toBe('conflicts');
    expect(ages?.why).toMatch(/aged 18–40 vs aged 18–30/);
  });

  it.each([['Those who join must not have a criminal record.'], ['Applicants aged 18 to 40 are accepted.']])(
    '"%s" is a statement',
    (text) => expect(findStatements([text], '2015-01-20')).toHaveLength(1),
  );
});
