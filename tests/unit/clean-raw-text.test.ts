import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cleanRawText } from '../../lib/text/clean-raw-text';
import { classifyClutter } from '../../lib/text/is-clutter';
import { findStatements } from '../../lib/statements/find-statements';
import manifest from '../../corpus/manifest.json';
import articleSentences from '../fixtures/seed-article-sentences.json';
import clutter from '../fixtures/seed-clutter.json';

const seeds = manifest.sources.map((meta) => ({
  meta,
  clean: cleanRawText(
    readFileSync(new URL(`../../corpus/sources/${meta.id}.txt`, import.meta.url), 'utf8'),
    meta.headline,
  ),
}));

describe('cleanRawText on the shipped seeds', () => {
  it.each(seeds)('$meta.id: every article sentence is kept', ({ meta, clean }) => {
    const text = clean.paragraphs.join('\n');
    for (const sentence of articleSentences[meta.id as keyof typeof articleSentences]) expect(text).toContain(sentence);
  });

  it.each(seeds)('$meta.id: the page clutter is gone', ({ meta, clean }) => {
    const text = clean.paragraphs.join('\n');
    for (const junk of clutter[meta.id as keyof typeof clutter]) expect(text).not.toContain(junk);
  });

  it.each(seeds)('$meta.id: the headline is the title, not a paragraph', ({ meta, clean }) => {
    expect(clean.title).toBe(meta.headline);
    expect(clean.paragraphs).not.toContain(meta.headline);
  });

  it.each(seeds)('$meta.id: every checkable statement is an article sentence', ({ meta, clean }) => {
    const statements = findStatements(clean.paragraphs, meta.published);
    expect(statements.length).toBeGreaterThan(5);
    for (const junk of clutter[meta.id as keyof typeof clutter]) {
      expect(statements.some((s) => s.text.includes(junk))).toBe(false);
    }
  });
});

describe('cleanRawText on text it has never seen', () => {
  const raw = [
    'Subscribe to our newsletter',
    'Skip to content',
    'Council Votes To Close Bridge',
    'By Jane Doe',
    'A view of the bridge. (Photo: Reuters/John Roe)',
    'The city council voted 7-2 on Tuesday to close the Elm Street bridge for repairs.',
    'Repairs are expected to cost $4 million and take eight months.',
    'We rely on readers like you. Please support our independent journalism today.',
    'The bridge carries about 20,000 cars a day.',
    'Most read',
    'Ten things to do this weekend',
  ].join('\n');
  const clean = cleanRawText(raw);

  it('finds the title without a manifest', () => expect(clean.title).toBe('Council Votes To Close Bridge'));
  it('keeps the article and drops the furniture', () => {
    expect(clean.paragraphs).toEqual([
      'The city council voted 7-2 on Tuesday to close the Elm Street bridge for repairs.',
      'Repairs are expected to cost $4 million and take eight months.',
      'The bridge carries about 20,000 cars a day.',
    ]);
  });
});

describe('the standfirst under the headline', () => {
  // Sites print the article's own summary under its headline without a final stop; a teaser of
  // another page (a headline and its summary further down) is still dropped. Several stories.
  it.each([
    [
      'Ships Queue At Suez',
      'The stranding caused a build-up of 422 ships at either end of the canal and along its course',
    ],
    [
      'Quake Toll Rises In Nepal',
      'Rescuers in western Nepal found more survivors as the death toll passed 1,200 on Wednesday',
    ],
    ['Runoff Goes To Hale', 'The senator won the Georgia runoff by three points after a record turnout in the suburbs'],
  ])('%s: the standfirst is a paragraph of the article', (headline, standfirst) => {
    const clean = cleanRawText(
      [headline, standfirst, 'The first paragraph of the article says what happened.'].join('\n'),
      headline,
    );
    expect(clean.paragraphs[0]).toBe(`${standfirst}.`);
  });

  it('a teaser further down is still dropped', () => {
    const teaser =
      'Investors fled the bank after it reported losses of up to two billion dollars from a collapsed hedge fund last month';
    const clean = cleanRawText(
      [
        'Ships Queue At Suez',
        'The canal reopened on Monday.',
        'Bank Shares Slump',
        teaser,
        'The queue cleared on Saturday.',
      ].join('\n'),
      'Ships Queue At Suez',
    );
    expect(clean.paragraphs).not.toContain(teaser);
  });
});

describe('classifyClutter', () => {
  it.each([
    ['Share this articleComments', 'label'],
    ['No media source currently available', 'widget'],
    ['Copyright Mikhail Klimentyev/Sputnik/Kemlin Pool Photo via AP', 'caption'],
    ['By Andrew Naughtie', 'byline'],
    [
      'Your support, no matter how small, makes a world of difference. If you can, please support us monthly.',
      'appeal',
    ],
    ['The foreign nationals are eligible only if they speak Russian and have no criminal record.', null],
    ['Indeed, the ministry provides all the useful information you need to join.', null],
    ['Foreign nationals may sign up for five-year contracts.', null],
  ])('%s -> %s', (line, kind) => expect(classifyClutter(line)).toBe(kind));
});
