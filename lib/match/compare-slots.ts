import type { DateMention, Quantity, StatementFeatures } from '../types';
import { formatIsoDate, monthIndex } from '../dates/compare-periods';
import { UNBOUNDED } from '../claims/parse-quantities';

/** One typed value that two statements both give: the same, or different. */
export interface SlotFinding {
  slot: 'date' | Quantity['kind'];
  same: boolean;
  /** For dates, how many months apart they are (0 for other values). */
  monthsApart: number;
  /** How specific the value is: an exact day or amount says more than a year. */
  strength: 'strong' | 'medium' | 'weak';
  /** For a reader: "same date: 2 January 2015", "aged 20–40 vs 18–30". */
  text: string;
  /** The page's and the source's wording. */
  page: string;
  source: string;
}

/**
 * Compares the dates and quantities of two statements, slot by slot: only values of the same
 * kind and unit are compared (a count of men with a count of men, roubles with roubles), so
 * "tens of thousands each year" is never set against "six million".
 */
export function compareSlots(page: StatementFeatures, source: StatementFeatures): SlotFinding[] {
  return [...compareDates(page.dates, source.dates), ...compareQuantities(page.quantities, source.quantities)];
}

/**
 * Kinds of value both statements give that could not be compared (an amount in roubles and
 * one in dollars, counts of different things): the wording may match, the figures are unchecked.
 */
export function uncomparedKinds(page: StatementFeatures, source: StatementFeatures): Array<{ page: string; source: string }> {
  const out: Array<{ page: string; source: string }> = [];
  for (const p of page.quantities) {
    const sameKind = source.quantities.filter((s) => s.kind === p.kind);
    if (sameKind.length > 0 && !sameKind.some((s) => comparable(p, s))) out.push({ page: p.text, source: sameKind[0]!.text });
  }
  return out;
}

function compareDates(page: DateMention[], source: DateMention[]): SlotFinding[] {
  const findings: SlotFinding[] = [];
  for (const p of page) {
    let best: SlotFinding | null = null;
    for (const s of source) {
      const finding = compareDate(p, s);
      if (finding && (!best || (finding.same && !best.same))) best = finding;
    }
    if (best) findings.push(best);
  }
  // A sentence often dates several events; once one date agrees, the others are about other events.
  return findings.some((f) => f.same) ? findings.filter((f) => f.same) : findings;
}

function compareDate(p: DateMention, s: DateMention): SlotFinding | null {
  // A weekday without a date agrees with a day that falls on it in the same month.
  const weekdayOf = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay();
  if (p.weekday !== null && p.precision === 'month' && s.precision === 'day') {
    return s.iso.startsWith(p.iso) && weekdayOf(s.iso) === p.weekday ? same('date', `same day: ${s.text} was a ${weekdayName(p.weekday)}`, p, s, 'medium') : null;
  }
  if (s.weekday !== null && s.precision === 'month' && p.precision === 'day') {
    return p.iso.startsWith(s.iso) && weekdayOf(p.iso) === s.weekday ? same('date', `same day: ${p.text} was a ${weekdayName(s.weekday)}`, p, s, 'medium') : null;
  }
  if (p.weekday !== null || s.weekday !== null) return null;
  if (p.precision !== s.precision) {
    // A source's "September 21, 2022" confirms the page's "September 2022"; a source's "January 2015"
    // cannot confirm the page's "January 12": it is compatible, not evidence. Different months are not compared.
    if (p.iso.length > s.iso.length) return null;
    return s.iso.startsWith(p.iso) ? same('date', `same date: ${formatIsoDate(p.iso)}`, p, s, DATE_STRENGTH[p.precision]) : null;
  }
  if (p.iso === s.iso) return same('date', `same date: ${formatIsoDate(p.iso)}`, p, s, DATE_STRENGTH[p.precision]);
  return { slot: 'date', same: false, strength: DATE_STRENGTH[p.precision], monthsApart: Math.abs(monthIndex(p.iso) - monthIndex(s.iso)), text: `different date: ${formatIsoDate(p.iso)} vs ${formatIsoDate(s.iso)}`, page: p.text, source: s.text };
}

