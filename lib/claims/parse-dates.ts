import * as chrono from 'chrono-node';
import type { DateMention } from '../types';
import { NUMBER_PATTERN, parseNumber } from './parse-number';
import { parseTimes, type TimeSpan } from './parse-times';

/**
 * Finds the calendar dates a statement mentions, resolved against the article's own
 * publication date (`reference`, ISO): "Jan. 2" in a February 2015 article is 2015-01-02,
 * "last month" is January 2015, "on Thursday" keeps its weekday. Uses chrono-node for the
 * date grammar; bare years ("in 2010") are read here, chrono does not take them alone.
 * Relative spans ("five years after") are left out: they are gaps, not dates.
 */
const RELATIVE_PERIOD = /^(?:last|this|next|past)\s+(?:month|year|week)$|^(?:yesterday|today|tomorrow)$/i;
// A weekday with its part of the day or hour ("on Monday evening", "Tuesday at 6 p.m.") is still that day.
const WEEKDAY =
  /^(?:on\s+)?(?:last\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s+(?:morning|afternoon|evening|night)|\s+at\s+[\d:.]+\s*(?:a\.?m\.?|p\.?m\.?)?|\s+(?:noon|midnight))?$/i;
const SPAN_LENGTH = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|\d+)\s+(?:days?|weeks?|months?|years?)`;
/** "for five days", "six weeks after": a length of time, not a point in it. */
const SPAN_WORDS = String.raw`(?:in|within|for|over|after)\s+${SPAN_LENGTH}|${SPAN_LENGTH}\s+(?:before|after|later|earlier)`;
/** chrono's whole result is a span ("two days on" too, which is not blanked: "on" may open a date). */
const SPAN = new RegExp(String.raw`^(?:${SPAN_WORDS}|${SPAN_LENGTH}\s+on)$`, 'i');
const SPAN_IN_TEXT = new RegExp(String.raw`\b(?:${SPAN_WORDS})\b`, 'gi');
const PART_OF_DAY_OF = /\b(?:early|late)?\s*(?:morning|afternoon|evening|night)\s+of(?=\s+(?:[A-Z]|\d))/gi;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function parseDates(text: string, reference: string | null): DateMention[] {
  const times = parseTimes(text);
  const blanked = blankTimes(text, times);
  return withTimes(blanked, readDates(blanked, reference), times);
}

function readDates(text: string, reference: string | null): DateMention[] {
  const instant = reference ? referenceInstant(reference) : new Date(0);
  const found: DateMention[] = [];
  // Spans are blanked before chrono reads the text (same length, so positions hold): chrono would
  // otherwise take "Thursday, two days after the vote" as one relative date and lose the day.
  // "the afternoon of Aug. 3" is Aug. 3: chrono reads it as the afternoon of the article's own day.
  const unspanned = text
    .replace(SPAN_IN_TEXT, (m) => ' '.repeat(m.length))
    .replace(PART_OF_DAY_OF, (m) => ' '.repeat(m.length));
  for (const r of chrono.parse(unspanned, { instant }, { forwardDate: false })) {
    const day = r.start.isCertain('day');
    const month = r.start.isCertain('month');
    // chrono keeps a trailing comma ("on Thursday, two days after").
    // A blanked time of day leaves spaces at its end ("on Monday      , flooding").
    const spoken = r.text
      .trim()
      .replace(/[,;:.]+$/, '')
      .trimEnd();
    const weekday = WEEKDAY.exec(spoken);
    const relative = RELATIVE_PERIOD.test(spoken);
    if (!day && !month && !weekday && !relative) continue;
    // Without the article's own date, "last month", "on Thursday" or "January 2" (no year) cannot be placed.
    if (!reference && (weekday || relative || !r.start.isCertain('year'))) continue;
    if (/^(?:now|right now|currently|today|tonight)$/i.test(r.text.trim())) continue;
    // "may" and "march" in lowercase are a verb, not the month ("aged 18-30 may sign").
    if (/\b(?:may|march)\b/.test(r.text)) continue;
    // Clock-time offsets ("for a second", "in an hour") are not calendar dates.
    if (/\b(?:seconds?|minutes?|hours?|moments?)\b/i.test(r.text)) continue;
    // Spans are gaps, not dates: "risen 47 percent in two weeks", "for five days", "three days
    // before returning", "six weeks after the collision". ("Three days ago" dates from the article's own day.)
    if (SPAN.test(r.text.trim())) continue;
    const date = r.start.date();
    // A weekday alone is only a date when the article's own day is known; else it names the week of its month.
    if (weekday && (!reference || reference.length < 10)) {
      found.push({
        iso: (reference ?? isoOf(date)).slice(0, 7),
        precision: 'month',
        text: spoken,
        start: r.index,
        weekday: WEEKDAYS.indexOf(weekday[1]!.toLowerCase()),
      });
      continue;
    }
    const iso = weekday
      ? weekdayIso(reference!, WEEKDAYS.indexOf(weekday[1]!.toLowerCase()), FUTURE.test(text))
      : isoOf(date);
    const precision =
      day || (relative && /yesterday|today|tomorrow|week/i.test(r.text))
        ? 'day'
        : month || relative
          ? /year/i.test(r.text)
            ? 'year'
            : 'month'
          : 'day';
    found.push({
      iso: precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4),
      precision: weekday ? 'day' : precision,
      text: spoken,
      start: r.index,
      weekday: weekday ? WEEKDAYS.indexOf(weekday[1]!.toLowerCase()) : null,
    });
  }
  for (const m of text.matchAll(
    /\b(?:in|since|from|until|by|of|during|before|after)\s+((?:18|19|20)\d{2})\b(?!\s*(?:-|–)\s*\d)/gi,
  )) {
    const start = m.index! + m[0].length - m[1]!.length;
    if (found.some((d) => start >= d.start && start < d.start + d.text.length)) continue;
    found.push({ iso: m[1]!, precision: 'year', text: m[1]!, start, weekday: null });
  }
  // "five years ago" dates an event back from the article's own date; "on Jan. 2, five years after
  // the proposal" dates the proposal back from the sentence's own date.
  for (const m of text.matchAll(new RegExp(String.raw`\b(${NUMBER_PATTERN})[- ]years?\s+(ago|after)\b`, 'gi'))) {
    const years = parseNumber(m[1]!);
    if (!years || years[0] !== years[1] || years[0] > 200) continue;
    const anchor =
      m[2]!.toLowerCase() === 'ago'
        ? reference
        : (found.find((d) => d.precision !== 'year' && d.weekday === null)?.iso ?? null);
    if (!anchor) continue;
    const year = String(Number(anchor.slice(0, 4)) - years[0]);
    found.push({ iso: year, precision: 'year', text: m[0], start: m.index!, weekday: null });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The text with its times of day as spaces (same length, so positions hold): chrono reads "at
 * 10:45 p.m. on Tuesday" as a time whose day is uncertain and the day is lost; the times are read
 * by parseTimes and put back on their days by withTimes.
 */
function blankTimes(text: string, times: TimeSpan[]): string {
  let out = text;
  for (const [from, to] of times.flatMap((t) => t.blank))
    out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  return out;
}

/** What may stand between a time and its day: "at 7:30 a.m. on Monday", "the afternoon of Aug. 3", "Tuesday at 6 p.m.". */
const TIME_TO_DAY = /^[\s,]*(?:(?:on|of|at|the|in)\s+)*(?:on|of|at)?$/i;

/**
 * Each time of day on the day it is said with: the day written next to it ("shortly before dawn
 * on Thursday", "Tuesday at 6 p.m.", "last night"), else the sentence's only day ("On Monday,
 * the ship hit the cranes at 7:30 a.m."). A time with no day is a mention of its own.
 */
function withTimes(blanked: string, dates: DateMention[], times: TimeSpan[]): DateMention[] {
  const days = dates.filter((d) => d.precision === 'day' || (d.weekday !== null && d.precision === 'month'));
  const out = dates.map((d) => ({ ...d }));
  const dayOf = (d: DateMention) => out[dates.indexOf(d)]!;
  const unplaced: Array<TimeSpan & { time: NonNullable<TimeSpan['time']> }> = [];
  for (const t of times) {
    if (!t.time) continue;
    const end = t.start + t.time.text.length;
    // The nearest day it may be said with (its own words when they overlap: "early Thursday morning").
    const gaps = days
      .map((d) => {
        const [from, to] = [d.start, d.start + d.text.length];
        // Measured on the blanked text: a bracketed equivalent ("6 p.m. local time (noon EDT) on Friday") is no gap.
        const gap = from >= end ? blanked.slice(end, from) : to <= t.start ? blanked.slice(to, t.start) : '';
        return { d, gap };
      })
      .filter(({ gap }) => gap.length <= 12 && TIME_TO_DAY.test(gap));
    const next = gaps.sort((a, b) => a.gap.trim().length - b.gap.trim().length)[0]?.d;
    if (next && !dayOf(next).time) dayOf(next).time = t.time;
    else if (!next) unplaced.push(t as (typeof unplaced)[number]);
  }
  const only = days.length === 1 ? dayOf(days[0]!) : null;
  for (const t of unplaced) {
    if (only && !only.time) only.time = t.time;
    else out.push({ iso: '', precision: 'time', text: t.time.text, start: t.start, weekday: null, time: t.time });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A weekday the article names without a date: news reports what happened, so it is the latest such
 * day up to the article's own ("on Friday" in a Tuesday article is four days before), unless the
 * statement speaks of what is to come ("will resume on Thursday"), then the next one. chrono picks
 * the nearest in either direction, which puts past events in the future half the time.
 */
const FUTURE =
  /\b(?:will|shall|is\s+due|are\s+due|is\s+expected|are\s+expected|is\s+scheduled|are\s+scheduled|is\s+set\s+to|are\s+set\s+to|plans?\s+to|is\s+to|are\s+to|next)\b/i;

function weekdayIso(reference: string, weekday: number, future: boolean): string {
  const ref = new Date(`${reference.slice(0, 10)}T12:00:00Z`);
  const delta = future ? (weekday - ref.getUTCDay() + 7) % 7 : -((ref.getUTCDay() - weekday + 7) % 7);
  return new Date(ref.getTime() + delta * 86_400_000).toISOString().slice(0, 10);
}

/** Noon of the reference day, so a month-only reference ("2015-02") resolves mid-month. */
function referenceInstant(reference: string): Date {
  const [y, m = '07', d = m === '07' && reference.length === 4 ? '01' : '15'] = reference.split('-');
  return new Date(`${y}-${m}-${reference.length >= 10 ? d : '15'}T12:00:00Z`);
}

function isoOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
