import type { AnalysedCorpus, SourceMeta } from '../types';
import { cleanRawText } from '../text/clean-raw-text';
import { analyseSource } from './analyse-source';

/**
 * Version of the analysed-statement format and of the engine that writes it. Bump it when the
 * features change: the reader's stored sources are re-analysed when it differs.
 * 2: clause windows and lowercase flags encoded compactly (lib/claims/encode-term-lists.ts).
 * 3: terms are lemmas with WordNet collocations joined (lib/text/normalize-terms.ts), not Porter stems.
 * 4: figures carry their holder, role (earlier/later) and part of a whole; spans are not dates;
 *    weekdays are placed by the article's date; "without" negates (lib/claims).
 * 5: the negated clause is read without its attribution; ages a rule sets ("the age to 64") and
 *    of people ("children under 5").
 * 6: places in a series are figures of their own ('ordinal': "the ninth day of protests", "ten
 *    meetings in a row"), with the series they rank in; spelled-out teens are counts ("Fourteen").
 *    And: double negatives affirm ("not unlikely", "did not rule out"); negations in a condition or a
 *    question, and "nothing but", "not the first time", claim none (lib/claims/detect-negation.ts);
 *    a litotes's words are read as its affirmative ("not insignificant" as "significant").
 *    And: dates carry their time of day ("at 10:45 p.m. on Tuesday"), and a time without a day is a
 *    date mention of its own (lib/claims/parse-times.ts).
 * 7: a negation reaches to the end of its clause: two negated clauses are a negated statement, not
 *    a double negative; "nor" after "neither"/"not" is no second cue (lib/claims/detect-negation.ts);
 *    the negated terms stop where the negation's scope ends ("pleaded not guilty | and will be tried").
 *    And: a tally of votes is two counts of votes ("voted 7-4", "by a vote of 52 to 48").
 */
export const CORPUS_VERSION = 7;

/** A corpus source as read from disk or imported: its manifest entry and its raw page text. */
export interface RawSource {
  meta: SourceMeta;
  raw: string;
}

/**
 * Analyses raw sources once (clutter removed, statements found, features read), giving the
 * asset the extension ships: the engine then never re-reads the corpus text on a page.
 */
export function buildCorpus(sources: RawSource[]): AnalysedCorpus {
  const analysed: AnalysedCorpus = { version: CORPUS_VERSION, sources: [], statements: [] };
  for (const { meta, raw } of sources) {
    const clean = cleanRawText(raw, meta.headline);
    analysed.sources.push(meta);
    analysed.statements.push(...analyseSource(meta, clean.paragraphs));
  }
  return analysed;
}
