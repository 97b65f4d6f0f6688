/**
 * Cue words whose presence, more than topic words, separates the related stances. Lists from the
 * FNC-1 baseline's refuting words (fake, fraud, hoax, false, deny, denies, not, despite, nope,
 * doubt, doubts, bogus, debunk, pranks, retract) and the hedging vocabulary of Emergent's
 * annotators ("reportedly", "allegedly", "claims"), plus the words that confirm a claim.
 * Matched against lowercase words (tokenizeWords), not stems: "denied" and "denial" are different cues.
 */
export const REFUTING_WORDS = [
  'fake', 'fraud', 'hoax', 'false', 'deny', 'denies', 'denied', 'denial', 'not', 'despite', 'nope', 'doubt', 'doubts',
  'bogus', 'debunk', 'debunked', 'debunks', 'prank', 'pranks', 'retract', 'retracted', 'retraction', 'untrue', 'myth',
  'satire', 'satirical', 'fabricated', 'misleading', 'never', 'no', 'incorrect', 'wrong', 'dismissed', 'rejected',
  'refuted', 'baseless', 'nonsense', 'spoof', 'parody', 'hoaxes', 'scam', 'rumours', 'rumors', 'rumour', 'rumor',
] as const;

export const HEDGING_WORDS = [
  'reportedly', 'allegedly', 'alleged', 'claim', 'claims', 'claimed', 'apparently', 'purportedly', 'unconfirmed',
  'unverified', 'may', 'might', 'could', 'possibly', 'perhaps', 'suggest', 'suggests', 'supposedly', 'speculation',
  'believed', 'according', 'report', 'reports', 'reported', 'said', 'says', 'told', 'if', 'whether', 'unclear',
] as const;

export const CONFIRMING_WORDS = [
  'confirmed', 'confirms', 'confirm', 'true', 'indeed', 'official', 'officially', 'announced', 'verified', 'proof',
  'evidence', 'revealed', 'shows', 'actually', 'real', 'genuine', 'authentic', 'admitted', 'finally',
] as const;

/** Every cue, in feature order: one count per word. */
export const CUE_WORDS: readonly string[] = [...REFUTING_WORDS, ...HEDGING_WORDS, ...CONFIRMING_WORDS];

export const REFUTING_SET: ReadonlySet<string> = new Set(REFUTING_WORDS);
export const HEDGING_SET: ReadonlySet<string> = new Set(HEDGING_WORDS);
export const CONFIRMING_SET: ReadonlySet<string> = new Set(CONFIRMING_WORDS);
