/**
 * Splits text into sentences with the platform's Unicode segmenter (Intl.Segmenter, the same
 * ICU rules in Node and the browser), then re-joins the splits it makes after abbreviations
 * of titles ("Mr. Smith"), which ICU's default English rules do not know.
 */
const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });
const TITLE_ABBREVIATION = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sgt|Sen|Rep|Gov|St|Rev|No|Nos|Vol|vs|Ft|Mt)\.\s*$/;

export function segmentSentences(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of SEGMENTER.segment(text)) {
    const sentence = segment.trim();
    if (!sentence) continue;
    const last = out[out.length - 1];
    if (last !== undefined && TITLE_ABBREVIATION.test(last)) out[out.length - 1] = `${last} ${sentence}`;
    else out.push(sentence);
  }
  return out;
}