function same(slot: SlotFinding['slot'], text: string, p: { text: string }, s: { text: string }, strength: SlotFinding['strength']): SlotFinding {
  return { slot, same: true, strength, monthsApart: 0, text, page: p.text, source: s.text };
}

const DATE_STRENGTH = { day: 'strong', month: 'medium', year: 'weak' } as const;

function weekdayName(day: number): string {
  return ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][day]!;
}

function compareQuantities(page: Quantity[], source: Quantity[]): SlotFinding[] {
  const findings: SlotFinding[] = [];
  for (const p of page) {
    let best: SlotFinding | null = null;
    for (const s of source) {
      if (!comparable(p, s)) continue;
      const agrees = overlaps(p, s);
      // "$500" agrees with "$500 a month", but a figure conflicts only with one given for the same period.
      if (!agrees && p.per !== s.per) continue;
      const finding: SlotFinding = {
        slot: p.kind, same: agrees, monthsApart: 0,
        strength: p.approximate || s.approximate || p.kind === 'duration' || p.kind === 'percent' ? 'medium' : 'strong',
        text: agrees ? `same ${label(p)}: ${describe(s)}` : `${describe(p)} vs ${describe(s)}`,
        page: p.text, source: s.text,
      };
      if (!best || (agrees && !best.same)) best = finding;
    }
    if (best) findings.push(best);
  }
  return findings;
}

/** Same kind, same unit (currency, time unit, counted thing), same rate. */
function comparable(p: Quantity, s: Quantity): boolean {
  if (p.kind !== s.kind) return false;
  if (p.per !== s.per && p.per && s.per) return false;
  // A yearly flow and a stock are different quantities even of the same thing.
  if (p.kind === 'count' && p.per !== s.per) return false;
  if (p.kind === 'money' || p.kind === 'percent' || p.kind === 'age') return p.unit === s.unit;
  const [pu, ...pNoun] = p.unit.split(':');
  const [su, ...sNoun] = s.unit.split(':');
  if (p.kind === 'duration') return pu === su && (pNoun.length === 0 || sNoun.length === 0 ? false : pNoun.some((w) => sNoun.includes(w)));
  const pw = p.unit.split(':');
  const sw = s.unit.split(':');
  return pw.some((w) => sw.includes(w));
}

/** Two ranges agree when their ends agree; a single value agrees with a range that holds it. */
function overlaps(p: Quantity, s: Quantity): boolean {
  const slack = (q: Quantity) => (q.approximate ? 0.15 : 0.02) * (q.high === UNBOUNDED ? q.low : Math.max(Math.abs(q.low), Math.abs(q.high)));
  const near = (x: number, y: number) => Math.abs(x - y) <= Math.max(slack(p), slack(s));
  if (p.low !== p.high && s.low !== s.high && !p.approximate && !s.approximate) return near(p.low, s.low) && near(p.high, s.high);
  return p.low - slack(p) <= s.high + slack(s) && s.low - slack(s) <= p.high + slack(p);
}

function label(q: Quantity): string {
  return { money: 'amount', duration: 'duration', age: 'age range', count: 'number', percent: 'share', year: 'year' }[q.kind];
}

function describe(q: Quantity): string {
  const range = q.high === UNBOUNDED ? `over ${fmt(q.low)}` : q.low === 0 && q.high > 0 && q.low !== q.high ? `up to ${fmt(q.high)}` : q.low === q.high ? fmt(q.low) : `${fmt(q.low)}–${fmt(q.high)}`;
  const per = q.per ? ` a ${q.per}` : '';
  switch (q.kind) {
    case 'money': return q.unit === 'USD' ? `$${range}${per}` : `${range} ${q.unit}${per}`;
    case 'age': return `aged ${range}`;
    case 'duration': return `${range} ${q.unit.split(':')[0]}${q.low === 1 && q.high === 1 ? '' : 's'}`;
    case 'percent': return `${range}%`;
    default: return `${q.approximate ? 'about ' : ''}${range} ${q.unit.split(':').slice(-1)[0] ?? ''}${per}`.trim();
  }
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}
