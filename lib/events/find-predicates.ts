import { canonicalTerm } from '../text/normalize-terms';

/** A verb that states an act in a sentence, found by its form (see findPredicates). */
export interface Predicate {
  /** Canonical term of its base form (canonicalTerm of "sign" for "signed", of "run" for "ran"). */
  lemma: string;
  word: string;
  /** [start, end) in characters. */
  start: number;
  end: number;
  /** A verb of saying ("said", "told"): its date is when something was said, not when it happened. */
  reporting: boolean;
  /** A past form ("signed", "struck"): an act done at a time, not a state or an aim ("to avoid", "triggering"). */
  past: boolean;
}

/**
 * Past forms of common irregular English verbs → base form. General English, the verbs news uses
 * for acts ("ran aground", "struck", "froze", "fled"); regular verbs are found by their "-ed".
 */
const IRREGULAR: Record<string, string> = Object.fromEntries(
  (
    'arose:arise cast:cast arisen:arise beat:beat beaten:beat began:begin begun:begin bent:bend bet:bet bid:bid bit:bite bitten:bite blew:blow ' +
    'blown:blow broke:break broken:break brought:bring built:build burnt:burn bought:buy caught:catch chose:choose chosen:choose came:come ' +
    'cut:cut dealt:deal dug:dig drew:draw drawn:draw drove:drive driven:drive ate:eat eaten:eat fell:fall fallen:fall fed:feed felt:feel fought:fight ' +
    'found:find fled:flee flew:fly flown:fly forbade:forbid forbidden:forbid forgave:forgive forgiven:forgive froze:freeze frozen:freeze gave:give ' +
    'went:go gone:go grew:grow grown:grow hung:hang heard:hear hid:hide hidden:hide hit:hit held:hold hurt:hurt kept:keep knew:know known:know ' +
    'laid:lay led:lead left:leave lent:lend lost:lose made:make meant:mean met:meet paid:pay quit:quit ran:run rang:ring rose:rise risen:rise ' +
    'rode:ride sold:sell sent:send set:set shook:shake shot:shoot shut:shut sang:sing sank:sink sunk:sink slid:slide spoke:speak spoken:speak ' +
    'spent:spend split:split spread:spread sprang:spring stood:stand stole:steal stolen:steal stuck:stick struck:strike stricken:strike swore:swear ' +
    'sworn:swear swept:sweep swam:swim took:take taken:take taught:teach tore:tear torn:tear threw:throw thrown:throw woke:wake won:win withdrew:withdraw ' +
    'withdrawn:withdraw wrote:write written:write overthrew:overthrow overthrown:overthrow undertook:undertake upheld:uphold overtook:overtake ' +
    'said:say told:tell got:get gotten:get became:become had:have was:be were:be been:be did:do done:do saw:see seen:see thought:think sought:seek'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);
/** Verbs that carry no act of their own: the participle after them does ("got wedged", "became lodged"). */
const LIGHT = new Set([
  'be',
  'have',
  'get',
  'become',
  'do',
  'seem',
  'appear',
  'think',
  'see',
  'know',
  'mean',
  'make',
  'go',
  'come',
  'keep',
]);
const REPORTING = new Set([
  'say',
  'tell',
  'report',
  'add',
  'state',
  'note',
  'announce',
  'confirm',
  'claim',
  'write',
  'explain',
  'comment',
  'warn',
]);
const REPORTING_TERMS = new Set([...REPORTING].map((w) => canonicalTerm(w)));
/** Words in "-ed" that are not past forms. */
const NOT_PAST = new Set([
  'need',
  'speed',
  'seed',
  'feed',
  'bed',
  'red',
  'shed',
  'hundred',
  'indeed',
  'naked',
  'wicked',
  'sacred',
  'kindred',
  'rugged',
  'beloved',
  'aged',
  'bred',
  'breed',
  'greed',
  'steed',
  'weed',
  'embed',
  'wed',
  'led',
  'fled',
  'ned',
  'ted',
  'med',
]);
/** Before an "-ed" word these make it an adjective: "a televised interview", "the reported salary". */
const ADJECTIVE_CUE = new Set([
  'a',
  'an',
  'the',
  'more',
  'most',
  'very',
  'less',
  'least',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'this',
  'that',
  'these',
  'those',
  'newly',
  'so',
]);
/** After these a lowercase word is a verb's base form: "to pay", "will hold", "did not". */
const BASE_CUE = new Set([
  'to',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'shall',
  'should',
  'did',
  'does',
  'not',
]);
const BE = new Set([
  'is',
  'are',
  'was',
  'were',
  'been',
  'be',
  'being',
  'after',
  'before',
  'while',
  'by',
  'since',
  'without',
]);
/** Words that are never a verb's base form after "to": determiners, pronouns, numbers' words. */
const NOT_BASE = new Set([
  'a',
  'an',
  'the',
  'be',
  'his',
  'her',
  'its',
  'their',
  'this',
  'that',
  'these',
  'those',
  'some',
  'all',
  'any',
  'each',
  'more',
  'about',
  'around',
  'up',
  'over',
  'date',
  'court',
  'trade',
]);
/** Idioms whose act is another verb: "ran aground" is "ground". */
const IDIOMS: Array<[RegExp, string]> = [[/^(?:ran|run|runs|running)\s+aground\b/, 'ground']];

const WORD = /[A-Za-z]+(?:[-'’][A-Za-z]+)*/g;

/**
 * The verbs of a sentence, by cheap rules of form rather than a tagger (a part-of-speech model
 * costs hundreds of kilobytes and a millisecond a sentence; the engine needs only the predicates
 * dates attach to): irregular past forms, lowercase "-ed" words not after a determiner, a word after
 * "to"/a modal, an "-ing" word after a form of "be" or "after/by". Light verbs ("was", "got") are left out.
 */
export function findPredicates(text: string): Predicate[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index!, end: m.index! + m[0].length }));
  const found: Predicate[] = [];
  for (let i = 0; i < words.length; i++) {
    const { word, start, end } = words[i]!;
    if (/^[A-Z]/.test(word) && i > 0) continue;
    const lower = word.toLowerCase().replace(/['’]s$/, '');
    const prev = i > 0 ? words[i - 1]!.word.toLowerCase() : '';
    const rest = text.slice(start, start + 30).toLowerCase();
    const idiom = IDIOMS.find(([re]) => re.test(rest));
    const base = idiom ? idiom[1] : baseForm(lower, prev);
    if (!base || LIGHT.has(base)) continue;
    // The stemmer reads regular forms itself ("dropped" → "drop"); irregular ones go in as their base.
    // "freed", "agreed": the stemmer keeps the "-eed"; their base drops the "d".
    const regular = lower.endsWith('eed') && base === lower ? lower.slice(0, -1) : lower;
    const lemma = canonicalTerm(
      (regular !== lower || base === lower || idiom || Object.hasOwn(IRREGULAR, lower) || BASE_CUE.has(prev)
        ? regular !== lower
          ? regular
          : base
        : lower
      ).replace(/-/g, ''),
    );
    found.push({
      lemma,
      word,
      start,
      end,
      reporting: REPORTING_TERMS.has(lemma),
      past: !BASE_CUE.has(prev) && !lower.endsWith('ing'),
    });
  }
  return found;
}

/** The base form of a word when its form says it is a verb here, else null. */
function baseForm(lower: string, prev: string): string | null {
  if (Object.hasOwn(IRREGULAR, lower)) return IRREGULAR[lower]!;
  if (lower.endsWith('ed') && lower.length >= 4 && !NOT_PAST.has(lower) && !ADJECTIVE_CUE.has(prev)) return lower;
  if (BASE_CUE.has(prev) && !NOT_BASE.has(lower) && !lower.endsWith('ly') && lower.length > 2) return lower;
  if (lower.endsWith('ing') && lower.length >= 6 && BE.has(prev)) return lower.slice(0, -3);
  return null;
}
