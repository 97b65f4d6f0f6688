/** A scale word with its figure, in the form the count takes: ('million', 2, '2') is "2 million" (German "2 Millionen"). */
export type ScaleWord = (word: 'trillion' | 'billion' | 'million', count: number, value: string) => string;

/**
 * A number as news in `locale` writes it: large round figures with a scale word ("$9.6 billion",
 * "2 million"; German "9,6 Milliarden", "1 Million"), not "9,600,000,000"; others grouped
 * ("9,600"; German "9.600"). `scaleWord` writes the scale word for the scaled value.
 */
export function formatNumber(n: number, locale: string, scaleWord: ScaleWord): string {
  for (const [word, size] of [
    ['trillion', 1e12],
    ['billion', 1e9],
    ['million', 1e6],
  ] as const) {
    const scaled = n / size;
    if (Math.abs(n) >= size && Math.abs(scaled * 100 - Math.round(scaled * 100)) < 1e-6)
      return scaleWord(word, scaled, scaled.toLocaleString(locale, { maximumFractionDigits: 2 }));
  }
  return n.toLocaleString(locale);
}
