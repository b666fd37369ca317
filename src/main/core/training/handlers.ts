import { recordChange } from '../changes';
import type Database from 'better-sqlite3';
import type { LiftSet, PrEvent, Routine, SessionDetail, Template } from '../../../shared/contract/training';
import { addDays, weekStartOf } from '../../../shared/dates';
import { minutesToTime } from '../../../shared/timeOfDay';
import { isWorkingSetType, type SessionKind } from '../../../shared/training';
import { round } from '../../../shared/units';
import { workingSetsPerMuscle } from '../../analysis/muscleVolume';
import { personalRecords, type LiftSet as PrSet } from '../../analysis/prs';
import { sessionLoadAU } from '../../analysis/sessionLoad';
import type { CoreContext } from '../context';
import { AppError, invalid, notFound } from '../../errors';
import { closeMatches, createExercise, exerciseRecord, findExercise, requireExercise } from '../training/exercises';
import { checkSession, insertSession, insertSets, overlappingSessions, resolveSet, sessionValues, takesSets, updateSession, valuesOf, type SessionValues } from '../training/sessions';
import {
  BodyWeights,
  getSessionRow,
  getSetRow,
  readSession,
  sessionRowsInRange,
  setRowsInRange,
  setRowsOfExercise,
  setRowsOfSession,
  toExercise,
  toLiftSet,
  toSession,
  workingSetLoadKg,
  workingSets,
  type ExerciseRow,
  type SetRow,
  type WorkingSet,
} from '../training/store';
import { readProfile } from '../profile/store';
import type { DomainHandlers } from '../handlerTypes';
import { defaultRange } from '../range';

type TrainingMethod =
  | 'session.add'
  | 'session.update'
  | 'session.complete'
  | 'session.delete'
  | 'session.get'
  | 'session.list'
  | 'session.fromTemplate'
  | 'set.add'
  | 'set.update'
  | 'set.delete'
  | 'exercise.list'
  | 'exercise.match'
  | 'exercise.add'
  | 'exercise.history'
  | 'lift.prs'
  | 'lift.weeklySets'
  | 'routine.list'
  | 'routine.add'
  | 'routine.update'
  | 'routine.delete'
  | 'template.list'
  | 'template.add'
  | 'template.update'
  | 'template.delete';

/** Working sets as the records analysis takes them (recorded weight, total load). */
function prSets(rows: WorkingSet[], bodyWeights: BodyWeights | null): PrSet[] {
  return rows.map((r) => ({
    setId: r.setId,
    sessionId: r.sessionId,
    date: r.date,
    exercise: r.exercise,
    weightKg: r.bodyweight && r.assisted ? -r.weightKg : r.weightKg,
    loadKg: workingSetLoadKg(r, bodyWeights),
    reps: r.reps,
    rpe: r.rpe,
    rir: r.rir,
    type: r.type,
  }));
}
const bodyWeightsFor = (db: Database.Database, rows: WorkingSet[]): BodyWeights | null => (rows.some((r) => r.bodyweight) ? new BodyWeights(db) : null);
/** Records analysis over working sets (one exercise's, or all). */
function records(db: Database.Database, exerciseId?: number, opts: { perSet?: boolean } = {}) {
  const rows = workingSets(db, exerciseId === undefined ? {} : { exerciseId });
  return personalRecords(prSets(rows, bodyWeightsFor(db, rows)), opts);
}

const roundPr = (e: PrEvent): PrEvent => ({ ...e, value: e.type === 'most-reps' ? e.value : round(e.value, 2), previous: e.previous == null ? null : e.type === 'most-reps' ? e.previous : round(e.previous, 2) });

/** Records set in one session (for every exercise it holds). */
function sessionPrs(db: Database.Database, sessionId: number): PrEvent[] {
  const exerciseIds = (db.prepare('SELECT DISTINCT exercise_id AS id FROM lift_sets WHERE session_id = ?').all(sessionId) as { id: number }[]).map((r) => r.id);
  const out: PrEvent[] = [];
  for (const id of exerciseIds) {
    const { events } = records(db, id);
    out.push(...events.filter((e) => e.sessionId === sessionId).map(roundPr));
  }
  return out;
}

