import { monthsBetween } from '../dates/compare-periods';
import type { EventProfile } from './build-event-profile';
import { isSameName } from './find-key-names';

/** Why two documents are (not) taken to report the same event: numbers and names, for the judge and for tests. */
export interface SameEventEvidence {
  /** 0..1: the share of each side's name mentions the other side also names (mean of both directions). */
  nameScore: number;
  /** 0..1: the share of the page's act weight (corpus IDF) the source states too. */
  actScore: number;
  /** Months between the publication dates, or null when one is unknown. */
  monthsApart: number | null;
  /** 1 within one news cycle, falling to DATE_FLOOR two years apart. */
  dateFactor: number;
  sharedNames: string[];
  /** The page's most-named names the source never names (another ship, another company). */
  pageOnlyNames: string[];
  sourceOnlyNames: string[];
  sharedActs: string[];
}

/** Publication months within which two reports are of one news cycle, and the factor two years apart. */
export const SAME_CYCLE_MONTHS = 2;
export const DATE_FLOOR = 0.2;
/** The part of the score names give whatever the acts: shared acts add the rest. */
export const NAME_SHARE = 0.7;

/**
 * 0..1: how likely a page and a source report the same event, from their profiles: shared names
 * (weighted by how often each side names them), shared acts (weighted by corpus rarity `idf`), and
 * how far apart they were published. See compareEventProfiles for the evidence.
 */
export function sameEventScore(
  page: EventProfile,
  source: EventProfile,
  idf: (term: string) => number = () => 1,
): number {
  return compareEventProfiles(page, source, idf).score;
}

export function compareEventProfiles(
  page: EventProfile,
  source: EventProfile,
  idf: (term: string) => number = () => 1,
): SameEventEvidence & { score: number } {
  const weight = (count: number) => Math.log2(1 + count);
  // Which names of each side the other names too, in one pass (it runs for every candidate source).
  const [pageMatched, sourceMatched] = matchNames(page, source);
  const covered = (a: EventProfile, matched: boolean[]) => {
    let total = 0;
    let shared = 0;
    a.names.forEach((n, i) => {
      total += weight(n.count);
      if (matched[i]) shared += weight(n.count);
    });
    return total > 0 ? shared / total : 0;
  };
  const nameScore = (covered(page, pageMatched) + covered(source, sourceMatched)) / 2;
  const sourceActs = new Set(source.acts.map((a) => a.term));
  let actTotal = 0;
  let actShared = 0;
  for (const a of page.acts) {
    const w = weight(a.count) * idf(a.term);
    actTotal += w;
    if (sourceActs.has(a.term)) actShared += w;
  }
  const actScore = actTotal > 0 ? actShared / actTotal : 0;
  const gap = monthsBetween(page.published, source.published);
  const monthsApart = gap === null ? null : Math.abs(gap);
  const dateFactor =
    monthsApart === null || monthsApart <= SAME_CYCLE_MONTHS
      ? 1
      : Math.max(DATE_FLOOR, 1 - ((1 - DATE_FLOOR) * (monthsApart - SAME_CYCLE_MONTHS)) / 22);
  const onlyIn = (a: EventProfile, matched: boolean[]) =>
    a.names
      .filter((n, i) => n.count >= 2 && !matched[i])
      .map((n) => n.name)
      .slice(0, 5);
  return {
    // Names tell events apart, acts only kinds of event: with names on both sides, no shared name is no shared event.
    score:
      (page.names.length > 0 && source.names.length > 0
        ? nameScore * (NAME_SHARE + (1 - NAME_SHARE) * actScore)
        : actScore) * dateFactor,
    nameScore,
    actScore,
    monthsApart,
    dateFactor,
    sharedNames: page.names.filter((_, i) => pageMatched[i]).map((n) => n.name),
    pageOnlyNames: onlyIn(page, pageMatched),
    sourceOnlyNames: onlyIn(source, sourceMatched),
    sharedActs: page.acts.filter((a) => sourceActs.has(a.term)).map((a) => a.term),
  };
}

/**
 * For each name of `a` and of `b`, whether the other side has the same name (isSameName). Two
 * names can be the same only if they share a word's first three letters (a word, its plural,
 * its demonym): pairs that share none are not compared.
 */
function matchNames(a: EventProfile, b: EventProfile): [boolean[], boolean[]] {
  const aMatched = a.names.map(() => false);
  const bMatched = b.names.map(() => false);
  const prefixes = (p: EventProfile) => {
    let list = PREFIXES.get(p);
    if (!list) PREFIXES.set(p, (list = p.names.map((n) => new Set(n.name.split(' ').map((w) => w.slice(0, 3))))));
    return list;
  };
  const pa = prefixes(a);
  const pb = prefixes(b);
  a.names.forEach((n, i) => {
    b.names.forEach((m, j) => {
      if (aMatched[i] && bMatched[j]) return;
      let shares = false;
      for (const x of pa[i]!)
        if (pb[j]!.has(x)) {
          shares = true;
          break;
        }
      if (shares && isSameName(n.name, m.name)) aMatched[i] = bMatched[j] = true;
    });
  });
  return [aMatched, bMatched];
}

const PREFIXES = new WeakMap<EventProfile, Array<Set<string>>>();
