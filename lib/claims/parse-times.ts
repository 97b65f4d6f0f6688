import type { TimeOfDay } from '../types';

/**
 * Finds the times of day a statement gives an event: clock times ("at 10:45 p.m.", "07:30",
 * "19:40 GMT", "noon", "midnight"), parts of the day ("on Thursday afternoon", "before dawn",
 * "overnight", "late on Sunday") and their hedges ("about 7:30", "shortly before 11 p.m.").
 * Each becomes the span of minutes it allows (TimeOfDay), wide as its written precision: news
 * rounds times, and two reports of one event give its time in different words.
 */
export interface TimeSpan {
  /** Null for a clock time that bounds a span rather than dates the event ("by 2 p.m."): only blanked. */
  time: TimeOfDay | null;
  /** Offset of `time.text` in the statement. */
  start: number;
  /**
   * Words to hide from the date parser (chrono reads "at 10:45 p.m. on Tuesday" as no day): the
   * time's own words, and clock times not read (bounds like "by 2 p.m.").
   */
  blank: Array<[number, number]>;
}

const DAY = 1440;

/** Where each part of the day lies, in minutes after midnight (past 1440: into the next morning). */
const PARTS: Record<string, [number, number]> = {
  'early hours': [0, 360],
  predawn: [0, 420],
  dawn: [270, 450],
  'early morning': [0, 540],
  morning: [300, 720],
  'mid-morning': [540, 690],
  'late morning': [540, 720],
  midday: [660, 840],
  'early afternoon': [720, 900],
  afternoon: [720, 1080],
  'mid-afternoon': [840, 990],
  'late afternoon': [900, 1110],
  'early evening': [1020, 1200],
  evening: [1020, 1380],
  'late evening': [1200, 1440],
  dusk: [990, 1290],
  night: [1080, 1800],
  'late night': [1260, 1680],
  overnight: [1260, 1800],
  // "late on Sunday", "early Thursday": the ends of the day.
  'late day': [1080, 1560],
  'early day': [0, 540],
};

/** Words for one part of the day ("daybreak" is dawn, "nightfall" dusk). */
const PART_WORDS: Record<string, string> = {
  dawn: 'dawn',
  daybreak: 'dawn',
  sunrise: 'dawn',
  'first light': 'dawn',
  dusk: 'dusk',
  sunset: 'dusk',
  nightfall: 'dusk',
  twilight: 'dusk',
  morning: 'morning',
  afternoon: 'afternoon',
  evening: 'evening',
  night: 'night',
  midday: 'midday',
};

const WEEKDAY = String.raw`(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)`;
const PART_NAME = String.raw`(?:morning|afternoon|evening|night)`;
const EDGE = String.raw`(?:early|late|mid-)`;
const SUN_WORD = String.raw`(?:dawn|daybreak|sunrise|first\s+light|dusk|sunset|nightfall|twilight|midday)`;
/** A hedge of a clock time or of dawn or dusk: "about", "shortly before", "just after". */
const HEDGE = String.raw`(?:about|around|approximately|roughly|some|nearly|almost|(?:shortly|just|soon|right|moments|minutes|a\s+little|sometime|immediately)\s+(?:before|after|past)|before|after|by|until|till|since|from|past)`;
const MERIDIEM = String.raw`(?:a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b)`;
/** Zone words: an identical word is the same clock; others are not converted. */
const ZONE = String.raw`(?:local\s+time|GMT|UTC|BST|CET|CEST|EET|EEST|EDT|EST|ET|CDT|CST|CT|MDT|MST|MT|PDT|PST|PT|IST|JST|AEST|AEDT|Z)`;

/** "10:45 p.m.", "11pm", "10.45pm", "07:30", "19:40 GMT", "0300 GMT", "noon", "midnight". */
const CLOCK = String.raw`(?<![\d:.])(?:\d{1,2}(?:[:.]\d{2})?\s*${MERIDIEM}|\d{1,2}:\d{2}(?![:\d])|[01]\d[0-5]\d(?=\s*(?:GMT|UTC|hrs\b|h\b))|noon|midnight)`;
const CLOCK_PHRASE = new RegExp(String.raw`\b(?:(${HEDGE})\s+)?(${CLOCK})(?:\s+(${ZONE})\b)?`, 'gi');
/** "Thursday afternoon", "on the afternoon of", "in the early hours", "late at night", "at dawn". */
const PART_PHRASE = new RegExp(
  String.raw`\b(?:` +
    // 1: edge, 2: part, after a weekday or a relative day ("yesterday", "last"), or "early Thursday morning".
    String.raw`(?:(?:${WEEKDAY}|yesterday|tomorrow|last|this)\s+(?:(${EDGE})\s*)?(${PART_NAME}))` +
    // 3: edge, 4: part: "in the morning", "on the afternoon of", "during the night", "late in the evening".
    String.raw`|(?:(?:in|on|during|through|into|overnight|throughout)\s+the\s+(?:(${EDGE})\s*)?(${PART_NAME})(?=\s+(?:of|on|hours|before|after)\b|[,.;]|$))` +
    // 5: edge, 6: part: "early Thursday morning", "late on Friday night".
    String.raw`|(?:(${EDGE})\s*(?:on\s+)?${WEEKDAY}\s+(${PART_NAME}))` +
    // 7: edge: "late on Sunday", "early Thursday" (the weekday follows).
    String.raw`|(?:(early|late)\s+(?:on\s+)?(?=${WEEKDAY}\b))` +
    // 8: "late at night", "at night".
    String.raw`|(?:(late\s+)?at\s+night)` +
    // 9: "in the early hours".
    String.raw`|(?:(?:in|during)\s+the\s+(early|small|wee)\s+hours)` +
    // 10: hedge, 11: sun word: "before dawn", "at daybreak", "shortly after sunset", "pre-dawn".
    String.raw`|(?:(?:at|(${HEDGE}))\s+(${SUN_WORD}))` +
    String.raw`|(pre-?dawn)` +
    // 13: "overnight" as an adverb of time ("struck overnight", "overnight into Friday").
    String.raw`|(overnight)(?=\s+(?:into|on|to|${WEEKDAY})\b|\s*[,.;]|\s+and\b|$)` +
    String.raw`)`,
  'gi',
);