function sessionDetail(db: Database.Database, id: number): SessionDetail {
  const row = getSessionRow(db, id);
  const bodyWeights = new BodyWeights(db);
  const sets = setRowsOfSession(db, id).map((r) => roundSet(toLiftSet(r, bodyWeights)));
  return { ...toSession(row, sets.length), sets, prs: row.planned ? [] : sessionPrs(db, id) };
}

const roundSet = (s: LiftSet): LiftSet => ({ ...s, loadKg: s.loadKg == null ? null : round(s.loadKg, 2), e1rmKg: s.e1rmKg == null ? null : round(s.e1rmKg, 2) });

const nullable = <T>(v: T | null | undefined): T | null => (v === undefined ? null : v);

// --- routines & templates -------------------------------------------------------------------------

interface RoutineRow {
  id: number;
  name: string;
  kind: SessionKind;
  notes: string | null;
}
function readRoutine(db: Database.Database, id: number): Routine {
  const r = db.prepare('SELECT id, name, kind, notes FROM routines WHERE id = ?').get(id) as RoutineRow | undefined;
  if (!r) throw notFound('routine', id);
  const items = db
    .prepare(
      `SELECT i.exercise_id, e.name AS exercise, i.sets, i.reps, i.weight_kg, i.rpe, i.set_type FROM routine_items i JOIN exercises e ON e.id = i.exercise_id
       WHERE i.routine_id = ? ORDER BY i.position`,
    )
    .all(id) as { exercise_id: number; exercise: string; sets: number; reps: number; weight_kg: number | null; rpe: number | null; set_type: Routine['items'][number]['type'] }[];
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    notes: r.notes,
    items: items.map((i) => ({ exerciseId: i.exercise_id, exercise: i.exercise, sets: i.sets, reps: i.reps, weightKg: i.weight_kg, rpe: i.rpe, type: i.set_type })),
  };
}

