import { describe, expect, it } from 'vitest';
import { withoutAttribution } from '../../lib/text/without-attribution';
import { findKeyNames } from '../../lib/events/find-key-names';

// Who said it is the source of a claim, not its subject: the names of the attribution are left
// out of the statement's subjects. Cases from several stories.
describe('withoutAttribution: the names a claim is about, not who said it', () => {
  it.each([
    [
      "The initial backlog of 422 ships was estimated to take three days to clear, Egypt's President Abdel Fattah El Sisi said on Tuesday.",
      ['abdel fattah el sisi', 'egypt'],
    ],
    ['The death toll rose to 40, according to the Red Cross.', ['red cross']],
    ['According to Lloyd’s List tracking data there are more than 160 vessels waiting.', ['lloyd']],
    ['Putin signed the decree on Jan. 2, the Kremlin said.', ['kremlin']],
    ['Senator Hale won the runoff by 3 points, the Associated Press reported.', ['associated press']],
  ])('%s: none of %j', (text, absent) => {
    const names = findKeyNames(withoutAttribution(text)).join(' ');
    for (const name of absent) expect(names).not.toContain(name);
  });

  it.each([
    ['The ship, operated by Evergreen Marine, was freed on Monday.', 'evergreen marine'],
    ['On Jan. 2 Vladimir Putin signed the decree, the Kremlin said.', 'vladimir putin'],
    ['Officials said the Millbrook line would reopen on Friday.', 'millbrook'],
  ])('%s keeps %s', (text, name) => expect(findKeyNames(withoutAttribution(text)).join(' ')).toContain(name));
});