export function parseTimes(text: string): TimeSpan[] {
  const spans: TimeSpan[] = [];
  for (const m of text.matchAll(CLOCK_PHRASE)) {
    const clock = readClock(m[2]!, m[3] ?? null);
    const start = m.index!;
    const blank: Array<[number, number]> = [[start, start + m[0].length]];
    // Ratios and scores ("won 3:1"), race times ("2:03:45") and a bare "7:30" (morning or evening) are no time.
    if (clock === null) continue;
    const time = hedged(clock, m[1] ?? null, m[3] ?? null);
    spans.push({ time: time && { ...time, text: m[0] }, start, blank });
  }
  for (const m of text.matchAll(PART_PHRASE)) {
    const part = readPart(m);
    // A capital part of the day is a name ("Saturday Night Live", "Thursday Night Football").
    if (!part || /\b(?:Morning|Afternoon|Evening|Night)\b/.test(m[0])) continue;
    const [word, hedge, words] = part;
    // The words start inside the match, or at it when they run past it ("late on" + "Sunday").
    const offset = m.index! + Math.max(0, m[0].indexOf(words));
    const [from, to] = hedgedPart(PARTS[word]!, hedge);
    // "last night", "yesterday afternoon" stay for the date parser: they name the day too.
    const namesDay = /^(?:yesterday|tomorrow|last)\b/i.test(m[0]);
    spans.push({
      time: { from, to, kind: 'part', zone: null, text: words },
      start: offset,
      blank: namesDay ? [] : withoutWeekdays(words, offset),
    });
  }
  spans.sort((a, b) => a.start - b.start);
  // A bracketed equivalent in another zone ("6 p.m. local time (noon EDT)") says the same time
  // again: it stays blanked (it is no date either), without a time of its own, and the first keeps
  // a zone ("local" when it names none), so a time in the other zone does not differ from it.
  return spans.map((s, i) => {
    const before = spans
      .slice(0, i)
      .reverse()
      .find((o) => o.time);
    if (!s.time || !before?.time || !isEquivalent(text, s.time, s.start, before)) return s;
    before.time = { ...before.time, zone: before.time.zone ?? 'LOCAL' };
    return { ...s, time: null };
  });
}

/** The ranges of a time's words to blank, its weekday kept for the date parser ("early Thursday morning", "late on Sunday"). */
function withoutWeekdays(words: string, offset: number): Array<[number, number]> {
  const day = new RegExp(String.raw`\b${WEEKDAY}\b`, 'i').exec(words);
  if (!day) return [[offset, offset + words.length]];
  return [
    [offset, offset + day.index],
    [offset + day.index + day[0].length, offset + words.length],
  ];
}

