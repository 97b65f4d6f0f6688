/** Where a sentence turns to another claim: punctuation, dashes, relative and contrastive words. */
const CLAUSE_BREAK = /[,;:()[\]]|\s[—–]\s|\s--\s|\b(?:that|which|who|but|while|although|whereas|provided)\b/i;

/** Splits a sentence into its clauses (rough, by punctuation and linking words); empty parts dropped. */
export function splitClauses(text: string): string[] {
  return text.split(CLAUSE_BREAK).map((c) => c.trim()).filter(Boolean);
}
