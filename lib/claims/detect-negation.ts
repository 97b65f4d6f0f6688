/**
 * Finds the cue that negates a statement's main claim ("does not", "will not be allowed",
 * "never", "barred from", "no longer"), or null. Determiner "no" ("have no criminal record")
 * negates an object, not the claim, and is left out on purpose.
 */
const NEGATION = /\b(?:not|never|cannot|no\s+longer|neither|nor)\b|n['’]t\b|\b(?:barred|banned|prohibited|forbidden|forbids|prohibits|bans|bars|denied|refused|rejected|excluded|ruled\s+out)\b|\bno\s+(?:one|foreigner|foreign|citizen|soldier|path|right|way)\b/i;

export function detectNegation(text: string): string | null {
  // "not only ... but also" affirms; "whether or not" does not negate.
  const cleaned = text.replace(/\bnot\s+only\b/gi, '').replace(/\bwhether\s+or\s+not\b/gi, '').replace(/\bnot\s+(?:least|just|merely)\b/gi, '');
  const m = NEGATION.exec(cleaned);
  return m ? m[0].toLowerCase() : null;
}
