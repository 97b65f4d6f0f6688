/**
 * Finds the cue that negates a statement's main claim, or null: "not", "n't", "never", "no
 * longer", "neither/nor", "cannot"; a negated subject or existence ("nobody", "no one",
 * "nothing", "none", "there is no ...", "No ... were"); "no" before what the claim is about
 * ("suffered no injuries", "no ships passed"); verbs that deny or forbid ("barred", "banned",
 * "denied", "refused", "rejected", "failed to", "ruled out"); "without" before what is not done. Cues are counted: two cancel out
 * (a double negative: "no restrictions prohibiting citizens" allows them). Left out: "no" after
 * have/with/without/of ("have no criminal record" describes a condition, the same claim as "a
 * clean record"), and "no" in fixed phrases that affirm or bound ("no doubt", "no matter", "no
 * more than", "no less than"), "not only ... but also", "whether or not", "not least".
 * General English, from grammars of negation (Huddleston & Pullum 2002, ch. 9), not from any story.
 */
const NEGATION = new RegExp(
  [
    String.raw`\b(?:not|never|cannot|neither|nor|nobody|nothing|nowhere|none)\b`,
    String.raw`n['’]t\b`,
    String.raw`\bno\s+(?:longer|one)\b`,
    // "no" not after have/with/of and not in a phrase that affirms or bounds.
    String.raw`(?<!\b(?:have|has|had|having|with|without|of)\s+)\bno\b(?!\s+(?:doubt|matter|more|less|fewer|later|sooner|longer|one)\b)`,
    // "without" denies what follows ("pushed the bill through without a final vote"), but not in
    // "with or without" (either way) or "without doubt" (affirms).
    String.raw`(?<!\bwith\s+or\s+)\bwithout\b(?!\s+(?:a\s+)?doubt\b)`,
    String.raw`\b(?:barred|banned|prohibited|forbidden|forbids|prohibits|prohibiting|bans|bars|denied|denies|deny|refused|refuses|rejected|rejects|excluded|ruled\s+out|failed\s+to|fails\s+to|declined\s+to)\b`,
  ].join('|'),
  'gi',
);

export function detectNegation(text: string): string | null {
  const cleaned = text.replace(/\bnot\s+only\b/gi, '').replace(/\bwhether\s+or\s+not\b/gi, '').replace(/\bnot\s+(?:least|just|merely)\b/gi, '').replace(/\bif\s+not\b/gi, '');
  const cues = cleaned.match(NEGATION) ?? [];
  return cues.length % 2 === 1 ? cues[0]!.toLowerCase().replace(/\s+/g, ' ') : null;
}
