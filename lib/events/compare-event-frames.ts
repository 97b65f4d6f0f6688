import type { DateMention } from '../types';
import type { DatedAct, EventFrame } from './read-event-frame';
import type { EventProfile } from './build-event-profile';
import { isSameName } from './find-key-names';

/** Why two statements are taken to report the same act, or different ones. */
export type EventEvidence =
  /** One kind of act on two dates too far apart for a misreported day: two acts ("signed" in March and in July). */
  | { kind: 'same-act-other-date'; act: string; page: string; source: string; daysApart: number }
  /** The dates belong to different acts ("wedged on March 23", "freed on March 29"): not the same attribute. */
  | { kind: 'other-act'; page: { act: string; date: string }; source: { act: string; date: string } }
  /** Dates months apart whose acts are unknown: reports get a day wrong, not half a year. */
  | { kind: 'far-dates'; page: string; source: string; daysApart: number }
  /** The same kind of act on the same date, or on dates close enough to be one act misreported. */
  | { kind: 'same-act'; act: string; daysApart: number }
  /** The statement names a key name of its own document the other document never names (another ship, another company). */
  | { kind: 'other-subject'; side: 'page' | 'source'; names: string[] }
  /** The statement names a key name of the other document that is not just the setting (the subject, not the canal). */
  | { kind: 'shared-subject'; names: string[] }
  /** Two subjects of the same act that differ ("Putin signed" vs "Medvedev signed"). */
  | { kind: 'other-actor'; act: string; page: string; source: string }
  /** The documents as wholes report different events (sameEventScore below OTHER_EVENT_MAX). */
  | { kind: 'other-document-event'; score: number };

export interface EventComparison {
  relation: 'same' | 'different' | 'unknown';
  evidence: EventEvidence[];
}

export interface EventContext {
  /** The two documents' profiles, for names the statements' documents key on. */
  pageProfile?: EventProfile;
  sourceProfile?: EventProfile;
  /** The documents' same-event score (sameEventScore), when known. */
  sameEvent?: number;
  /** Similarity of two canonical terms (word vectors), to take near-synonym acts as one kind ("lodged", "wedged"). */
  similarity?: (a: string, b: string) => number;
}

/** Days a misreported date of one act can be off by (a digit, a time zone, a week): past it, another act. */
export const SAME_ACT_MAX_DAYS = 31;
/** Dates of unknown acts further apart than this are taken as different events (the engine's earlier rule: 6 months). */
export const FAR_DATES_DAYS = 183;
/** Word similarity from which two act lemmas are one kind of act. */
export const SAME_ACT_SIMILARITY = 0.6;
/** Below this document same-event score, a page and a source are about different events (fitted: see README's events section). */
export const OTHER_EVENT_MAX = 0.1;
/** A name in at least this share of a document's statements is its setting (the canal, the country), not a subject. */
export const SETTING_SHARE = 0.4;
/** The names a document is taken to be about when a statement of it names none: its most-named ones. */
export const TOP_NAMES = 3;

/**
 * Whether a page statement and a source statement report the same act: from the acts their dates
 * belong to, their names against both documents' key names, and the documents' same-event score.
 * 'different' means a differing value between them is not a conflict.
 */
export function compareEventFrames(page: EventFrame, source: EventFrame, context: EventContext = {}): EventComparison {
  const evidence: EventEvidence[] = [
    ...compareDatedActs(page, source, context),
    ...compareNames(page, source, context),
  ];
  const actor = otherActor(page, source, context);
  if (actor) evidence.push(actor);
  const sharedSubject = evidence.some((e) => e.kind === 'shared-subject');
  const same = sharedSubject || evidence.some((e) => e.kind === 'same-act');
  // A document that names nothing (a one-line page) gives the score nothing to tell events apart by.
  const named = (context.pageProfile?.names.length ?? 0) > 0 && (context.sourceProfile?.names.length ?? 0) > 0;
  if (!same && named && context.sameEvent !== undefined && context.sameEvent < OTHER_EVENT_MAX)
    evidence.push({ kind: 'other-document-event', score: context.sameEvent });
  // Another subject outweighs one act on one date (two firms can both report on a Tuesday); a shared subject outweighs it.
  // Two subjects of one act are a feature for the judge, not a verdict: the cheap subject is often a
  // title or a place ("Court Judge Robert Sweet" vs "Manhattan": 24 MRPC paraphrases set apart).
  const different = evidence.some(
    (e) =>
      e.kind === 'other-act' ||
      e.kind === 'same-act-other-date' ||
      e.kind === 'far-dates' ||
      e.kind === 'other-document-event' ||
      (e.kind === 'other-subject' && !sharedSubject),
  );
  const relation = different ? 'different' : same ? 'same' : 'unknown';
  return { relation, evidence };
}

function compareDatedActs(page: EventFrame, source: EventFrame, context: EventContext): EventEvidence[] {
  const out: EventEvidence[] = [];
  // A year alone dates too many acts to tell one from another; a weekday alone has no day.
  const usable = (d: DatedAct) =>
    d.date.precision !== 'year' && !(d.date.weekday !== null && d.date.precision !== 'day');
  for (const p of page.dated) {
    if (!usable(p)) continue;
    let best: EventEvidence | null = null;
    for (const s of source.dated) {
      if (!usable(s)) continue;
      const found = compareDatedAct(p, s, context);
      // The same act wins: a sentence dates several acts, and one agreeing pair is the comparison.
      if (found && (!best || found.kind === 'same-act')) best = found;
    }
    if (best) out.push(best);
  }
  return out.some((e) => e.kind === 'same-act') ? out.filter((e) => e.kind === 'same-act') : out;
}

