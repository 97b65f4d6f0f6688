import type { Corpus } from '../corpus/load-corpus';
import { getEventProfile } from '../corpus/load-corpus';
import { compareEventProfiles } from '../events/same-event-score';
import type { EventProfile } from '../events/build-event-profile';
import { findKeyNames, isSameName } from '../events/find-key-names';
import { readEventFrame } from '../events/read-event-frame';
import { monthsBetween } from '../dates/compare-periods';
import FlatQueue from 'flatqueue';
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
/** Articles scored as an article's candidate neighbours: the ones sharing the most (and rarest) names with it. */
export const CANDIDATES = 48;
/** Of a name's articles, those published nearest to an article that are taken as its candidates. */
export const POSTING_WINDOW = 128;
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
  const meta = corpus.sources.get(sourceId);
  if (!meta) return undefined;
  // A source with no statement left (all its sentences too short to check) has no event profile: it
  // shares nothing, and is a story of its own.
  const profile = getEventProfile(corpus, sourceId) ?? {
    names: [],
    acts: [],
    months: [],
    published: meta.published || null,
    statements: 0,
  };
  const statements = corpus.bySource.get(sourceId) ?? [];
  const headline = meta.headline;
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
export function groupStories(corpus: Corpus, options: StoryOptions = {}): Story[] {
  return createStoryIndex(options).update(corpus);
}

export interface StoryOptions {
  linkMin?: number;
  rivals?: boolean;
}

/** Similarities of an article with its neighbours, by source id (both directions are kept). */
type Edges = Map<number, Map<number, number>>;

/**
 * Stories kept up to date as the corpus changes: each article's profile and neighbours are found
 * once, when it first appears (or its statements change), and dropped when it goes; `update` then
 * only re-runs the clustering on the kept graph. At 10,000 articles finding every article's
 * neighbours is most of the cost of grouping, and a reader's memory changes by one article at a time.
 * An article added later links to its neighbours both ways, so an older article may keep more than
 * NEIGHBOURS links: a little more than a grouping from scratch would give it.
 */
