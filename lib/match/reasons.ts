import type { Scope } from '../types';
import type { SlotFinding } from './compare-slots';
import type { EventEvidence } from '../events/compare-event-frames';

/**
 * Why the judge gave a stance, as data: one formatter (lib/explain/format-reasons.ts) writes the
 * words a reader sees, so no code parses a reason's text and no stem reaches the screen.
 */
export type Reason =
  /** Both give the value and it agrees (a date, an amount, an age range, a count of the same thing). */
  | { kind: 'same-value'; finding: SlotFinding }
  /** Both give the value and it differs. */
  | { kind: 'different-value'; finding: SlotFinding }
  /** A value differs between reports written far apart: the later one may be an update. */
  | {
      kind: 'possible-update';
      finding: SlotFinding;
      pageYear: string | null;
      sourceYear: string | null;
      sourceOutlet: string;
    }
  /** The statements report different events or acts (another date of the act, another act, another subject). */
  | {
      kind: 'different-events';
      findings: SlotFinding[];
      pageYear: string | null;
      sourceYear: string | null;
      evidence: EventEvidence[];
    }
  /** One side negates the claim the other affirms. */
  | { kind: 'negated'; side: 'page' | 'source'; cue: string }
  /** Opposite words for the same claim ("rose" / "fell"), as the two texts write them. */
  | { kind: 'opposite'; page: string; source: string }
  /** An exclusive claim against a universal one about the same group. */
  | { kind: 'scope'; page: Scope; source: Scope }
  /** One side says "only" of what the other lists with more ("only in the United States" / "in the United States and Canada"). */
  | { kind: 'only-against-more'; exclusiveSide: 'page' | 'source'; only: string; more: string }
  /** A claim of opposite polarity, but written years apart (a rule may have changed). */
  | { kind: 'opposed-years-apart'; opposition: Reason; pageYear: string | null; sourceYear: string | null }
  /** Agreeing values, but others differ. */
  | { kind: 'mixed-values'; agreements: SlotFinding[]; differences: SlotFinding[] }
  /** The same claim in other words: the words both use, as the source writes them. */
  | { kind: 'same-wording'; words: string[] }
  /** Shared words, not enough for the same claim. */
  | { kind: 'same-topic'; words: string[] }
  /** The same wording but for one thing put for another of its kind ("onion" / "ginger"). */
  | { kind: 'different-detail'; page: string; source: string }
  /** Similar wording, but one side is negated (in a side clause, or not covering the claim). */
  | { kind: 'one-side-negated'; cue: string }
  /** Similar claim whose figures are of kinds that cannot be compared (roubles and dollars). */
  | { kind: 'figures-uncompared'; pairs: Array<{ page: string; source: string }> }
  /** Similar claim written years apart: may be another event. */
  | { kind: 'written-apart'; pageYear: string | null; sourceYear: string | null }
  /** A similar act (a decree signed) reported months apart: may be another act. */
  | { kind: 'act-months-apart'; months: number }
  /** Same words, but the stance model finds the source as a whole unrelated to the claim. */
  | { kind: 'source-not-about-claim'; words: string[] };

export type ReasonKind = Reason['kind'];
