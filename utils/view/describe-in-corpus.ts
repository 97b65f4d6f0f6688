import { i18n } from '#i18n';
import type { Comparison } from '../../lib/types';
import { formatDate } from './format-date';
import { formatNumber } from './format-number';

/**
 * What the panel and the Markdown export say when the page is itself a corpus source (or a copy
 * of one): "This article is in the corpus: RFE/RL, Jan 2015. Crosscheck does not compare it with
 * itself."
 */
export function describeInCorpus(inCorpus: NonNullable<Comparison['inCorpus']>): string {
  const date = formatDate(inCorpus.published);
  return date
    ? i18n.t('panel.inCorpus.withDate', { outlet: inCorpus.outlet, date })
    : i18n.t('panel.inCorpus.noDate', { outlet: inCorpus.outlet });
}

/**
 * How many independent voices back a count, and from how many articles when that is more:
 * "2 independent outlets", "2 articles, 1 independent outlet" (a wire story on two sites, or
 * two articles of one outlet). `noun` is what a voice is called: an independent outlet (the
 * panel) or an outlet (the export, which names them). It follows "by" or "with" (German: the
 * messages are in the dative).
 */
export function describeVoices(
  outlets: number,
  articles: number | undefined,
  noun: 'independent outlet' | 'outlet' = 'independent outlet',
): string {
  const count = [formatNumber(outlets)] as [string];
  const voices =
    noun === 'outlet'
      ? i18n.t('panel.voices.outlets', outlets, count)
      : i18n.t('panel.voices.independentOutlets', outlets, count);
  if (articles === undefined || articles <= outlets) return voices;
  return i18n.t('panel.voices.articlesOf', {
    articles: i18n.t('panel.voices.articles', articles, [formatNumber(articles)]),
    voices,
  });
}
