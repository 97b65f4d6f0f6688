import type { CountedKey, PhraseValues } from './reason-phrases';

/**
 * A number as news in `locale` writes it: large round figures with a scale word ("$9.6 billion",
 * "2 million"; German "9,6 Milliarden", "1 Million"), not "9,600,000,000"; others grouped
 * ("9,600"; German "9.600"). `counted` gives the scale word's form for the scaled value.
 */
export function formatNumber(
  n: number,
  locale: string,
  counted: (key: CountedKey, count: number, values: PhraseValues) => string,
): string {
  for (const [word, size] of [
    ['trillion', 1e12],
    ['billion', 1e9],
    ['million', 1e6],
  ] as const) {
    const scaled = n / size;
    if (Math.abs(n) >= size && Math.abs(scaled * 100 - Math.round(scaled * 100)) < 1e-6)
      return counted(`scale.${word}`, scaled, {
        value: scaled.toLocaleString(locale, { maximumFractionDigits: 2 }),
      });
  }
  return n.toLocaleString(locale);
}
