/** FNC-1's four stances, in the order of every probability vector and weight row in this folder. */
export const STANCE_LABELS = ['agree', 'disagree', 'discuss', 'unrelated'] as const;

export type StanceLabel = (typeof STANCE_LABELS)[number];

/** Probability of each stance; the four sum to 1. */
export type StanceProbabilities = Record<StanceLabel, number>;