export function createStoryIndex(options: StoryOptions = {}) {
  const profiles = new Map<string, StoryProfile>();
  const statementsOf = new Map<string, unknown>();
  /** Each name's articles in order of publication (then id). */
  const byName = new Map<string, string[]>();
  const edges = new Map<string, Map<string, number>>();

  const order = (a: string, b: string) => {
    const da = dateKey(profiles.get(a)!);
    const db = dateKey(profiles.get(b)!);
    return da < db ? -1 : da > db ? 1 : a < b ? -1 : a > b ? 1 : 0;
  };
  const position = (list: string[], id: string) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(list[mid]!, id) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  function forget(id: string): void {
    const p = profiles.get(id);
    if (!p) return;
    for (const n of p.profile.names) {
      const list = byName.get(n.name);
      if (!list) continue;
      const at = position(list, id);
      if (list[at] === id) list.splice(at, 1);
      if (list.length === 0) byName.delete(n.name);
    }
    for (const other of edges.get(id)?.keys() ?? []) edges.get(other)?.delete(id);
    edges.delete(id);
    profiles.delete(id);
    statementsOf.delete(id);
  }

  const link = (a: string, b: string, s: number) => {
    let m = edges.get(a);
    if (!m) edges.set(a, (m = new Map()));
    m.set(b, s);
  };

  /**
   * An article's neighbours. Candidates are found by the names they share, and only among the
   * POSTING_WINDOW articles published nearest to it that give each name (a story's articles are close
   * in time; a name given by hundreds would otherwise make every pair a candidate), ranked by the
   * names' rarity in the memory; the best CANDIDATES of them are scored.
   */
  function findNeighbours(id: string, idf: (term: string) => number): void {
    const p = profiles.get(id)!;
    const maxDf = Math.max(NAME_DF_FLOOR, NAME_DF_SHARE * profiles.size);
    const cheap = new Map<string, number>();
    for (const n of p.profile.names) {
      const list = byName.get(n.name)!;
      if (list.length > maxDf || list.length < 2) continue;
      const weight = Math.log(profiles.size / list.length) + 1;
      const from = Math.max(0, position(list, id) - POSTING_WINDOW / 2);
      for (let k = from; k < Math.min(list.length, from + POSTING_WINDOW + 1); k++) {
        const other = list[k]!;
        if (other !== id) cheap.set(other, (cheap.get(other) ?? 0) + weight);
      }
    }
    const known = edges.get(id);
    const scored = [...cheap]
      .sort((x, y) => y[1] - x[1])
      .slice(0, CANDIDATES)
      .map(([other]) => {
        // A pair is scored once, from its smaller id's side, though both may list the other.
        const s = known?.get(other) ?? edges.get(other)?.get(id);
        if (s !== undefined) return [other, s] as const;
        const [a, b] = id < other ? [p, profiles.get(other)!] : [profiles.get(other)!, p];
        return [other, storySimilarity(a, b, idf)] as const;
      })
      .filter(([, s]) => s > 0)
      .sort((x, y) => y[1] - x[1])
      .slice(0, NEIGHBOURS);
    for (const [other, s] of scored) {
      link(id, other, s);
      link(other, id, s);
    }
  }

  return {
    /** The corpus's stories now, newest first: the corpus's new and changed articles are read first. */
    update(corpus: Corpus): Story[] {
      for (const id of [...profiles.keys()])
        if (!corpus.sources.has(id) || statementsOf.get(id) !== corpus.bySource.get(id)) forget(id);
      const added: string[] = [];
      for (const id of corpus.sources.keys()) {
        if (profiles.has(id)) continue;
        profiles.set(id, readStoryProfile(corpus, id)!);
        statementsOf.set(id, corpus.bySource.get(id));
        added.push(id);
      }
      for (const id of added)
        for (const n of profiles.get(id)!.profile.names) {
          const list = byName.get(n.name);
          if (!list) byName.set(n.name, [id]);
          else list.splice(position(list, id), 0, id);
        }
      for (const id of added) findNeighbours(id, corpus.idf);
      return cluster(corpus);
    },
  };

  function cluster(corpus: Corpus): Story[] {
    const ids = [...corpus.sources.keys()];
    const index = new Map(ids.map((id, i) => [id, i]));
    const graph: Edges = new Map();
    for (const [a, near] of edges) {
      const m = new Map<number, number>();
      for (const [b, s] of near) m.set(index.get(b)!, s);
      graph.set(index.get(a)!, m);
    }
    const list = ids.map((id) => profiles.get(id)!);
    const linked = averageLinkage(ids.length, graph, options.linkMin ?? STORY_LINK_MIN);
    const groups = options.rivals === false ? linked : linked.flatMap((g) => splitRivals(g, list));
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
}

export type StoryIndex = ReturnType<typeof createStoryIndex>;

function dateKey(p: StoryProfile): string {
  return p.profile.published ?? '';
}

/**
 * Average-linkage agglomerative clustering on a sparse similarity graph (a missing pair counts 0):
 * repeatedly joins the two groups with the highest mean pair similarity while it is at least `min`.
 * Keeps, per group, the sum of similarities to each neighbouring group, and the candidate joins in a
 * priority queue whose entries go stale when either group changes (a version per group): a join
 * costs the two groups' neighbourhoods and a few queue operations, not a scan of every pair.
 */
export function averageLinkage(n: number, edges: Edges, min: number): number[][] {
  const members = new Map<number, number[]>();
  const sums = new Map<number, Map<number, number>>();
  const version = new Uint32Array(n);
  // Each queued join: its two groups and their versions when it was queued.
  const joins: Array<[number, number, number, number]> = [];
  const queue = new FlatQueue<number>();
  const mean = (a: number, b: number) => (sums.get(a)?.get(b) ?? 0) / (members.get(a)!.length * members.get(b)!.length);
  const offer = (a: number, b: number) => {
    const m = mean(a, b);
    if (m < min) return;
    joins.push([a, b, version[a]!, version[b]!]);
    queue.push(joins.length - 1, -m);
  };
  for (let i = 0; i < n; i++) {
    members.set(i, [i]);
    sums.set(i, new Map(edges.get(i) ?? []));
  }
  for (const [a, near] of sums) for (const b of near.keys()) if (b > a) offer(a, b);
  while (queue.length) {
    const [a, b, va, vb] = joins[queue.pop()!]!;
    if (!members.has(a) || !members.has(b) || version[a] !== va || version[b] !== vb) continue;
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
    version[a]!++;
    for (const c of nearA.keys()) offer(a, c);
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
    // Time first: it is cheap, and nearly every article is close to another of its group.
    const published = profiles[i]!.profile.published;
    const gaps = group
      .filter((j) => j !== i)
      .map((j) => monthsBetween(published, profiles[j]!.profile.published))
      .filter((g): g is number => g !== null)
      .map(Math.abs);
    const late = gaps.length > 0 && Math.min(...gaps) > LOOK_BACK_MONTHS;
    if (!late) {
      kept.push(i);
      return;
    }
    const lead = leads[k]!;
    const others = leads.filter((_, m) => m !== k);
    const given = (name: string, list: string[]) => list.some((n) => isSameName(n, name));
    const expected = [...new Set(others.flat())].filter(
      (name) => others.filter((l) => given(name, l)).length >= SUBJECT_SHARE * others.length,
    );
    const missing = expected.some((name) => !given(name, lead));
    const ownName = lead.some((name) => !others.some((l) => given(name, l)));
    if (missing && ownName) rivals.push([i]);
    else kept.push(i);
  });
  return kept.length ? [kept, ...rivals] : rivals;
}

function toStory(ids: string[], corpus: Corpus, edges: Map<string, Map<string, number>>): Story {
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
    title: corpus.sources.get(centre(ids, edges))!.headline,
    articles,
    outlets: voices.size,
    first: articles[0]!.published,
    last: articles[articles.length - 1]!.published,
  };
}

/** The article most like the others of its story (highest sum of kept similarities), the earliest on a tie. */
function centre(ids: string[], edges: Map<string, Map<string, number>>): string {
  if (ids.length === 1) return ids[0]!;
  const inStory = new Set(ids);
  let best = ids[0]!;
  let bestSum = -1;
  for (const id of ids) {
    let sum = 0;
    for (const [other, s] of edges.get(id) ?? []) if (inStory.has(other)) sum += s;
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
