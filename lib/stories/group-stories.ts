import type { Corpus } from '../corpus/load-corpus';
import { getEventProfile } from '../corpus/load-corpus';
import { compareEventProfiles } from '../events/same-event-score';
import type { EventProfile } from '../events/build-event-profile';
import { findKeyNames, isSameName } from '../events/find-key-names';
import { readEventFrame } from '../events/read-event-frame';
import { monthsBetween } from '../dates/compare-periods';
import type { CorpusStatement } from '../types';
import type { Story, StoryArticle } from './story-types';

/**
 * Average similarity (storySimilarity) from which two groups of articles are one story. Chosen from
 * `npm run --silent eval:stories -- --sweep` on the seed corpus and both shared stories mixed as one
 * memory: purity and ARI stay at their best from 0.04 to 0.18 (the plateau printed there); the
 * middle of it is taken, away from both ends.
 */
export const STORY_LINK_MIN = 0.11;
/** Statements of an article's beginning that are its lead: the headline and these name what it reports. */
export const LEAD_STATEMENTS = 2;
/**
 * Neighbours of an article kept for grouping, best first. The grouping works on this sparse graph so
 * that 10,000 articles need not be compared with each other all (50 million pairs).
 */
export const NEIGHBOURS = 24;
/**
 * A name in more articles than this share of the memory (and than NAME_DF_FLOOR) finds no candidates:
 * "US", "Ohio", "Russia" would make every article a candidate of thousands. It still counts in the score.
 */
export const NAME_DF_SHARE = 0.05;
export const NAME_DF_FLOOR = 50;
/**
 * Months apart at which the publication dates halve the similarity of two articles, and the factor
 * it never falls below. A story can run for years (a trial, a rule changed after nine years), so the
 * gap weakens the link but does not cut it; a different event is told apart by its lead (splitRivals).
 */
export const HALF_LIFE_MONTHS = 24;
export const TIME_FLOOR = 0.5;

/** What grouping reads of an article: its event profile and the names of its lead. */
export interface StoryProfile {
  id: string;
  profile: EventProfile;
  /** Names of the headline (when it is not in title case) and of the first LEAD_STATEMENTS statements. */
  lead: string[];
}

/** The profile grouping uses for one source of the corpus; undefined for an unknown id. */
export function readStoryProfile(corpus: Corpus, sourceId: string): StoryProfile | undefined {
  const profile = getEventProfile(corpus, sourceId);
  if (!profile) return undefined;
  const statements = corpus.bySource.get(sourceId) ?? [];
  const headline = corpus.sources.get(sourceId)?.headline ?? '';
  return { id: sourceId, profile, lead: leadNames(headline, statements) };
}

function leadNames(headline: string, statements: readonly CorpusStatement[]): string[] {
  const names: string[] = [];
  // A headline in title case capitalises every word: its names cannot be told (as buildEventProfile).
  const words = headline.match(/[A-Za-z]+/g) ?? [];
  if (words.filter((w) => /^[A-Z]/.test(w)).length <= words.length * 0.6) names.push(...findKeyNames(headline));
  for (const st of statements.slice(0, LEAD_STATEMENTS)) names.push(...readEventFrame(st).names);
  return [...new Set(names)];
}

/**
 * 0..1: how likely two articles report the same story. The engine's same-event evidence between
 * documents (shared names weighted by how often each names them, shared acts weighted by rarity),
 * with the publication gap weighing less than for one event: a story outlives its first week.
 */
export function storySimilarity(a: StoryProfile, b: StoryProfile, idf: (term: string) => number): number {
  const e = compareEventProfiles(a.profile, b.profile, idf);
  const base = e.score / e.dateFactor;
  return base * timeFactor(a.profile.published, b.profile.published);
}

function timeFactor(a: string | null, b: string | null): number {
  const gap = monthsBetween(a, b);
  if (gap === null) return 1;
  return Math.max(TIME_FLOOR, 0.5 ** (Math.abs(gap) / HALF_LIFE_MONTHS));
}

