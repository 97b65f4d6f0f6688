/**
 * Words whose prefix negates the rest (un-, in-, im-, ir-, il-, dis-, non-): "not" before one of
 * them is a double negative, which English reads as affirmative ("not unlikely" = likely, "not
 * insignificant" = significant).
 *
 * Written by hand, as stems per prefix, because the prefix cannot be stripped by rule: many words
 * that start like one are no negation of the rest ("unanimous", "universal", "uniform", "united",
 * "innocent", "important", "interested", "immediate") and some that are built from one mean the
 * same as, or more than, the stem ("invaluable", "inflammable", "inhabitable", "infamous"). There
 * is no lexicon here to check that the stem is a word of its own: statements are analysed before
 * and without the WordNet lexicon the judge loads. General English, the commonest such adjectives
 * and participles of news prose; no story's words.
 */
const STEMS: Record<string, readonly string[]> = {
  un: [
    'able',
    'acceptable',
    'affected',
    'affordable',
    'available',
    'aware',
    'believable',
    'certain',
    'challenged',
    'clear',
    'comfortable',
    'common',
    'concerned',
    'controversial',
    'conventional',
    'critical',
    'deserved',
    'easy',
    'employed',
    'expected',
    'fair',
    'familiar',
    'favorable',
    'favourable',
    'founded',
    'friendly',
    'happy',
    'harmed',
    'healthy',
    'heard',
    'helpful',
    'important',
    'interesting',
    'justified',
    'kind',
    'known',
    'lawful',
    'like',
    'likely',
    'limited',
    'natural',
    'necessary',
    'noticed',
    'opposed',
    'paralleled',
    'pleasant',
    'popular',
    'precedented',
    'predictable',
    'prepared',
    'problematic',
    'productive',
    'profitable',
    'qualified',
    'realistic',
    'reasonable',
    'related',
    'reliable',
    'remarkable',
    'responsive',
    'safe',
    'scathed',
    'successful',
    'sure',
    'surprised',
    'surprising',
    'sustainable',
    'sympathetic',
    'true',
    'usual',
    'warranted',
    'welcome',
    'willing',
    'wise',
  ],
  in: [
    'accurate',
    'active',
    'adequate',
    'appropriate',
    'capable',
    'competent',
    'complete',
    'conceivable',
    'conclusive',
    'consequential',
    'considerable',
    'consistent',
    'convenient',
    'correct',
    'credible',
    'decisive',
    'dependent',
    'direct',
    'effective',
    'efficient',
    'exact',
    'excusable',
    'expensive',
    'experienced',
    'explicable',
    'formal',
    'frequent',
    'sensitive',
    'significant',
    'substantial',
    'sufficient',
    'tolerable',
    'valid',
    'visible',
  ],
  im: [
    'balanced',
    'material',
    'mature',
    'measurable',
    'mobile',
    'moral',
    'modest',
    'partial',
    'passable',
    'patient',
    'perfect',
    'plausible',
    'polite',
    'possible',
    'practical',
    'precise',
    'probable',
    'proper',
    'prudent',
  ],
  ir: [
    'rational',
    'regular',
    'relevant',
    'replaceable',
    'reparable',
    'resistible',
    'responsible',
    'retrievable',
    'reversible',
  ],
  il: ['legal', 'legitimate', 'liberal', 'literate', 'logical'],
  dis: ['advantageous', 'agreeable', 'honest', 'loyal', 'pleased', 'proportionate', 'satisfied', 'similar'],
  non: ['essential', 'existent', 'negligible', 'trivial'],
};

const STEM_SETS = Object.entries(STEMS).map(([prefix, stems]) => [prefix, new Set(stems)] as const);

/** A hyphened "non-" is transparent whatever follows ("non-trivial", "non-zero"). */
const NON_HYPHENED = /^non-(\p{L}{3,}.*)$/iu;

/**
 * The word without its negative prefix ("unlikely" -> "likely", "Insignificant" ->
 * "significant", "unreasonably" -> "reasonably", "non-existent" -> "existent"), or null when it
 * has none: an adjective or participle of the list above, or its adverb.
 */
export function withoutNegativePrefix(word: string): string | null {
  const hyphened = NON_HYPHENED.exec(word);
  if (hyphened) return hyphened[1]!;
  const w = word.toLowerCase();
  for (const [prefix, stems] of STEM_SETS) {
    if (!w.startsWith(prefix)) continue;
    const rest = w.slice(prefix.length);
    const forms = [rest, rest.replace(/ly$/, ''), rest.replace(/ily$/, 'y'), rest.replace(/bly$/, 'ble')];
    if (forms.some((f) => stems.has(f))) return word.slice(prefix.length);
  }
  return null;
}
