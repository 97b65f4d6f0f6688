import { withoutNegativePrefix } from './negative-prefixes';

/**
 * Finds the cue that negates a statement's main claim, or null: "not", "n't", "never", "no
 * longer", "neither/nor", "cannot"; a negated subject or existence ("nobody", "no one",
 * "nothing", "none", "there is no ...", "No ... were"); "no" before what the claim is about
 * ("suffered no injuries", "no ships passed"); verbs that deny or forbid ("barred", "banned",
 * "denied", "refused", "rejected", "failed to", "ruled out"); "without" before what is not done. Cues are counted per clause (SCOPE_BREAK): two in one cancel out
 * (a double negative: "no restrictions prohibiting citizens" allows them; "did not rule out" leaves
 * it open, "had not failed to flag" flagged it, "not without risk" is risky). Left out: "no" after
 * have/with/without/of ("have no criminal record" describes a condition, the same claim as "a
 * clean record"), and "no" in fixed phrases that affirm or bound ("no doubt", "no matter", "no
 * more than", "no less than"), "not only ... but also", "whether or not", "not least".
 * General English, from grammars of negation (Huddleston & Pullum 2002, ch. 9), not from any story.
 */
const NEGATION = new RegExp(
  [
    String.raw`\b(?:not|never|cannot|neither|nobody|nothing|nowhere|none)\b`,
    // "nor" opens a negated clause of its own (", nor did the pilot"); inside "neither ... nor" or
    // "not ... nor" it carries the first negation on and is not a second one.
    String.raw`(?<=^\s*|[,;:—–]\s*|\band\s+)nor\b`,
    String.raw`n['’]t\b`,
    String.raw`\bno\s+(?:longer|one)\b`,
    // "no" not after have/with/of and not in a phrase that affirms or bounds.
    String.raw`(?<!\b(?:have|has|had|having|with|without|of)\s+)(?<!\b(?:have|has|had|having|with|without|of)\s+no\b[^,;.]{0,40}\b(?:and|or)\s+)\bno\b(?!\s+(?:doubt|matter|sooner|longer|one|wonder)\b|\s+(?:more|less|fewer|later)\s+than\b)`,
    // "without" denies what follows ("pushed the bill through without a final vote"), but not in
    // "with or without" (either way) or "without doubt" (affirms).
    String.raw`(?<!\bwith\s+or\s+)\bwithout\b(?!\s+(?:a\s+)?doubt\b)`,
    String.raw`\b(?:barred|banned|prohibited|forbidden|forbids|prohibits|prohibiting|bans|bars|denied|denies|deny|refused|refuses|rejected|rejects|excluded|failed\s+to|fails\s+to|declined\s+to)\b`,
    // "rule out" in every form, so that "did not / could not / refused to rule out" cancel to an
    // open possibility; not the noun ("threw the rule out").
    String.raw`(?<!\b(?:the|a|new|this|that)\s+)\b(?:rule[sd]?|ruling)\s+out\b`,
  ].join('|'),
  'gi',
);

/**
 * Phrases with a negative word that do not deny the claim: they add ("not only ... but", "not to
 * mention"), bound ("not least", "if not"), single out ("nothing but ash", "none other than",
 * "second to none"), affirm ("in no uncertain terms", "nothing short of", "no wonder") or tell of
 * a repeat ("It is not the first time Homewell has recalled a product": it has before).
 */
const NOT_A_DENIAL = new RegExp(
  [
    String.raw`\bnot\s+(?:only|least|just|merely|to\s+mention)\b`,
    String.raw`\bwhether\s+or\s+not\b`,
    String.raw`\bif\s+not\b`,
    String.raw`\bnothing\s+(?:but|short\s+of|less\s+than)\b`,
    String.raw`\bnone\s+(?:other\s+than|the\s+less)\b`,
    String.raw`\bsecond\s+to\s+none\b`,
    String.raw`\bin\s+no\s+uncertain\s+terms\b`,
    String.raw`(?:\bnot|n['’]t)\s+(?:for\s+)?the\s+first\s+(?:time|occasion)\b`,
  ].join('|'),
  'gi',
);

