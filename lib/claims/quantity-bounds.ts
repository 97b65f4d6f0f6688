/** Upper end of "more than X" (JSON-safe, unlike Infinity). */
export const UNBOUNDED = Number.MAX_VALUE;
