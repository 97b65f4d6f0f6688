import { parseMessagesFile } from '@wxt-dev/i18n/build';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../node/project-root';
import { LOCALES } from '../../node/load-messages';

/** Each locale's messages: key → what a translation must keep (its named values, $n count, plural forms). */
async function shapes(lang: string) {
  const parsed = await parseMessagesFile(path.join(projectRoot, 'locales', `${lang}.yml`));
  return new Map(
    parsed
      .filter((m) => !m.key[0]!.startsWith('@@'))
      .map((m) => [
        m.key.join('.'),
        {
          named: [...m.namedSubstitutions].sort(),
          substitutions: m.substitutions,
          plural: m.type === 'plural' ? Object.keys(m.plurals).sort() : null,
          text: m.type === 'plural' ? Object.values(m.plurals).join(' | ') : m.type === 'simple' ? m.message : '',
        },
      ]),
  );
}

describe('locales', async () => {
  const english = await shapes('en');
  const others = await Promise.all(LOCALES.filter((l) => l !== 'en').map(async (l) => [l, await shapes(l)] as const));

  it('has messages', () => expect(english.size).toBeGreaterThan(10));

  it.each(others)('%s has every English key and no other', (_, messages) => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
  });

  // A translation that drops {outlet} shows less; one that invents {outlets} shows "{outlets}".
  it.each(others)('%s keeps each message’s values and plural forms', (_, messages) => {
    for (const [key, shape] of english) {
      const other = messages.get(key);
      if (!other) continue;
      expect({ key, named: other.named, substitutions: other.substitutions, plural: other.plural !== null }).toEqual({
        key,
        named: shape.named,
        substitutions: shape.substitutions,
        plural: shape.plural !== null,
      });
    }
  });

  it.each([['en', english] as const, ...others])('%s has no empty message', (_, messages) => {
    for (const [key, { text }] of messages) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
  });
});
