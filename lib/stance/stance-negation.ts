/**
 * Finds the cue that negates a statement's main claim ("does not", "will not be allowed",
 * "never", "barred from", "no longer", "no path to"), or null. Cues are counted: two of them
 * cancel out ("no restrictions ... prohibiting citizens" allows them). Determiner "no" before
 * most nouns ("have no criminal record") negates an object, not the claim, and is left out.
 */
const NEGATION =
  /\b(?:not|never|cannot|no\s+longer|neither|nor)\b|n['’]t\b|\b(?:barred|banned|prohibited|forbidden|forbids|prohibits|prohibiting|bans|bars|denied|refused|rejected|excluded|ruled\s+out)\b|\bno\s+(?:one|foreigners?|foreign|citizens?|soldiers?|path|right|way|restrictions?|limits?|ban|need|plans?|evidence)\b/gi;

/**
 * The negation test the shipped stance model (corpus/stance-model.*) was trained with: its
 * features must be read as they were when it learned them, so this stays as it was (the
 * engine's own claim negation, lib/claims/detect-negation.ts, has moved on). Retrain with
 * `npm run train:stance` before changing it.
 */
export function detectStanceNegation(text: string): string | null {
  // "not only ... but also" affirms; "whether or not" and "not least" do not negate.
  const cleaned = text
    .replace(/\bnot\s+only\b/gi, '')
    .replace(/\bwhether\s+or\s+not\b/gi, '')
    .replace(/\bnot\s+(?:least|just|merely)\b/gi, '');
  const cues = cleaned.match(NEGATION) ?? [];
  return cues.length % 2 === 1 ? cues[0]!.toLowerCase() : null;
}
