/** Words in a text: runs of characters that are not white space (a loop: no array of words for a long text). */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code <= 32 || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
