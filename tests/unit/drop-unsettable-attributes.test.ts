import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dropUnsettableAttributes } from '../../lib/extract/extract-article';

describe('dropUnsettableAttributes', () => {
  it.each([
    ['<img <x="1" src="a.gif" alt="A">', ['src', 'alt']],
    ['<img src="a.gif" data-src="b.jpg">', ['src', 'data-src']],
    ['<p "quoted"="1" class="lede">Text</p>', ['class']],
  ])('keeps only the attributes setAttribute takes in %s', (html, kept) => {
    // Parsed, not built: the HTML parser accepts names that setAttribute refuses.
    const doc = new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
    dropUnsettableAttributes(doc);
    expect(doc.body.firstElementChild!.getAttributeNames()).toEqual(kept);
  });
});