/**
 * Groups the corpus's articles into stories: the articles that report the same event. Average-
 * linkage clustering (two groups join while the mean similarity of their articles' pairs is at least
 * STORY_LINK_MIN) on each article's NEIGHBOURS most similar articles, then splitRivals. Copies of one
 * text (Corpus.voiceOf) are one voice. Every source is in exactly one story; newest story first.
 */
export function groupStories(corpus: Corpus, options: { linkMin?: number; rivals?: boolean } = {}): Story[] {
  const ids = [...corpus.sources.keys()];
  const profiles = ids.map((id) => readStoryProfile(corpus, id)!);
  const edges = neighbourEdges(profiles, corpus.idf);
  const linked = averageLinkage(profiles.length, edges, options.linkMin ?? STORY_LINK_MIN);
  const groups = options.rivals === false ? linked : linked.flatMap((g) => splitRivals(g, profiles));
  return groups
    .map((g) =>
      toStory(
        g.map((i) => ids[i]!),
        corpus,
        edges,
      ),
    )
    .sort(newestFirst);
}

type Edges = Map<number, Map<number, number>>;

/** Each article's most similar others among those it shares a (not too common) name with. */
function neighbourEdges(profiles: StoryProfile[], idf: (term: string) => number): Edges {
  const byName = new Map<string, number[]>();
  profiles.forEach((p, i) => {
    for (const n of p.profile.names) {
      const list = byName.get(n.name);
      if (list) list.push(i);
      else byName.set(n.name, [i]);
    }
  });
  const maxDf = Math.max(NAME_DF_FLOOR, NAME_DF_SHARE * profiles.length);
  const edges: Edges = new Map();
  const link = (i: number, j: number, s: number) => {
    let m = edges.get(i);
    if (!m) edges.set(i, (m = new Map()));
    m.set(j, s);
  };
  profiles.forEach((p, i) => {
    const candidates = new Set<number>();
    for (const n of p.profile.names) {
      const list = byName.get(n.name)!;
      if (list.length <= maxDf) for (const j of list) if (j !== i) candidates.add(j);
    }
    const scored = [...candidates]
      .map((j) => [j, storySimilarity(p, profiles[j]!, idf)] as const)
      .filter(([, s]) => s > 0)
      .sort((x, y) => y[1] - x[1])
      .slice(0, NEIGHBOURS);
    for (const [j, s] of scored) {
      link(i, j, s);
      link(j, i, s);
    }
  });
  return edges;
}

/**
 * Average-linkage agglomerative clustering on a sparse similarity graph (a missing pair counts 0):
 * repeatedly joins the two groups with the highest mean pair similarity while it is at least `min`.
 * Keeps, per group, the sum of similarities to each neighbouring group, so a join costs the size of
 * the two groups' neighbourhoods.
 */
export function averageLinkage(n: number, edges: Edges, min: number): number[][] {
  const members = new Map<number, number[]>();
  const sums = new Map<number, Map<number, number>>();
  for (let i = 0; i < n; i++) {
    members.set(i, [i]);
    sums.set(i, new Map(edges.get(i) ?? []));
  }
  const mean = (a: number, b: number) => (sums.get(a)?.get(b) ?? 0) / (members.get(a)!.length * members.get(b)!.length);
  for (;;) {
    let best = min;
    let pair: [number, number] | null = null;
    for (const [a, near] of sums)
      for (const b of near.keys()) {
        if (b <= a) continue;
        const m = mean(a, b);
        if (m > best || (m === best && pair === null)) {
          best = m;
          pair = [a, b];
        }
      }
    if (!pair) break;
    const [a, b] = pair;
    // b joins a: a's sums to every neighbour of either become the sums of both.
    const nearA = sums.get(a)!;
    const nearB = sums.get(b)!;
    nearA.delete(b);
    for (const [c, s] of nearB) {
      if (c === a) continue;
      const total = (nearA.get(c) ?? 0) + s;
      nearA.set(c, total);
      const nearC = sums.get(c)!;
      nearC.delete(b);
      nearC.set(a, total);
    }
    sums.delete(b);
    members.get(a)!.push(...members.get(b)!);
    members.delete(b);
  }
  return [...members.values()];
}

