import type { DateMention, Statement } from '../types';
import { canonicalTerm } from '../text/normalize-terms';
import { findKeyNames } from './find-key-names';
import { withoutAttribution } from '../text/without-attribution';
import { findPredicates, type Predicate } from './find-predicates';

/** A date of a statement with the act it dates: "signed on July 8", "the January 2 decree", "a hearing on May 22". */
export interface DatedAct {
  date: DateMention;
  /** The predicate nearest the date ("sign"), or null when none is near. */
  act: string | null;
  /** Whether that predicate is a verb of saying: the date is when something was said. */
  reporting: boolean;
  /** The noun the date modifies or follows ("decree" in "the January 2 decree", "hearing" in "a hearing on May 22"), or null. */
  noun: string | null;
}

/** What act a statement reports, when, and who takes part: read cheaply from its text. */
export interface EventFrame {
  /** Canonical terms of the statement's predicates (verbs of saying left out), in text order. */
  acts: string[];
  /** The acts stated in a past form ("signed", "ran aground"): acts done at a time. */
  pastActs: string[];
  dated: DatedAct[];
  /** Names in the statement (lowercase keys, see findKeyNames). */
  names: string[];
  /** The name right before the first act ("Putin" in "Putin signed"), a cheap grammatical subject, or null. */
  subject: string | null;
}

/** Words between a date and its predicate: more than this and the date belongs to no verb we found. */
const MAX_ACT_DISTANCE = 8;
/** A comma or a relative pronoun between a date and a verb counts as this many words. */
const CLAUSE_BREAK = 3;
/** A verb after the date is the less likely head: English puts the date after its verb ("signed ... on July 8"). */
const AFTER_PENALTY = 2;
const NOT_NOUNS =
  /^(?:and|or|but|to|of|in|on|at|for|with|from|by|as|the|a|an|that|which|who|when|after|before|since|until|last|next|this|is|was|were|are|had|has|have|will|would|it|its|he|she|they|we|year|month|week|day|morning|evening|night|afternoon|local|time|gmt|utc|edt|est|p|m|am|pm|\d.*)$/i;

const frames = new WeakMap<Statement, EventFrame>();

/**
 * The event frame of a statement: its acts (predicate lemmas), each date with the act it dates,
 * its names and a subject. Memoised per statement object (corpus statements are judged against
 * many page statements). The dates come from the statement's features (lib/claims/parse-dates.ts).
 */
export function readEventFrame(statement: Statement): EventFrame {
  let frame = frames.get(statement);
  if (!frame) frames.set(statement, (frame = readFrame(statement.text, statement.features.dates)));
  return frame;
}

function readFrame(text: string, dates: DateMention[]): EventFrame {
  const predicates = findPredicates(text);
  // Who said it is the source of the claim, not its subject ("..., Egypt's President said on
  // Tuesday": the queue is not about the president).
  const names = findKeyNames(withoutAttribution(text));
  const dated = dates.map((date) => datedAct(text, date, predicates));
  const main = predicates.find((p) => !p.reporting) ?? null;
  return {
    acts: [...new Set(predicates.filter((p) => !p.reporting).map((p) => p.lemma))],
    pastActs: [...new Set(predicates.filter((p) => !p.reporting && p.past).map((p) => p.lemma))],
    dated,
    names,
    subject: main ? subjectBefore(text, main, names) : null,
  };
}

function datedAct(text: string, date: DateMention, predicates: Predicate[]): DatedAct {
  const end = date.start + date.text.length;
  let best: Predicate | null = null;
  let bestDistance = Infinity;
  for (const p of predicates) {
    const between = p.end <= date.start ? text.slice(p.end, date.start) : text.slice(end, p.start);
    // Names and figures inside the object ("the 200,000-tonne MV Ever Given") do not push the verb away.
    const words = (between.match(/\b[a-z]+\b/g) ?? []).length;
    const breaks = (between.match(/[,;(](?!\d)|\b(?:which|who|that|while|after|before|and)\b/g) ?? []).length;
    // A verb before the date is the likelier head ("signed ... on July 8"); after it, only across no clause break.
    const distance = words + breaks * CLAUSE_BREAK + (p.start >= end ? AFTER_PENALTY : 0);
    if (distance < bestDistance) [best, bestDistance] = [p, distance];
  }
  const act = best && bestDistance <= MAX_ACT_DISTANCE ? best : null;
  return { date, act: act?.lemma ?? null, reporting: act?.reporting ?? false, noun: nounAt(text, date) };
}

/** The noun a date modifies ("the January 2 decree", "Tuesday's vote") or follows ("a hearing on May 22"), as a canonical term. */
function nounAt(text: string, date: DateMention): string | null {
  const before = text.slice(0, date.start);
  // Only a date that opens a noun phrase modifies the next word: "signed on January 12 allows" does not.
  const modifier =
    /(?:^|\b(?:the|a|an|its|their|his|her|this|last|next))\s*$/i.test(before) &&
    !/^(?:on|in|of|since|by)\s/i.test(date.text);
  const after = /^(?:['’]s)?\s+([a-z]+)/.exec(text.slice(date.start + date.text.length));
  if (modifier && after && !NOT_NOUNS.test(after[1]!)) return canonicalTerm(after[1]!);
  const lead = /^(?:on|in|of)\s/i.test(date.text) ? `${date.text.split(/\s/)[0]!} ` : '';
  const follows = /(?:^|[^A-Za-z])([a-z]+)\s+(?:on|of|in)\s*$/.exec(before + lead);
  if (follows && !NOT_NOUNS.test(follows[1]!) && !/ed$/.test(follows[1]!)) return canonicalTerm(follows[1]!);
  return null;
}

/** The last name before the predicate within its clause. */
function subjectBefore(text: string, predicate: Predicate, names: string[]): string | null {
  const clause = text.slice(0, predicate.start).split(/[,;:]/).pop()!.toLowerCase();
  let best: string | null = null;
  let at = -1;
  for (const n of names) {
    const i = clause.lastIndexOf(n);
    if (i > at) [best, at] = [n, i];
  }
  return best;
}