type RoutineItemInput = { exercise: string; sets: number; reps: number; weightKg?: number | null; rpe?: number | null; type?: Routine['items'][number]['type'] };
function writeRoutineItems(db: Database.Database, routineId: number, items: RoutineItemInput[]): void {
  const resolved = items.map((it, i) => ({ it, ex: requireExercise(db, it.exercise, `items.${i}.exercise`) }));
  db.prepare('DELETE FROM routine_items WHERE routine_id = ?').run(routineId);
  const ins = db.prepare('INSERT INTO routine_items (routine_id, position, exercise_id, sets, reps, weight_kg, rpe, set_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  resolved.forEach(({ it, ex }, i) => ins.run(routineId, i + 1, ex.id, it.sets, it.reps, it.weightKg ?? null, it.rpe ?? null, it.type ?? 'working'));
}

function uniqueName(db: Database.Database, table: 'routines' | 'session_templates', name: string, exceptId?: number): void {
  const r = db.prepare(`SELECT id FROM ${table} WHERE name = ? COLLATE NOCASE`).get(name) as { id: number } | undefined;
  if (r && r.id !== exceptId) throw new AppError('conflict', `There is already a ${table === 'routines' ? 'routine' : 'template'} named "${name}".`, 'name');
}

interface TemplateRow {
  id: number;
  name: string;
  kind: SessionKind;
  modality: Template['modality'];
  start_time: string;
  minutes: number;
  rpe: number;
  distance_km: number | null;
  elevation_gain_m: number | null;
  elevation_loss_m: number | null;
  notes: string | null;
  routine_id: number | null;
}
const toTemplate = (t: TemplateRow): Template => ({
  id: t.id,
  name: t.name,
  kind: t.kind,
  modality: t.modality,
  start: t.start_time,
  minutes: t.minutes,
  rpe: t.rpe,
  distanceKm: t.distance_km,
  elevationGainM: t.elevation_gain_m,
  elevationLossM: t.elevation_loss_m,
  notes: t.notes,
  routineId: t.routine_id,
  loadAU: sessionLoadAU(t.rpe, t.minutes),
});
function getTemplate(db: Database.Database, id: number): TemplateRow {
  const t = db.prepare('SELECT * FROM session_templates WHERE id = ?').get(id) as TemplateRow | undefined;
  if (!t) throw notFound('template', id);
  return t;
}
function checkRoutineId(db: Database.Database, id: number | null | undefined): void {
  if (id != null && !db.prepare('SELECT 1 FROM routines WHERE id = ?').get(id)) throw invalid('routineId', `No routine with id ${id}.`);
}

// --- set.add: which session a set joins -----------------------------------------------------------

/** The day's logged strength session a set joins: the latest started. */
function strengthSessionOn(db: Database.Database, date: string, planned: boolean): { id: number; kind: string; source: string; planned: number } | undefined {
  return db
    .prepare(
      `SELECT id, kind, source, planned FROM training_sessions WHERE date = ? AND planned = ? AND kind IN ('heavy-lower','heavy-upper','full-body','hypertrophy','power')
       ORDER BY start_time DESC, id DESC LIMIT 1`,
    )
    .get(date, planned ? 1 : 0) as { id: number; kind: string; source: string; planned: number } | undefined;
}

/** A start for a session created by set.add: noon, else the first free hour of the day. */
function freeStart(db: Database.Database, date: string, minutes: number): string {
  for (const h of [12, 13, 14, 11, 10, 15, 16, 17, 9, 18, 8, 19, 7, 20, 6, 21]) {
    const start = minutesToTime(h * 60);
    if (overlappingSessions(db, date, start, minutes).length === 0) return start;
  }
  return '12:00';
}

/** Sessions created by set.add guess their kind from the lifts: lower, upper, or both (full body). */
const SET_ADD_SOURCE = 'set.add';
function guessedKind(current: string | null, lowerBody: boolean): SessionKind {
  const want: SessionKind = lowerBody ? 'heavy-lower' : 'heavy-upper';
  if (!current || current === want) return want;
  return 'full-body';
}

export const trainingHandlers: DomainHandlers<TrainingMethod> = {
  'session.add': (input, ctx) => {
    const v: SessionValues = {
      date: input.date,
      start: input.start,
      kind: input.kind,
      minutes: input.minutes,
      rpe: input.rpe,
      modality: nullable(input.modality),
      distanceKm: nullable(input.distanceKm),
      elevationGainM: nullable(input.elevationGainM),
      elevationLossM: nullable(input.elevationLossM),
      avgHr: nullable(input.avgHr),
      title: input.title || null,
      notes: input.notes || null,
      planned: input.planned ?? false,
      templateId: null,
      routineId: nullable(input.routineId),
    };
    const sets = input.sets ?? [];
    if (sets.length && v.planned) throw invalid('sets', 'A planned session has no sets yet: log the sets when you have done it.');
    if (sets.length && !takesSets(v.kind)) throw invalid('sets', `Sets go into strength or sport-specific sessions, not ${v.kind}.`);
    checkRoutineId(ctx.db, v.routineId);
    const resolved = sets.map((s, i) => resolveSet(ctx.db, s, `sets.${i}.`));
    checkSession(ctx, v, { confirm: input.confirm });
    const id = ctx.db.transaction(() => {
      const sid = insertSession(ctx, v);
      insertSets(ctx, sid, resolved);
      return sid;
    })();
    return sessionDetail(ctx.db, id);
  },

  'session.update': (input, ctx) => {
    const cur = getSessionRow(ctx.db, input.id);
    const base = valuesOf(cur);
    const v: SessionValues = { ...base };
    for (const k of ['date', 'start', 'kind', 'minutes', 'rpe', 'modality', 'distanceKm', 'elevationGainM', 'elevationLossM', 'avgHr', 'title', 'notes', 'planned'] as const) {
      if (input[k] !== undefined) (v as unknown as Record<string, unknown>)[k] = input[k];
    }
    if (v.title === '') v.title = null;
    if (v.notes === '') v.notes = null;
    // A kind chosen by the user is no longer a guess.
    if (input.kind !== undefined && v.source === SET_ADD_SOURCE) v.source = 'manual';
    const setCount = (ctx.db.prepare('SELECT COUNT(*) AS n FROM lift_sets WHERE session_id = ?').get(input.id) as { n: number }).n;
    if (setCount && !takesSets(v.kind)) throw invalid('kind', `This session has ${setCount} sets: it must stay a strength or sport-specific session (delete the sets first).`);
    if (setCount && v.planned) throw invalid('planned', `This session has ${setCount} logged sets: it cannot go back to planned.`);
    checkSession(ctx, v, { excludeId: input.id, confirm: input.confirm });
    updateSession(ctx, input.id, v);
    return readSession(ctx.db, input.id);
  },

  'session.complete': (input, ctx) => {
    const cur = getSessionRow(ctx.db, input.id);
    if (cur.planned !== 1) throw new AppError('conflict', `Session ${input.id} is already logged as done.`, 'id');
    const v: SessionValues = { ...valuesOf(cur), planned: false };
    for (const k of ['start', 'minutes', 'rpe', 'distanceKm', 'elevationGainM', 'elevationLossM', 'avgHr', 'notes'] as const) {
      if (input[k] !== undefined) (v as unknown as Record<string, unknown>)[k] = input[k];
    }
    checkSession(ctx, v, { excludeId: input.id, confirm: input.confirm });
    updateSession(ctx, input.id, v);
    return readSession(ctx.db, input.id);
  },

  'session.delete': (input, ctx) => {
    const detail = sessionDetail(ctx.db, input.id);
    ctx.db.prepare('DELETE FROM training_sessions WHERE id = ?').run(input.id);
    recordChange(ctx.db, [detail.date]);
    return detail;
  },

  'session.get': (input, ctx) => sessionDetail(ctx.db, input.id),

  'session.list': (input, ctx) => {
    const { from, to } = defaultRange(ctx, input, 28);
    return sessionRowsInRange(ctx.db, from, to)
      .filter((r) => (input.planned === undefined || (r.planned === 1) === input.planned) && (input.kind === undefined || r.kind === input.kind))
      .map((r) => toSession(r, r.set_count));
  },

  'session.fromTemplate': (input, ctx) => {
    const t = getTemplate(ctx.db, input.templateId);
    const v: SessionValues = {
      date: input.date,
      start: input.start ?? t.start_time,
      kind: t.kind,
      minutes: t.minutes,
      rpe: t.rpe,
      modality: t.modality,
      distanceKm: t.distance_km,
      elevationGainM: t.elevation_gain_m,
      elevationLossM: t.elevation_loss_m,
      avgHr: null,
      title: t.name,
      notes: t.notes,
      planned: input.planned ?? true,
      templateId: t.id,
      routineId: t.routine_id,
    };
    checkSession(ctx, v, { confirm: input.confirm });
    return readSession(ctx.db, insertSession(ctx, v));
  },

  'set.add': (input, ctx) => {
    const db = ctx.db;
    let exercise: ExerciseRow | null = findExercise(db, input.exercise);
    if (!exercise && !input.create) requireExercise(db, input.exercise); // throws with close matches
    const { date: _d, sessionId: _s, create: _c, confirm, muscles, lowerBody, bodyweight, start, kind, minutes, sessionRpe, ...setFields } = input;
    if (setFields.rpe != null && setFields.rir != null) throw invalid('rir', 'Give RPE or RIR (reps in reserve) for a set, not both.');

    let session: { id: number; kind: string; source: string; planned: number; date: string } | null = null;
    if (input.sessionId !== undefined) {
      const r = getSessionRow(db, input.sessionId);
      if (input.date !== undefined && input.date !== r.date) throw invalid('date', `Session ${r.id} is on ${r.date}, not ${input.date}.`);
      if (r.planned === 1) throw invalid('sessionId', `Session ${r.id} is still planned: mark it done before logging its sets.`);
      if (!takesSets(r.kind)) throw invalid('sessionId', `Session ${r.id} is a ${r.kind} session: sets go into strength or sport-specific sessions.`);
      session = { id: r.id, kind: r.kind, source: r.source, planned: r.planned, date: r.date };
    } else {
      if (input.date === undefined) throw invalid('date', 'date is required (or give sessionId).');
      if (input.date > ctx.today()) throw invalid('date', `The date ${input.date} is in the future: sets can be logged up to today (${ctx.today()}).`);
    }
    const date = session?.date ?? input.date!;

    const result = db.transaction(() => {
      if (!exercise) exercise = createExercise(db, { name: input.exercise, muscles, lowerBody, bodyweight }, ctx.now().toISOString());
      const resolved = resolveSet(db, { ...setFields, exercise: exercise.name }, '');
      let action: 'joined' | 'created' | 'completed' = 'joined';
      if (!session) {
        const done = strengthSessionOn(db, date, false);
        const planned = done ? undefined : strengthSessionOn(db, date, true);
        if (done) session = { ...done, date };
        else if (planned) {
          // Logging sets for a planned lift means it happened: it becomes a logged session.
          db.prepare('UPDATE training_sessions SET planned = 0, updated_at = ? WHERE id = ?').run(ctx.now().toISOString(), planned.id);
          recordChange(db, [date]);
          session = { ...planned, planned: 0, date };
          action = 'completed';
        } else {
          const mins = minutes ?? 60;
          const v = sessionValues(
            {
              date,
              start: start ?? freeStart(db, date, mins),
              kind: kind ?? guessedKind(null, exercise.lower_body === 1),
              minutes: mins,
              rpe: sessionRpe ?? 7,
            },
            { source: kind ? 'manual' : SET_ADD_SOURCE },
          );
          if (start) checkSession(ctx, v, { confirm });
          const id = insertSession(ctx, v);
          session = { id, kind: v.kind, source: v.source!, planned: 0, date };
          action = 'created';
        }
      }
      if (action !== 'created' && session.source === SET_ADD_SOURCE) {
        const k = guessedKind(session.kind, exercise.lower_body === 1);
        if (k !== session.kind) db.prepare('UPDATE training_sessions SET kind = ? WHERE id = ?').run(k, session.id);
      }
      const [setId] = insertSets(ctx, session.id, [resolved]);
      return { setId, action };
    })();

    const row = getSetRow(db, result.setId);
    const { events } = records(db, row.exercise_id, { perSet: true });
    const bodyWeights = new BodyWeights(db);
    const prs = events.filter((e) => e.setId === row.id || (e.type === 'best-session-volume' && e.sessionId === row.session_id)).map(roundPr);
    return { ...roundSet(toLiftSet(row, bodyWeights)), sessionCreated: result.action === 'created', sessionAction: result.action, prs };
  },

  'set.update': (input, ctx) => {
    const cur = getSetRow(ctx.db, input.id);
    const next = {
      exercise: input.exercise ?? cur.exercise,
      weightKg: input.weightKg ?? cur.weight_kg,
      assisted: input.assisted ?? cur.assisted === 1,
      reps: input.reps ?? cur.reps,
      rpe: input.rpe !== undefined ? input.rpe : cur.rpe,
      rir: input.rir !== undefined ? input.rir : cur.rir,
      type: input.type ?? cur.set_type,
      notes: input.notes !== undefined ? input.notes : cur.notes,
    };
    // Switching between RPE and RIR: giving one clears the other.
    if (input.rpe != null && input.rir === undefined) next.rir = null;
    if (input.rir != null && input.rpe === undefined) next.rpe = null;
    const r = resolveSet(ctx.db, next);
    ctx.db
      .prepare('UPDATE lift_sets SET exercise_id = ?, weight_kg = ?, assisted = ?, reps = ?, rpe = ?, rir = ?, set_type = ?, notes = ? WHERE id = ?')
      .run(r.exercise.id, next.weightKg, next.assisted ? 1 : 0, next.reps, next.rpe ?? null, next.rir ?? null, r.type, next.notes ?? null, input.id);
    recordChange(ctx.db, [cur.date]);
    return roundSet(toLiftSet(getSetRow(ctx.db, input.id), new BodyWeights(ctx.db)));
  },

  'set.delete': (input, ctx) => {
    const set = roundSet(toLiftSet(getSetRow(ctx.db, input.id), new BodyWeights(ctx.db)));
    ctx.db.prepare('DELETE FROM lift_sets WHERE id = ?').run(input.id);
    recordChange(ctx.db, [set.date]);
    return set;
  },

  'exercise.list': (_input, ctx) => {
    const rows = ctx.db.prepare('SELECT * FROM exercises ORDER BY name COLLATE NOCASE').all() as ExerciseRow[];
    const aliases = new Map<number, string[]>();
    for (const a of ctx.db.prepare('SELECT exercise_id, alias FROM exercise_aliases ORDER BY alias').all() as { exercise_id: number; alias: string }[]) {
      const list = aliases.get(a.exercise_id) ?? [];
      list.push(a.alias);
      aliases.set(a.exercise_id, list);
    }
    return rows.map((r) => toExercise(r, aliases.get(r.id) ?? []));
  },

  'exercise.match': (input, ctx) => {
    const row = findExercise(ctx.db, input.name);
    return { exercise: row ? exerciseRecord(ctx.db, row) : null, suggestions: row ? [] : closeMatches(ctx.db, input.name) };
  },

  'exercise.add': (input, ctx) => exerciseRecord(ctx.db, ctx.db.transaction(() => createExercise(ctx.db, input, ctx.now().toISOString()))()),

  'exercise.history': (input, ctx) => {
    const ex = requireExercise(ctx.db, input.exercise);
    const bodyWeights = new BodyWeights(ctx.db);
    const rows = setRowsOfExercise(ctx.db, ex.id, input.from, input.to);
    const recs = records(ctx.db, ex.id).records;
    const bySession = new Map<number, SetRow[]>();
    for (const r of rows) {
      const list = bySession.get(r.session_id) ?? [];
      list.push(r);
      bySession.set(r.session_id, list);
    }
    const days = [...bySession.entries()].map(([sessionId, list]) => {
      const sets = list.map((r) => roundSet(toLiftSet(r, bodyWeights)));
      const working = sets.filter((s) => isWorkingSetType(s.type));
      const e1rms = working.map((s) => s.e1rmKg).filter((x): x is number => x != null);
      const top = working.reduce<LiftSet | null>((b, s) => {
        const w = s.assisted ? -s.weightKg : s.weightKg;
        const bw = b ? (b.assisted ? -b.weightKg : b.weightKg) : -Infinity;
        return !b || w > bw || (w === bw && s.reps > b.reps) ? s : b;
      }, null);
      return {
        date: list[0].date,
        sessionId,
        bestE1rmKg: e1rms.length ? Math.max(...e1rms) : null,
        topSet: top ? { weightKg: top.assisted ? -top.weightKg : top.weightKg, reps: top.reps } : null,
        volumeKg: round(working.reduce((t, s) => t + (s.loadKg ?? 0) * s.reps, 0), 2),
        workingSets: working.length,
        sets,
      };
    });
    days.reverse();
    const rec = recs[0] ?? null;
    return {
      exercise: exerciseRecord(ctx.db, ex),
      days,
      records: rec
        ? {
            ...rec,
            bestE1rm: rec.bestE1rm ? { ...rec.bestE1rm, e1rmKg: round(rec.bestE1rm.e1rmKg, 2) } : null,
            bestSessionVolume: rec.bestSessionVolume ? { ...rec.bestSessionVolume, volumeKg: round(rec.bestSessionVolume.volumeKg, 2) } : null,
          }
        : null,
    };
  },

  'lift.prs': (input, ctx) => {
    const { records: recs, events } = records(ctx.db, input.exercise ? requireExercise(ctx.db, input.exercise).id : undefined);
    const recent = [...events]
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.sessionId - a.sessionId))
      .slice(0, input.recent ?? 20)
      .map(roundPr);
    return {
      records: recs.map((r) => ({
        ...r,
        bestE1rm: r.bestE1rm ? { ...r.bestE1rm, e1rmKg: round(r.bestE1rm.e1rmKg, 2) } : null,
        bestSessionVolume: r.bestSessionVolume ? { ...r.bestSessionVolume, volumeKg: round(r.bestSessionVolume.volumeKg, 2) } : null,
      })),
      recent,
    };
  },

  'lift.weeklySets': (input, ctx) => {
    const weekStart = readProfile(ctx.db)?.weekStart ?? 'monday';
    const from = weekStartOf(input.date ?? ctx.today(), weekStart);
    const to = addDays(from, 6);
    const rows = setRowsInRange(ctx.db, from, to);
    return { from, to, muscles: workingSetsPerMuscle(rows.map((r) => ({ type: r.set_type, muscles: JSON.parse(r.muscles) as string[] }))) };
  },

  'routine.list': (_input, ctx) =>
    (ctx.db.prepare('SELECT id FROM routines ORDER BY name COLLATE NOCASE').all() as { id: number }[]).map((r) => readRoutine(ctx.db, r.id)),

  'routine.add': (input, ctx) => {
    uniqueName(ctx.db, 'routines', input.name);
    const id = ctx.db.transaction(() => {
      const now = ctx.now().toISOString();
      const rid = Number(
        ctx.db.prepare('INSERT INTO routines (name, kind, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(input.name, input.kind ?? 'full-body', input.notes ?? null, now, now).lastInsertRowid,
      );
      writeRoutineItems(ctx.db, rid, input.items);
      return rid;
    })();
    return readRoutine(ctx.db, id);
  },

  'routine.update': (input, ctx) => {
    const cur = readRoutine(ctx.db, input.id);
    if (input.name !== undefined) uniqueName(ctx.db, 'routines', input.name, input.id);
    ctx.db.transaction(() => {
      ctx.db
        .prepare('UPDATE routines SET name = ?, kind = ?, notes = ?, updated_at = ? WHERE id = ?')
        .run(input.name ?? cur.name, input.kind ?? cur.kind, input.notes !== undefined ? input.notes : cur.notes, ctx.now().toISOString(), input.id);
      if (input.items) writeRoutineItems(ctx.db, input.id, input.items);
    })();
    return readRoutine(ctx.db, input.id);
  },

  'routine.delete': (input, ctx) => {
    const cur = readRoutine(ctx.db, input.id);
    ctx.db.prepare('DELETE FROM routines WHERE id = ?').run(input.id);
    return cur;
  },

  'template.list': (_input, ctx) => (ctx.db.prepare('SELECT * FROM session_templates ORDER BY name COLLATE NOCASE').all() as TemplateRow[]).map(toTemplate),

  'template.add': (input, ctx) => {
    uniqueName(ctx.db, 'session_templates', input.name);
    checkRoutineId(ctx.db, input.routineId);
    const id = Number(
      ctx.db
        .prepare(
          `INSERT INTO session_templates (name, kind, modality, start_time, minutes, rpe, distance_km, elevation_gain_m, elevation_loss_m, notes, routine_id, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.name,
          input.kind,
          input.modality ?? null,
          input.start,
          input.minutes,
          input.rpe,
          input.distanceKm ?? null,
          input.elevationGainM ?? null,
          input.elevationLossM ?? null,
          input.notes ?? null,
          input.routineId ?? null,
          ctx.now().toISOString(),
        ).lastInsertRowid,
    );
    return toTemplate(getTemplate(ctx.db, id));
  },

  'template.update': (input, ctx) => {
    const cur = getTemplate(ctx.db, input.id);
    if (input.name !== undefined) uniqueName(ctx.db, 'session_templates', input.name, input.id);
    checkRoutineId(ctx.db, input.routineId);
    const pick = <T>(v: T | undefined, old: T): T => (v === undefined ? old : v);
    ctx.db
      .prepare(
        `UPDATE session_templates SET name=?, kind=?, modality=?, start_time=?, minutes=?, rpe=?, distance_km=?, elevation_gain_m=?, elevation_loss_m=?, notes=?, routine_id=? WHERE id=?`,
      )
      .run(
        pick(input.name, cur.name),
        pick(input.kind, cur.kind),
        pick(input.modality, cur.modality),
        pick(input.start, cur.start_time),
        pick(input.minutes, cur.minutes),
        pick(input.rpe, cur.rpe),
        pick(input.distanceKm, cur.distance_km),
        pick(input.elevationGainM, cur.elevation_gain_m),
        pick(input.elevationLossM, cur.elevation_loss_m),
        pick(input.notes, cur.notes),
        pick(input.routineId, cur.routine_id),
        input.id,
      );
    return toTemplate(getTemplate(ctx.db, input.id));
  },

  'template.delete': (input, ctx) => {
    const cur = toTemplate(getTemplate(ctx.db, input.id));
    ctx.db.prepare('DELETE FROM session_templates WHERE id = ?').run(input.id);
    return cur;
  },
};