/** Share of the other articles' leads that must give a name for an article's lead to be expected to give it too. */
export const SUBJECT_SHARE = 0.8;
/**
 * Months from its group's other articles from which an article that leads with something else is a
 * later event looking back. Closer in time, a lead without the story's name is as often a follow-up
 * that leads with its own news (the fish count of a state agency after a derailment).
 */
export const LOOK_BACK_MONTHS = 6;

/**
 * A story is about what its leads name: the ship, the town, the company. An article published long
 * after the rest of its group (LOOK_BACK_MONTHS) whose lead does not name what nearly every other
 * lead names (SUBJECT_SHARE), and names there something no other lead of the group names (another
 * ship grounded in the same canal two years later), reports another event while it recalls this
 * one: it leaves the group. An article that only words its lead otherwise ("the ship") names
 * nothing of its own there, and stays.
 */
export function splitRivals(group: number[], profiles: StoryProfile[]): number[][] {
  if (group.length < 3) return [group];
  const leads = group.map((i) => profiles[i]!.lead);
  const kept: number[] = [];
  const rivals: number[][] = [];
  group.forEach((i, k) => {
    const lead = leads[k]!;
    const others = leads.filter((_, m) => m !== k);
    const given = (name: string, list: string[]) => list.some((n) => isSameName(n, name));
    const expected = [...new Set(others.flat())].filter(
      (name) => others.filter((l) => given(name, l)).length >= SUBJECT_SHARE * others.length,
    );
    const missing = expected.some((name) => !given(name, lead));
    const ownName = lead.some((name) => !others.some((l) => given(name, l)));
    const published = profiles[i]!.profile.published;
    const gaps = group
      .filter((j) => j !== i)
      .map((j) => monthsBetween(published, profiles[j]!.profile.published))
      .filter((g): g is number => g !== null)
      .map(Math.abs);
    const late = gaps.length > 0 && Math.min(...gaps) > LOOK_BACK_MONTHS;
    if (missing && ownName && late) rivals.push([i]);
    else kept.push(i);
  });
  return kept.length ? [kept, ...rivals] : rivals;
}

function toStory(ids: string[], corpus: Corpus, edges: Edges): Story {
  const articles: StoryArticle[] = ids.map((id) => {
    const meta = corpus.sources.get(id)!;
    const voice = corpus.voiceOf(id);
    return {
      sourceId: id,
      outlet: meta.outlet,
      headline: meta.headline,
      published: meta.published,
      ...(meta.url ? { url: meta.url } : {}),
      ...(meta.readAt ? { readAt: meta.readAt } : {}),
      ...(voice !== id ? { copyOf: voice } : {}),
    };
  });
  articles.sort((a, b) =>
    a.published < b.published ? -1 : a.published > b.published ? 1 : a.sourceId < b.sourceId ? -1 : 1,
  );
  const voices = new Set(ids.map((id) => corpus.voiceOf(id)));
  return {
    id: articles[0]!.sourceId,
    title: corpus.sources.get(centre(ids, corpus, edges))!.headline,
    articles,
    outlets: voices.size,
    first: articles[0]!.published,
    last: articles[articles.length - 1]!.published,
  };
}

/** The article most like the others of its story (highest sum of kept similarities), the earliest on a tie. */
function centre(ids: string[], corpus: Corpus, edges: Edges): string {
  if (ids.length === 1) return ids[0]!;
  const index = new Map([...corpus.sources.keys()].map((id, i) => [id, i]));
  const inStory = new Set(ids.map((id) => index.get(id)!));
  let best = ids[0]!;
  let bestSum = -1;
  for (const id of ids) {
    const near = edges.get(index.get(id)!) ?? new Map<number, number>();
    let sum = 0;
    for (const [j, s] of near) if (inStory.has(j)) sum += s;
    if (sum > bestSum) {
      best = id;
      bestSum = sum;
    }
  }
  return best;
}

function newestFirst(a: Story, b: Story): number {
  return a.last < b.last ? 1 : a.last > b.last ? -1 : a.id < b.id ? -1 : 1;
}
