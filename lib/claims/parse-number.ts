/**
 * Reads a number written in digits ("30,000", "2.5", "1.2 million") or English words
 * ("five", "forty-five", "a dozen", "tens of thousands"). Returns [low, high] (equal for exact
 * numbers; vague amounts like "tens of thousands" give a range), or null.
 */
const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  a: 1,
  an: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  hundred: 100,
};
const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  bn: 1e9,
};

/**
 * Regex source for one number as this module reads it (used inside larger patterns). The teens come
 * before the units: an alternation takes its first fit, and "four" would take "Fourteen" whole.
 */
export const NUMBER_PATTERN =
  String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:-and-a-half|\s+and\s+a\s+half)|(?:tens|hundreds|dozens)\s+of\s+(?:thousands|millions)|(?:hundreds|thousands|millions|dozens)|` +
  String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s*(?:thousand|million|billion|trillion|bn|k)\b)?|\d+(?:\.\d+)?(?:\s*(?:thousand|million|billion|trillion|bn|k)\b)?|` +
  String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|` +
  String.raw`thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozen|a\s+hundred|single)` +
  String.raw`(?:\s+(?:hundred|thousand|million|billion))?`;

const VAGUE: Record<string, [number, number]> = {
  'tens of thousands': [1e4, 99_999],
  'hundreds of thousands': [1e5, 999_999],
  'tens of millions': [1e7, 99_999_999],
  'hundreds of millions': [1e8, 999_999_999],
  'dozens of thousands': [24_000, 99_999],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  millions: [2e6, 9_999_999],
  dozens: [24, 99],
};

export function parseNumber(raw: string): [number, number] | null {
  const text = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  // "three-and-a-half", "two and a half".
  const half = /^(.+?)(?:-and-a-half| and a half)$/.exec(text);
  if (half) {
    const whole = parseNumber(half[1]!);
    return whole ? [whole[0] + 0.5, whole[1] + 0.5] : null;
  }
  // Own keys only: "constructor" is in every object (a page can say anything).
  if (Object.hasOwn(VAGUE, text)) return VAGUE[text]!;
  const digits = /^(\d[\d,]*(?:\.\d+)?)\s*([a-z]+)?$/.exec(text);
  if (digits) {
    const value =
      Number(digits[1]!.replace(/,/g, '')) *
      (digits[2] ? (Object.hasOwn(SCALES, digits[2]) ? SCALES[digits[2]]! : NaN) : 1);
    return Number.isFinite(value) ? [value, value] : null;
  }
  let total = 0;
  let current = 0;
  const words = text.split(/[\s-]+/);
  // "a dozen", "a hundred": the article is not a number of its own.
  if (words.length > 1 && (words[0] === 'a' || words[0] === 'an')) words.shift();
  for (const word of words) {
    if (Object.hasOwn(UNITS, word)) {
      current = word === 'hundred' ? Math.max(current, 1) * 100 : current + UNITS[word]!;
    } else if (Object.hasOwn(SCALES, word)) {
      total += Math.max(current, 1) * SCALES[word]!;
      current = 0;
    } else return null;
  }
  const value = total + current;
  return [value, value];
}