function compareDatedAct(p: DatedAct, s: DatedAct, context: EventContext): EventEvidence | null {
  const days =
    p.date.precision === 'time' || s.date.precision === 'time'
      ? timedDaysApart(p.date, s.date)
      : daysApart(p.date, s.date);
  // A date of saying is when a report was made, not when the act happened: it tells nothing of the act.
  if (days === null || p.reporting || s.reporting) return null;
  const pTerms = [p.act, p.noun].filter((t): t is string => t !== null);
  const sTerms = [s.act, s.noun].filter((t): t is string => t !== null);
  const shared = pTerms.find((t) =>
    sTerms.some((u) => u === t || (context.similarity?.(t, u) ?? 0) >= SAME_ACT_SIMILARITY),
  );
  if (shared) {
    return days > SAME_ACT_MAX_DAYS
      ? { kind: 'same-act-other-date', act: shared, page: p.date.iso, source: s.date.iso, daysApart: days }
      : { kind: 'same-act', act: shared, daysApart: days };
  }
  // Two verbs, neither a verb of saying, of different kinds: the dates are of different acts.
  if (p.act && s.act && !p.reporting && !s.reporting && days > 0)
    return { kind: 'other-act', page: { act: p.act, date: p.date.iso }, source: { act: s.act, date: s.date.iso } };
  if (days > FAR_DATES_DAYS) return { kind: 'far-dates', page: p.date.iso, source: s.date.iso, daysApart: days };
  return null;
}

/**
 * A time of day said without a day ("crashed at 10:50 a.m.") against another time: as far as the
 * frames can tell, the same day, so one kind of act at two times is one act timed twice. Against
 * a day without a time it is not compared (it could be any day's).
 */
function timedDaysApart(a: DateMention, b: DateMention): number | null {
  return a.time && b.time ? 0 : null;
}

/** Days between two dates at the precision both give (a month against a day counts from the day to the month's nearest day); null when not comparable. */
export function daysApart(a: DateMention, b: DateMention): number | null {
  const range = (d: DateMention): [number, number] => {
    const [y, m, day] = d.iso.split('-').map(Number) as [number, number | undefined, number | undefined];
    if (day !== undefined) {
      const t = Date.UTC(y, m! - 1, day);
      return [t, t];
    }
    if (m !== undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 0)];
    return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
  };
  const [a0, a1] = range(a);
  const [b0, b1] = range(b);
  const gap = Math.max(0, a0 - b1, b0 - a1);
  return Math.round(gap / 86_400_000);
}

function compareNames(page: EventFrame, source: EventFrame, context: EventContext): EventEvidence[] {
  const { pageProfile, sourceProfile } = context;
  if (!pageProfile || !sourceProfile) return [];
  const out: EventEvidence[] = [];
  const count = countOf;
  // A name in most of a document's statements is its setting (the canal, the country); the others say what it is about.
  const subjects = (frame: EventFrame, own: EventProfile) =>
    frame.names.filter((n) => count(own, n) < Math.max(2, SETTING_SHARE * own.statements));
  const pageSubjects = subjects(page, pageProfile);
  // A source statement naming no subject is about its document's subject (its most-named names).
  const sourceNamed = subjects(source, sourceProfile);
  const sourceSubjects = [
    ...source.names,
    ...(sourceNamed.length > 0 ? [] : sourceProfile.names.slice(0, TOP_NAMES).map((n) => n.name)),
  ];
  const shared = pageSubjects.filter((n) => sourceSubjects.some((m) => isSameName(n, m)));
  if (shared.length > 0) return [{ kind: 'shared-subject', names: shared }];
  // Names its own document keys on (named twice or more) that the other document never names: another ship, another firm.
  const only = (names: string[], own: EventProfile, other: EventProfile) =>
    names.filter((n) => count(own, n) >= 2 && count(other, n) === 0);
  const pageOnly = only(pageSubjects, pageProfile, sourceProfile);
  const sourceOnly = only(sourceNamed, sourceProfile, pageProfile);
  if (pageOnly.length > 0) out.push({ kind: 'other-subject', side: 'page', names: pageOnly });
  if (sourceOnly.length > 0) out.push({ kind: 'other-subject', side: 'source', names: sourceOnly });
  return out;
}

/** How often a document names `name` (memoised per profile: each candidate asks again). */
function countOf(profile: EventProfile, name: string): number {
  let counts = COUNTS.get(profile);
  if (!counts) COUNTS.set(profile, (counts = new Map()));
  let n = counts.get(name);
  if (n === undefined) counts.set(name, (n = profile.names.find((m) => isSameName(name, m.name))?.count ?? 0));
  return n;
}

const COUNTS = new WeakMap<EventProfile, Map<string, number>>();

/** The same act done by two different named subjects: two acts ("Putin signed" vs "Biden signed"). */
function otherActor(page: EventFrame, source: EventFrame, context: EventContext): EventEvidence | null {
  if (!page.subject || !source.subject || isSameName(page.subject, source.subject)) return null;
  // Both subjects must be names the other statement does not mention at all.
  if (source.names.some((n) => isSameName(n, page.subject!)) || page.names.some((n) => isSameName(n, source.subject!)))
    return null;
  const act = page.acts[0];
  const other = source.acts[0];
  if (!act || !other || !(act === other || (context.similarity?.(act, other) ?? 0) >= SAME_ACT_SIMILARITY)) return null;
  return { kind: 'other-actor', act, page: page.subject, source: source.subject };
}
