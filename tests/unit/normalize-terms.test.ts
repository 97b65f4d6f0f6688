import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../lib/corpus/analyse-source';
import type { SourceMeta } from '../../lib/types';
import { canonicalTerm, surfaceWords } from '../../lib/text/normalize-terms';

/** Names of Object.prototype's members: a page may use any of them as a word. */
const PROTOTYPE_WORDS = ['constructor', 'tostring', 'valueof', 'hasownproperty', 'isprototypeof', 'propertyisenumerable', 'tolocalestring', '__proto__'];

const meta: SourceMeta = { id: 'user-0000000000000000', outlet: 'Outlet', headline: 'Headline', published: '2015-01-09', publishedHow: 'byline' };

describe('terms from words that name Object.prototype members', () => {
  it.each(PROTOTYPE_WORDS)('%s is a term like any other', (word) => {
    const term = canonicalTerm(word);
    expect(typeof term).toBe('string');
    // A term the text does not contain is said as itself.
    expect(surfaceWords('Nothing of the kind here.', [term])).toEqual([term]);
  });

  it('leaves an analysed source storable (IndexedDB clones it; a function in it cannot be cloned)', () => {
    const paragraphs = [
      "Applicants must speak Russian {{constructor.constructor('alert(1)')()}} and have no criminal record.",
      'The decree, a constructor of valueOf and toString, was signed on January 12.',
    ];
    const statements = analyseSource(meta, paragraphs);
    expect(statements.length).toBeGreaterThan(0);
    expect(() => structuredClone(statements)).not.toThrow();
  });
});
