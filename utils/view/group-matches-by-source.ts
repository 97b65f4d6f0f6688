import type { Match, Timing } from '../../lib/types';

/** One source's matches under a page statement: its outlet and date said once. */
export interface SourceMatches {
  sourceId: string;
  outlet: string;
  published: string;
  timing: Timing;
  matches: Match[];
}

/**
 * Groups a statement's matches by source, keeping the engine's order: the source of the
 * strongest match comes first, and each source's matches keep their order.
 */
export function groupMatchesBySource(matches: readonly Match[]): SourceMatches[] {
  const groups = new Map<string, SourceMatches>();
  for (const match of matches) {
    let group = groups.get(match.sourceId);
    if (!group) {
      group = {
        sourceId: match.sourceId,
        outlet: match.outlet,
        published: match.published,
        timing: match.timing,
        matches: [],
      };
      groups.set(match.sourceId, group);
    }
    group.matches.push(match);
  }
  return [...groups.values()];
}
