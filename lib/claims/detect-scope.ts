import type { Scope } from '../types';

/**
 * Finds an exclusive claim ("only citizens of former Soviet republics", "only if they speak
 * Russian") or a universal one ("open to all foreigners", "any foreigner", "no restrictions"),
 * which contradict each other about the same group. Returns null for neither.
 */
// "only if they speak Russian" is a condition, which a source can state as "open to all, provided ...".
const EXCLUSIVE =
  /\b(?<!not\s)(?:only|solely|exclusively)\s+(?!if\b|when\b|after\b|once\b|as\b|by\b|be\b|to\b)((?:[\w’'-]+\s+){0,5}[\w’'-]+)/i;
const UNIVERSAL =
  /\b(?:open\s+to\s+(?:all|any)|all|any|every|regardless\s+of|no\s+restrictions?|without\s+restrictions?|anyone)\s+((?:[\w’'-]+\s+){0,4}[\w’'-]+)/i;

export function detectScope(text: string): Scope | null {
  const exclusive = EXCLUSIVE.exec(text);
  if (exclusive) return { kind: 'exclusive', text: exclusive[0].replace(/[.,;:]+$/, '') };
  const universal = UNIVERSAL.exec(text);
  // "all of this", "any effects": a universal must quantify people or things that act, not "all of".
  if (universal && !/^(?:of|the|this|that|these|those|effects?|other)\b/i.test(universal[1]!)) {
    return { kind: 'universal', text: universal[0].replace(/[.,;:]+$/, '') };
  }
  return null;
}
