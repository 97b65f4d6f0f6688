import { describe, expect, it } from 'vitest';
import { parseTimes } from '../../lib/claims/parse-times';
import { parseDates } from '../../lib/claims/parse-dates';

/** A time as "text from–to" (minutes after midnight), with its zone when it has one. */
const show = (text: string) =>
  parseTimes(text)
    .filter((t) => t.time)
    .map(({ time }) => `${time!.text} ${time!.from}–${time!.to}${time!.zone ? ` ${time!.zone}` : ''}`);

describe('parseTimes: clock times and parts of the day, as wide as written', () => {
  it.each([
    // Clock times: a round time is a rounded one; a hedge widens it (election, crash, port, quake).
    ['The AP called the race at 10:45 p.m.', ['10:45 p.m. 1355–1375']],
    ['The AP declared the winner shortly before 11 p.m.', ['shortly before 11 p.m. 1350–1380']],
    ['The collision happened at about 7:30 a.m.', ['about 7:30 a.m. 435–465']],
    ['The ship hit the cranes at 07:30.', ['07:30 440–460']],
    ['The quake struck at 4:17 a.m.', ['4:17 a.m. 254–260']],
    ['Trading resumed at around 11am.', ['around 11am 630–690']],
    ['The first bus left at 19:40 GMT.', ['19:40 GMT 1175–1185 GMT']],
    ['Talks broke up just after midnight.', ['just after midnight 0–30']],
    ['Workers walked out at noon.', ['noon 705–735']],
    // Parts of the day (quake, wildfire, derailment, hostages, strike).
    ['The aftershock struck on Thursday afternoon.', ['afternoon 720–1080']],
    ['The aftershock hit shortly before dawn on Thursday.', ['shortly before dawn 180–450']],
    ['The quake struck before dawn on Tuesday.', ['before dawn 0–420']],
    ['Cars derailed early Thursday morning.', ['early Thursday morning 0–540']],
    ['The train left the track late on Sunday.', ['late on Sunday 1080–1560']],
    ['Picket lines went up in the early hours of Monday.', ['early hours 0–360']],
    ['Rebels shelled the town overnight.', ['overnight 1260–1800']],
    ['The blaze was first reported on the afternoon of Aug. 3.', ['afternoon 720–1080']],
  ])('%s', (text, want) => expect(show(text)).toEqual(want));

  it.each([
    // A bound or a deadline is no time of the event; scores, race times and a bare "7:30" are no time at all.
    ['Hikers were urged to turn back by 2 p.m.'],
    ['Polls stay open until 8 p.m.'],
    ['The home side won 3:1 after extra time.'],
    ['She won the marathon in 2:03:45.'],
    ['The meeting is at 7:30.'],
    // A part of the day as a name or a kind of thing (television, a shift, a news show).
    ['Saturday Night Live mocked the candidates.'],
    ['The night shift walked out.'],
    ['He reads the morning papers.'],
  ])('%s: none', (text) => expect(show(text)).toEqual([]));

  it('keeps the first of two equivalents in other zones, and its zone', () => {
    expect(show('The quake struck at 6 p.m. local time (noon EDT).')).toEqual(['6 p.m. local time 1065–1095 LOCAL']);
  });
});

describe('parseDates: a time of day on its day', () => {
  const read = (text: string, ref: string) =>
    parseDates(text, ref).map((d) => `${d.iso || '-'} ${d.precision}${d.time ? ` @ ${d.time.text}` : ''}`);
  it.each([
    // chrono alone reads "at 10:45 p.m. on Tuesday" as a time of an uncertain day and loses the day.
    ['The Associated Press called the race at 10:45 p.m. on Tuesday.', '2022-12-07', ['2022-12-06 day @ 10:45 p.m.']],
    ['The ship hit the cranes at 07:30 on 2 May.', '2022-05-03', ['2022-05-02 day @ 07:30']],
    ['Twenty-two cars derailed on Sunday night.', '2022-09-13', ['2022-09-11 day @ night']],
    ['A levee failed on Monday night, flooding 300 homes.', '2023-08-29', ['2023-08-28 day @ night']],
    ['The strike began Tuesday at 6 a.m., the union said.', '2023-07-05', ['2023-07-04 day @ 6 a.m.']],
    [
      'The quake struck at 6 p.m. local time (noon EDT) on Friday.',
      '2023-03-18',
      ['2023-03-17 day @ 6 p.m. local time'],
    ],
    // The sentence's only day dates a time said apart from it (a trial, markets).
    ['On Thursday, the jury returned its verdict at about 3 p.m.', '2023-11-03', ['2023-11-02 day @ about 3 p.m.']],
    // "last night" names its day too.
    ['Protesters clashed with police last night.', '2023-03-24', ['2023-03-23 day @ night']],
    // No day written: a mention of its own.
    ['The plane crashed at 10:50 a.m.', '2022-10-18', ['- time @ 10:50 a.m.']],
    // Two days: a time goes with the day next to it only.
    [
      'Shares fell on Monday and rebounded on Tuesday afternoon.',
      '2023-03-15',
      ['2023-03-13 day', '2023-03-14 day @ afternoon'],
    ],
  ])('%s', (text, ref, want) => expect(read(text, ref)).toEqual(want));
});
