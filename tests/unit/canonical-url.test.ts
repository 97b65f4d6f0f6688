import { describe, expect, it } from 'vitest';
import { canonicalUrl, siteOf } from '../../lib/corpus/canonical-url';

describe('canonicalUrl', () => {
  it.each([
    // The Guardian: its AMP host and a newsletter link.
    [
      'https://amp.theguardian.com/world/2022/feb/24/russia-attacks-ukraine',
      'https://theguardian.com/world/2022/feb/24/russia-attacks-ukraine',
    ],
    [
      'https://www.theguardian.com/world/2022/feb/24/russia-attacks-ukraine?CMP=Share_iOSApp_Other&utm_source=newsletter#comments',
      'https://theguardian.com/world/2022/feb/24/russia-attacks-ukraine',
    ],
    // BBC: `.amp` after the story id, and a Facebook click id.
    ['https://www.bbc.co.uk/news/world-europe-60506682.amp', 'https://bbc.co.uk/news/world-europe-60506682'],
    ['https://www.bbc.com/news/world-europe-60506682?fbclid=IwAR0abc', 'https://bbc.com/news/world-europe-60506682'],
    // Reuters: a trailing slash and a Twitter share tag.
    [
      'https://www.reuters.com/world/europe/russia-ukraine-2022-02-24/?taid=621&utm_campaign=trueAnthem',
      'https://reuters.com/world/europe/russia-ukraine-2022-02-24',
    ],
    // The Washington Post: ?outputType=amp; other parameters kept, sorted.
    [
      'https://www.washingtonpost.com/world/2022/02/24/ukraine-russia/?outputType=amp&itid=lk_inline',
      'https://washingtonpost.com/world/2022/02/24/ukraine-russia?itid=lk_inline',
    ],
    // An /amp/ path segment (NBC News), a trailing /amp (many WordPress sites), ?amp=1.
    ['https://www.nbcnews.com/news/world/amp/ncna1289', 'https://nbcnews.com/news/world/ncna1289'],
    ['https://example-blog.com/2022/02/story/amp/', 'https://example-blog.com/2022/02/story'],
    ['https://www.example.com/story?amp=1', 'https://example.com/story'],
    // .amp.html (Spiegel's old AMP pages), Mailchimp's ids, a referrer.
    [
      'https://www.spiegel.de/politik/ausland/ukraine-a-123.amp.html?mc_cid=ab12&mc_eid=cd34',
      'https://spiegel.de/politik/ausland/ukraine-a-123.html',
    ],
    [
      'https://www.tagesschau.de/ausland/europa/ukraine-101.html?ref=rss',
      'https://tagesschau.de/ausland/europa/ukraine-101.html',
    ],
    // Google Ads, Microsoft, http.
    [
      'http://nytimes.com/2022/02/24/world/europe/ukraine.html?gclid=x&msclkid=y',
      'https://nytimes.com/2022/02/24/world/europe/ukraine.html',
    ],
    // A page's parameters that say which article it is stay.
    ['https://www.example.com/article.php?id=42&utm_medium=email', 'https://example.com/article.php?id=42'],
    ['https://example.com/', 'https://example.com'],
  ])('%s', (url, expected) => {
    expect(canonicalUrl(url)).toBe(expected);
  });

  it.each([
    [
      'same site: wins',
      'https://www.zeit.de/politik/2022-02/ukraine?page=2',
      'https://www.zeit.de/politik/2022-02/ukraine',
      'https://zeit.de/politik/2022-02/ukraine',
    ],
    [
      'a subdomain of the same site: wins',
      'https://amp.cnn.com/cnn/2022/02/24/europe/ukraine',
      'https://edition.cnn.com/2022/02/24/europe/ukraine/index.html',
      'https://edition.cnn.com/2022/02/24/europe/ukraine/index.html',
    ],
    ['relative: resolved', 'https://example.com/?p=123', '/2022/story/', 'https://example.com/2022/story'],
    [
      'another site: ignored',
      'https://example.com/story',
      'https://aggregator.example.net/x',
      'https://example.com/story',
    ],
    ['not http: ignored', 'https://example.com/story', 'javascript:alert(1)', 'https://example.com/story'],
  ])('the canonical link, %s', (_, url, link, expected) => {
    expect(canonicalUrl(url, link)).toBe(expected);
  });

  it('leaves what does not parse as it was, trimmed', () => {
    expect(canonicalUrl(' not a url ')).toBe('not a url');
  });

  it.each([
    ['https://www.bbc.co.uk/news', 'bbc.co.uk'],
    ['https://amp.theguardian.com/x', 'theguardian.com'],
    ['https://edition.cnn.com/x', 'edition.cnn.com'],
    ['nonsense', ''],
  ])('siteOf(%s) is %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});