/**
 * "not" (or "n't") before a word with a negative prefix, with at most a degree word or an article
 * between ("not unlikely", "not entirely unexpected", "wasn't an uncommon sight"): litotes, two
 * negatives that make an affirmative. The word is the prefixed one; see withoutNegativePrefix.
 */
const NOT_BEFORE_WORD =
  /(?:\bnot|n['’]t)\s+(?:(?:entirely|altogether|wholly|completely|totally|quite|so|too|at\s+all)\s+)?((?:a|an)\s+)?(\p{L}[\p{L}-]*)/giu;

/**
 * The sentence with its litotes read as the affirmative they make ("costs were not insignificant"
 * -> "costs were significant", "it wasn't unexpected" -> "it was expected"): what it claims, in
 * the words a plain statement of it would use, so that it is compared as that ("costs were
 * significant" confirms it, "costs were insignificant" denies it). The degree word goes with the
 * "not" it softened ("not entirely unexpected" is read "expected", not "entirely expected").
 */
export function affirmLitotes(text: string): string {
  return text.replace(NOT_BEFORE_WORD, (match, article: string | undefined, word: string) => {
    const stem = withoutNegativePrefix(word);
    return stem ? ` ${article ?? ''}${stem}` : match;
  });
}

/**
 * A condition or its like, up to the end of its clause ("if it does not rain", "unless the offer
 * is not improved", "as long as talks do not collapse"): a negation there is a premise, not what
 * the statement claims ("The strike will go ahead if talks do not resume" claims no negation).
 */
const CONDITION = /\b(?:if|unless|provided(?:\s+that)?|providing|as\s+long\s+as|in\s+case)\b[^,;:()—–]*/gi;

/** A direct question ("Why did the bridge not open?") asks; its negation claims nothing. */
const QUESTION = /\?\s*["”’']?\s*$/;

/**
 * Where one negation's scope ends: a clause of its own after punctuation, a dash or a coordinating
 * or contrastive word ("The race was too close to call, and no network projected a winner": two
 * claims, each negated). Not "that" or "or": a negation over a "that" clause takes it in ("It is not
 * true that nothing was paid" affirms), and "with or without" is one phrase.
 */
const SCOPE_BREAK = /[;:,]|\s[—–]\s|\s--\s|\b(?:and|but|while|whereas|although|yet)\b/gi;

export function detectNegation(text: string): string | null {
  const scope = negatedScopeOf(text);
  return scope ? scope.cue.toLowerCase().replace(/\s+/g, ' ') : null;
}

/**
 * The part of a sentence up to the end of what its negation covers ("Ferris pleaded not guilty and
 * will be tried separately" -> "Ferris pleaded not guilty"), or null when the sentence claims no
 * negation (see detectNegation).
 */
export function negatedScope(text: string): string | null {
  return negatedScopeOf(text)?.text ?? null;
}

function negatedScopeOf(text: string): { cue: string; text: string } | null {
  if (QUESTION.test(text)) return null;
  // Positions are those of `cleaned` (a litotes's stem is shorter than its "not un-" words), and
  // the scope's text is cut from it: conditions and phrases that deny nothing are blanked there,
  // which is as the negated terms should read (a condition is a premise, not what is denied).
  const cleaned = affirmLitotes(text.replace(NOT_A_DENIAL, ' ')).replace(CONDITION, ' ');
  // Cues are found in the whole sentence (their look-behinds see across a comma), then counted per
  // scope: two in one clause cancel, one in each of two clauses negates both.
  const breaks = [...cleaned.matchAll(SCOPE_BREAK)].map((m) => m.index!);
  const byScope = new Map<number, string[]>();
  for (const cue of cleaned.matchAll(NEGATION)) {
    const scope = breaks.filter((b) => b < cue.index!).length;
    byScope.set(scope, [...(byScope.get(scope) ?? []), cue[0]]);
  }
  const odd = [...byScope.entries()].sort((a, b) => a[0] - b[0]).find(([, cues]) => cues.length % 2 === 1);
  if (!odd) return null;
  // From the start: a scope after "and" may share its subject with the one before ("The state
  // would appeal | and not seek a rehearing"); what follows the negated scope is another claim.
  const end = odd[0] < breaks.length ? breaks[odd[0]]! : cleaned.length;
  return { cue: odd[1][0]!, text: cleaned.slice(0, end).trim() };
}
