// Where each session sits in the planner's day columns. Pure, so the layout is unit-tested: the
// Svelte calendar only applies the numbers as CSS.

export interface LaneSession {
  id: number;
  date: string;
  /** 'HH:MM' */
  start: string;
  minutes: number;
}

interface SessionBox {
  /** px from the top of the first shown hour */
  top: number;
  height: number;
  /** 0-based column inside the day */
  lane: number;
  /** columns the day is split into (every session of a day shares it, so widths line up) */
  lanes: number;
}

const MINUTES_PER_DAY = 24 * 60;
/** A short session stays tall enough to show its title. */
const MIN_HEIGHT_PX = 20;

const startMinute = (start: string): number => {
  const [h, m] = start.split(':').map(Number);
  return h * 60 + m;
};

/**
 * Lanes for one day's sessions: sorted by start (ties keep their input order), each goes into the
 * first lane that is free by its start; a session starting exactly when another ends reuses its lane.
 */
export function dayLanes<S extends Pick<LaneSession, 'id' | 'start' | 'minutes'>>(sessions: readonly S[]): { lanes: number; placed: { session: S; lane: number }[] } {
  const sorted = [...sessions].sort((a, b) => a.start.localeCompare(b.start));
  const laneEnds: number[] = [];
  const placed = sorted.map((session) => {
    const start = startMinute(session.start);
    let lane = laneEnds.findIndex((end) => end <= start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = start + session.minutes;
    return { session, lane };
  });
  return { lanes: Math.max(1, laneEnds.length), placed };
}

/** The hours the calendar shows: 05–23 at least, widened to fit every session (none ends past midnight). */
export function plannerHours(sessions: readonly Pick<LaneSession, 'start' | 'minutes'>[], first = 5, last = 23): number[] {
  for (const s of sessions) {
    const start = startMinute(s.start);
    first = Math.min(first, Math.floor(start / 60));
    last = Math.max(last, Math.min(24, Math.ceil((start + s.minutes) / 60)));
  }
  return Array.from({ length: last - first }, (_, i) => first + i);
}

/** Box of every session of the given days, by session id; a session is cut off at midnight. */
export function sessionBoxes(sessions: readonly LaneSession[], days: readonly string[], firstHour: number, hourPx: number): Map<number, SessionBox> {
  const out = new Map<number, SessionBox>();
  for (const day of days) {
    const { lanes, placed } = dayLanes(sessions.filter((s) => s.date === day));
    for (const { session, lane } of placed) {
      const start = startMinute(session.start);
      const visibleMinutes = Math.min(session.minutes, MINUTES_PER_DAY - start);
      out.set(session.id, {
        top: ((start - firstHour * 60) / 60) * hourPx,
        height: Math.max(MIN_HEIGHT_PX, (visibleMinutes / 60) * hourPx - 2),
        lane,
        lanes,
      });
    }
  }
  return out;
}
