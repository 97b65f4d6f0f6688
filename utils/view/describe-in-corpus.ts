import type { Comparison } from '../../lib/types';
import { formatDate } from './format-date';

/**
 * What the panel and the Markdown export say when the page is itself a corpus source (or a copy
 * of one): "This article is in the corpus: RFE/RL, Jan 2015. Crosscheck does not compare it with
 * itself."
 */
export function describeInCorpus(inCorpus: NonNullable<Comparison['inCorpus']>): string {
  const date = formatDate(inCorpus.published);
  return `This article is in the corpus: ${inCorpus.outlet}${date ? `, ${date}` : ''}. Crosscheck does not compare it with itself.`;
}

/**
 * How many independent voices back a count, and from how many articles when that is more:
 * "2 independent outlets", "2 articles, 1 independent outlet" (a wire story on two sites, or
 * two articles of one outlet). `noun` is what a voice is called ("independent outlet").
 */
export function describeVoices(outlets: number, articles: number | undefined, noun = 'independent outlet'): string {
  const voices = `${outlets} ${noun}${outlets === 1 ? '' : 's'}`;
  return articles !== undefined && articles > outlets ? `${articles} articles, ${voices}` : voices;
}