/** Whether a time is the one before it in another zone, in brackets or after "or" ("6 p.m. local time (noon EDT)"). */
function isEquivalent(text: string, time: TimeOfDay, start: number, before: TimeSpan): boolean {
  if (!before.time || (!time.zone && !before.time.zone && !/local\s+time/i.test(before.time.text))) return false;
  return /^\s*(?:\(|\[|,|\/|or)\s*$/i.test(text.slice(before.start + before.time.text.length, start));
}

/** Minutes after midnight a clock reading gives, or null when it is no time of day. */
function readClock(clock: string, zone: string | null): number | null {
  const lower = clock.toLowerCase();
  if (lower === 'noon') return 720;
  if (lower === 'midnight') return 0;
  const m = /^(\d{1,2})(?:[:.]?(\d{2}))?\s*(a|p)?/i.exec(lower)!;
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  if (minute > 59) return null;
  if (m[3]) {
    if (hour < 1 || hour > 12) return null;
    return (hour % 12) * 60 + minute + (m[3] === 'p' ? 720 : 0);
  }
  // Without a.m. or p.m., only a 24-hour reading is one time: "07:30", "19:40", "7:30 GMT".
  if (hour > 23 || !m[2]) return null;
  const written24 = /^0\d/.test(lower) || hour >= 13 || zone !== null || /^\d{4}$/.test(lower);
  return written24 ? hour * 60 + minute : null;
}

/**
 * The span a clock time allows: a round time is a rounded one ("11 p.m." ±15 minutes, "10:45" ±10,
 * "10:47" ±3), a hedge widens it ("about 7:30" ±15, "about 11" ±30), "shortly before 11" is the
 * half hour before it. Null for bounds ("by 2 p.m.", "until midnight"): a deadline or a window, not the event's time.
 */
function hedged(at: number, hedge: string | null, zone: string | null): Omit<TimeOfDay, 'text'> | null {
  const h = hedge?.toLowerCase().replace(/\s+/g, ' ') ?? null;
  const minute = at % 60;
  const round = minute === 0 ? 15 : minute % 15 === 0 ? 10 : minute % 5 === 0 ? 5 : 3;
  const zoneWord = zone ? zone.toUpperCase().replace(/\s+TIME$/, '') : null;
  const base = { kind: 'clock' as const, zone: zoneWord === 'LOCAL' ? null : zoneWord };
  if (!h) return { ...base, from: at - round, to: at + round };
  if (/^(?:about|around|approximately|roughly|some)$/.test(h))
    return { ...base, from: at - (minute === 0 ? 30 : 15), to: at + (minute === 0 ? 30 : 15) };
  if (/^(?:nearly|almost)$/.test(h) || /\s(?:before)$/.test(h)) return { ...base, from: at - 30, to: at };
  if (/\s(?:after|past)$/.test(h)) return { ...base, from: at, to: at + 30 };
  return null;
}

/** The part of the day a PART_PHRASE match names, its hedge, and its words as written. */
function readPart(m: RegExpMatchArray): [string, string | null, string] | null {
  const whole = m[0];
  // "early" + "morning" is "early morning"; "mid-" + "afternoon" is "mid-afternoon"; an edge no table row has is dropped.
  const withEdge = (edge: string | undefined, part: string) => {
    const [e, p] = [edge?.toLowerCase(), part.toLowerCase()];
    const name = e ? (e.endsWith('-') ? `${e}${p}` : `${e} ${p}`) : p;
    return Object.hasOwn(PARTS, name) ? name : p;
  };
  // The words from the edge or the part on: "Thursday afternoon" is "afternoon", "this early morning" "early morning".
  if (m[2]) return [withEdge(m[1], m[2]), null, whole.slice(whole.search(new RegExp(m[1] ? EDGE : PART_NAME, 'i')))];
  if (m[4]) return [withEdge(m[3], m[4]), null, whole.slice(whole.search(/the\s/i) + 4)];
  if (m[6]) return [withEdge(m[5], m[6]), null, whole];
  if (m[7])
    return [
      `${m[7].toLowerCase()} day`,
      null,
      whole + (m.input!.slice(m.index! + whole.length).match(new RegExp(String.raw`^${WEEKDAY}`, 'i'))?.[0] ?? ''),
    ];
  if (/at\s+night$/i.test(whole)) return [m[8] ? 'late night' : 'night', null, whole];
  if (m[9]) return ['early hours', null, whole.slice(whole.search(/the\s/i) + 4)];
  if (m[11]) {
    const word = PART_WORDS[m[11].toLowerCase().replace(/\s+/g, ' ')]!;
    const hedge = m[10]?.toLowerCase().replace(/\s+/g, ' ') ?? null;
    // "before dawn" is the dark hours before it; "by dawn", "since dawn", "until dusk" bound a span.
    if (hedge && /^(?:by|until|till|since|from)$/.test(hedge)) return null;
    if (hedge === 'before' && word === 'dawn') return ['predawn', null, whole];
    return [word, hedge, whole.replace(/^at\s+/i, '')];
  }
  if (m[12]) return ['predawn', null, whole];
  if (m[13]) return ['overnight', null, whole];
  return null;
}

/** "shortly before dawn" is the hour and a half before its earliest; "after dusk" the evening after it. */
function hedgedPart([from, to]: [number, number], hedge: string | null): [number, number] {
  if (!hedge || /^(?:about|around|approximately|roughly|some)$/.test(hedge)) return [from, to];
  if (/before$/.test(hedge) || /^(?:nearly|almost)$/.test(hedge)) return [from - 90, to];
  if (/(?:after|past)$/.test(hedge)) return [from, to + 90];
  return [from, to];
}

/** Whether a span of minutes runs past either end of its day (a night into the morning, a midnight). */
export function crossesMidnight(t: Pick<TimeOfDay, 'from' | 'to'>): boolean {
  return t.from < 0 || t.to > DAY;
}
