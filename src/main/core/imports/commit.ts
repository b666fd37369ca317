// Writing a plan, all of it or nothing (the caller's transaction), through the domains' own write
// functions so every cache hears of it; and undoing a batch, which deletes exactly the rows it wrote.
import type { SessionKind } from '../../../shared/training';
import { recordChange } from '../changes';
import type { CoreContext } from '../context';
import { addEntry, setComplete } from '../diary/diary';
import { dayMark, entryCount, listSlots, removeEntry, slotByName, writeDayMark } from '../diary/store';
import { insertNight, deleteNight } from '../sleep/store';
import { createExercise, findExercise } from '../training/exercises';
import { insertSession, insertSets, sessionValues, type ResolvedSet } from '../training/sessions';
import { deleteSession } from '../training/store/sessions';
import { deleteUnusedExercise } from '../training/store/exercises';
import { deleteWeighIn, insertWeighIn } from '../weight/store';
import { exerciseKey } from '../../store/migrations/003_training';
import type { Exercise } from '../../../shared/contract/training';
import type { Plan } from './preview';
import { batchLinks, deleteLinks, getBatch, insertBatch, linkRow, markUndone, setBatchCounts, type Batch, type LinkKind } from './store';

/** A session's effort when the file gives none, by kind (typical session RPE, science.md §4). */
const DEFAULT_RPE: Record<SessionKind, number> = {
  'heavy-lower': 8, 'heavy-upper': 8, 'full-body': 7, hypertrophy: 7, power: 7, zone2: 3, tempo: 7, intervals: 8, long: 5, hills: 6, sport: 6, mobility: 2,
};

export interface CommitMeta {
  format: string;
  fileName: string;
  fileHash: string;
}

export type BatchCounts = Record<'weighIns' | 'nights' | 'foodEntries' | 'incompleteDays' | 'sessions' | 'sets' | 'newExercises', number>;

/** Writes the plan as one batch; the caller runs it inside one transaction. */
export function commitPlan(ctx: CoreContext, plan: Plan, meta: CommitMeta): { batchId: number; counts: BatchCounts } {
  const now = ctx.now().toISOString();
  const db = ctx.db;
  const batchId = insertBatch(db, meta, now);
  const link = (kind: LinkKind, key: string, id: number, day: string) => linkRow(db, batchId, kind, key, id, day);
  const counts: BatchCounts = { weighIns: 0, nights: 0, foodEntries: 0, incompleteDays: 0, sessions: 0, sets: 0, newExercises: 0 };

  for (const w of plan.weights) {
    link('weight', w.key, insertWeighIn(db, { date: w.date, weightKg: w.kg, bodyFatPct: w.bodyFatPct }, now).id, w.date);
    counts.weighIns++;
  }
  for (const n of plan.nights) {
    const id = insertNight(db, { date: n.date, bedDate: n.bedDate, bed: n.bedTime, wake: n.wakeTime, hours: n.hours, hoursEntered: true, quality: n.quality, notes: null }, now);
    link('sleep', n.key, id, n.date);
    counts.nights++;
  }

  const slots = listSlots(db);
  const fallback = slots[slots.length - 1];
  const itemised = new Set<string>();
  for (const f of plan.foods) {
    const slot = (f.meal && slotByName(db, f.meal)) || fallback;
    const e = addEntry(ctx, { date: f.date, mealId: slot.id, quick: { kcal: f.kcal ?? 0, proteinG: f.proteinG, carbsG: f.carbsG, fatG: f.fatG, label: f.name.slice(0, 200) } });
    link('food', f.key, e.id, f.date);
    if (f.itemised) itemised.add(f.date);
    counts.foodEntries++;
  }
  // A day counts complete when the source says so or gives the day's totals; itemised foods alone
  // (a serving log without its summary) leave the day incomplete until the source says otherwise.
  const said = new Map(plan.days.map((d) => [d.date, d]));
  const foodDays = new Set(plan.foods.map((f) => f.date));
  for (const date of new Set([...foodDays, ...said.keys()])) {
    const d = said.get(date);
    const complete = d ? d.complete : !itemised.has(date);
    const mark = dayMark(db, date);
    if (!complete && mark?.complete !== 0 && (foodDays.has(date) || entryCount(db, date) > 0)) {
      setComplete(ctx, date, false);
      link('day', d?.key ?? `day:${date}`, 0, date);
      counts.incompleteDays++;
    } else if (complete && d && mark?.complete === 0) writeDayMark(db, date, null, mark.fast);
  }

  const exercises = new Map<string, Exercise>();
  const byName = new Map<string, Exercise>();
  const exerciseFor = (name: string): Exercise => {
    const known = byName.get(name);
    if (known) return known;
    const key = exerciseKey(name);
    let e = exercises.get(key) ?? findExercise(db, name);
    if (!e) {
      e = createExercise(db, { name }, now);
      link('exercise', `exercise:${key}`, e.id, ctx.today());
      counts.newExercises++;
    }
    exercises.set(key, e);
    byName.set(name, e);
    return e;
  };
  for (const s of plan.sessions) {
    const v = sessionValues(
      { date: s.date, start: s.startTime, kind: s.sessionKind, minutes: s.minutes, rpe: s.rpe ?? DEFAULT_RPE[s.sessionKind] },
      { modality: s.modality, distanceKm: s.distanceKm, elevationGainM: s.elevationGainM, elevationLossM: s.elevationLossM, avgHr: s.avgHr, title: s.title, notes: s.notes, source: 'import' },
    );
    const id = insertSession(ctx, v);
    const sets: ResolvedSet[] = s.sets.map((x, i) => ({ input: { exercise: x.exercise, weightKg: s.setsKg[i], reps: x.reps, rpe: x.rpe }, exercise: exerciseFor(x.exercise), type: x.setType }));
    insertSets(ctx, { id, date: s.date }, sets);
    link('session', s.key, id, s.date);
    counts.sessions++;
    counts.sets += sets.length;
  }
  setBatchCounts(db, batchId, counts);
  return { batchId, counts };
}

/** Deletes every row the batch wrote that is still there; the batch stays in the history as undone. */
export function undoBatch(ctx: CoreContext, batchId: number): { batch: Batch; removed: number } {
  const db = ctx.db;
  const batch = getBatch(db, batchId);
  let removed = 0;
  const links = batchLinks(db, batchId);
  // Sessions before the exercises they created; marks after their entries.
  const order: LinkKind[] = ['session', 'weight', 'sleep', 'food', 'day', 'exercise'];
  for (const kind of order) {
    for (const l of links.filter((x) => x.kind === kind)) {
      if (kind === 'session') removed += deleteSession(db, { id: l.rowId, date: l.day });
      else if (kind === 'weight') removed += deleteWeighIn(db, { id: l.rowId, date: l.day });
      else if (kind === 'sleep') removed += deleteNight(db, { id: l.rowId, date: l.day });
      else if (kind === 'food') removed += removeEntry(db, l.rowId, l.day) ? 1 : 0;
      else if (kind === 'day') {
        const mark = dayMark(db, l.day);
        if (mark?.complete === 0) writeDayMark(db, l.day, null, mark.fast);
      } else if (deleteUnusedExercise(db, l.rowId)) removed++;
    }
  }
  // A row may have been moved to another day since it was imported: everything derived is stale.
  recordChange(db, 'all');
  deleteLinks(db, batchId);
  markUndone(db, batchId, ctx.now().toISOString());
  return { batch: getBatch(db, batchId), removed };
}
