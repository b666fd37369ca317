// Nights from stretches of sleep. Phone and watch both record the same night (and iOS 16 splits it into
// stages), so adding them would count a night twice: the asleep time of a night is the union of every
// asleep stretch assigned to it, and the night runs from the first stretch's start to the last one's end.
import type { SleepRecord } from '../records';
import { wakeDayOf, type LocalStamp } from './localTime';

export interface Stretch {
  start: LocalStamp;
  end: LocalStamp;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Union length (ms) of stretches. */
export function unionMs(stretches: Stretch[]): number {
  const sorted = [...stretches].sort((a, b) => a.start.ms - b.start.ms);
  let total = 0;
  let from = -Infinity;
  let to = -Infinity;
  for (const s of sorted) {
    if (s.start.ms > to) {
      if (to > from) total += to - from;
      from = s.start.ms;
      to = s.end.ms;
    } else if (s.end.ms > to) to = s.end.ms;
  }
  if (to > from) total += to - from;
  return total;
}

/** One night per wake-up day (a stretch starting before 18:00 belongs to that morning's night). */
export function nightsFromStretches(stretches: Stretch[], keyPrefix: string): SleepRecord[] {
  const byDay = new Map<string, Stretch[]>();
  for (const s of stretches) {
    if (!(s.end.ms > s.start.ms)) continue; // also a stretch with an unreadable time (NaN)
    const day = wakeDayOf(s.start);
    const list = byDay.get(day);
    if (list) list.push(s);
    else byDay.set(day, [s]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, list], i) => nightRecord(day, list, `${keyPrefix}${day}`, i + 1));
}

/** A night from its asleep stretches (all assigned to wake-up day `date`). */
export function nightRecord(date: string, list: Stretch[], key: string, line: number): SleepRecord {
  const first = list.reduce((a, b) => (b.start.ms < a.start.ms ? b : a));
  const last = list.reduce((a, b) => (b.end.ms > a.end.ms ? b : a));
  return {
    kind: 'sleep',
    key,
    line,
    date,
    bedDate: first.start.date,
    bedTime: first.start.time,
    wakeTime: last.end.time,
    hours: round2(unionMs(list) / 3_600_000),
    quality: null,
  };
}
