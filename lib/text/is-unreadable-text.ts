/**
 * Marks of damaged text:
 * - U+FFFD, what a decoder writes for bytes that are not text in its encoding (binary files,
 *   a page in another encoding than it declares);
 * - control characters other than tab, line feed, form feed and carriage return (C0 and C1:
 *   random bytes read as Latin-1 are one in eight of them);
 * - UTF-8 read as Windows-1252 ("mojibake"): "Ã©" for "é", "Â " for a no-break space, "â€™"
 *   for "’", "ï»¿" for a byte order mark. English and the other languages of the news never
 *   put "Â"/"Ã" before these signs, nor "â" before "€" or "‚".
 */
const DAMAGE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\uFFFD\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]|[ÂÃ][\u00A0-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â[€‚]|ï»¿/g;

/** The same marks, for a yes/no test (a /g pattern's `test` keeps state between calls). */
const DAMAGE_MARK = new RegExp(DAMAGE.source);

/** Share of damage marks per word from which a text is unreadable (one in 50 words). */
const MAX_DAMAGE_PER_WORD = 0.02;
/** Share of letters and digits among non-space characters below which a text is symbols, not words. */
const MIN_LETTER_SHARE = 0.5;
/** Characters looked at: damage shows from the start. */
const SAMPLE = 20_000;

/**
 * Whether a text is too damaged to read as an article: mostly replacement or control
 * characters, widespread mojibake, or symbols rather than words. A few damaged sentences in a
 * sound article do not make it unreadable (`hasDamagedText` leaves those sentences out).
 */
export function isUnreadableText(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  const nonSpace = sample.match(/\S/g)?.length ?? 0;
  if (nonSpace === 0) return false;
  const words = Math.max(1, sample.match(/\S+/g)?.length ?? 0);
  const damage = sample.match(DAMAGE)?.length ?? 0;
  if (damage / words > MAX_DAMAGE_PER_WORD) return true;
  const lettersAndDigits = sample.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  return lettersAndDigits / nonSpace < MIN_LETTER_SHARE;
}

/** Whether a sentence carries a mark of damaged text (it is then not a statement to check). */
export function hasDamagedText(sentence: string): boolean {
  return DAMAGE_MARK.test(sentence);
}
