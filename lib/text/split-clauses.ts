/**
 * Where a sentence turns to another claim: punctuation, dashes, relative and contrastive words,
 * "amid" (the setting of the claim) and "as" opening a clause of its own ("as it maintains").
 */
const CLAUSE_BREAK =
  /[,;:()[\]]|\s[—–]\s|\s--\s|\b(?:that|which|who|but|while|although|whereas|provided|amid|because)\b|\bas(?=\s+(?:it|they|he|she|we|the|a|an)\b)/i;

/** Splits a sentence into its clauses (rough, by punctuation and linking words); empty parts dropped. */
export function splitClauses(text: string): string[] {
  return text
    .split(CLAUSE_BREAK)
    .map((c) => c.trim())
    .filter(Boolean);
}
