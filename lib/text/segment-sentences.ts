/**
 * Splits text into sentences with the platform's Unicode segmenter (Intl.Segmenter, the same
 * ICU rules in Node and the browser), then re-joins the splits it makes after abbreviations
 * of titles ("Mr. Smith") and months ("Jan. 4"), which ICU's default English rules do not know,
 * and before a lowercase word (a sentence starts with a capital).
 */
const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });
const TITLE_ABBREVIATION = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sgt|Sen|Rep|Gov|St|Rev|No|Nos|Vol|vs|Ft|Mt)\.\s*$/;

/** "on Jan. 4." at the end of a sentence: ICU splits after "Jan." when a number follows. */
const MONTH_ABBREVIATION = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

export function segmentSentences(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of SEGMENTER.segment(text)) {
    const sentence = segment.trim();
    if (!sentence) continue;
    const last = out[out.length - 1];
    const continues =
      last !== undefined &&
      (TITLE_ABBREVIATION.test(last) || (MONTH_ABBREVIATION.test(last) && /^\d/.test(sentence)) || /^[a-z]/.test(sentence));
    if (continues) out[out.length - 1] = `${last} ${sentence}`;
    else out.push(sentence);
  }
  return out;
}
