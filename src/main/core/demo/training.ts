// The demo's sessions, lifts and nights, from the shared scenario, through the same calls a user's
// input goes through; plus the coming week as a plan (with one trail run placed too close to heavy
// legs, the kind of thing the planner exists to catch).
import { addDays, isoWeekday } from '../../../shared/dates';
import type { DemoLoader, DemoSession } from './scenario';

/** The deficit phase's week, Monday 0 … Sunday 6, planned ahead. */
const PLANNED_WEEK: Record<number, (DemoSession & { title: string })[]> = {
  0: [{ title: 'Heavy legs', start: '07:00', kind: 'heavy-lower', minutes: 70, rpe: 8 }],
  1: [{ title: 'Intervals', start: '18:00', kind: 'intervals', minutes: 50, rpe: 8, modality: 'run', distanceKm: 9 }],
  2: [{ title: 'Heavy upper', start: '07:00', kind: 'heavy-upper', minutes: 65, rpe: 8 }],
  3: [{ title: 'Tempo run', start: '18:30', kind: 'tempo', minutes: 45, rpe: 7, modality: 'run', distanceKm: 9 }],
  4: [{ title: 'Full body', start: '07:00', kind: 'full-body', minutes: 60, rpe: 7 }],
  5: [{ title: 'Long run', start: '09:00', kind: 'long', minutes: 100, rpe: 6, modality: 'run', distanceKm: 17 }],
  6: [
    { title: 'Trail run', start: '08:00', kind: 'hills', minutes: 60, rpe: 6, modality: 'run', distanceKm: 10 },
    { title: 'Mobility', start: '10:00', kind: 'mobility', minutes: 30, rpe: 2 },
  ],
};

export const trainingDemoLoader: DemoLoader = (ctx, days, call) => {
  for (const d of days) {
    if (d.sleep) call(ctx, 'sleep.add', { date: d.date, bed: d.sleep.bed, wake: d.sleep.wake, hours: d.sleep.hours, quality: d.sleep.quality });
    for (const s of d.sessions) {
      call(ctx, 'session.add', {
        date: d.date,
        start: s.start,
        kind: s.kind,
        minutes: s.minutes,
        rpe: s.rpe,
        modality: s.modality ?? null,
        distanceKm: s.distanceKm ?? null,
        avgHr: s.avgHr ?? null,
        sets: (s.lifts ?? []).flatMap((l) => l.sets.map((x) => ({ exercise: l.exercise, weightKg: x.kg, reps: x.reps, rpe: x.rpe, type: x.type }))),
      });
    }
  }
  const today = days[days.length - 1].date;
  for (let i = 1; i <= 7; i++) {
    const date = addDays(today, i);
    for (const s of PLANNED_WEEK[isoWeekday(date)]) {
      call(ctx, 'session.add', { date, start: s.start, kind: s.kind, minutes: s.minutes, rpe: s.rpe, modality: s.modality ?? null, distanceKm: s.distanceKm ?? null, title: s.title, planned: true });
    }
  }
};
