// Every SQL statement on routines, routine_items and session_templates: rows in, Routine and Template
// records out (one mapper a table). Routines and templates are recipes, not days: deleting one only
// unlinks the sessions made from it, so these writes record no change.
import type Database from 'better-sqlite3';
import type { Routine, Template } from '../../../../shared/contract/training';
import type { SessionKind, SetType } from '../../../../shared/training';
import { sessionLoadAU } from '../../../analysis/sessionLoad';
import { notFound } from '../../../errors';
import { statement } from '../../../store/statements';

interface RoutineRow {
  id: number;
  name: string;
  kind: SessionKind;
  notes: string | null;
}
interface RoutineItemRow {
  exercise_id: number;
  exercise: string;
  sets: number;
  reps: number;
  weight_kg: number | null;
  rpe: number | null;
  set_type: SetType;
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

const toRoutineItem = (i: RoutineItemRow): Routine['items'][number] => ({
  exerciseId: i.exercise_id,
  exercise: i.exercise,
  sets: i.sets,
  reps: i.reps,
  weightKg: i.weight_kg,
  rpe: i.rpe,
  type: i.set_type,
});
const toRoutine = (r: RoutineRow, items: RoutineItemRow[]): Routine => ({ id: r.id, name: r.name, kind: r.kind, notes: r.notes, items: items.map(toRoutineItem) });
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

// --- routines --------------------------------------------------------------------------------------

export function getRoutine(db: Database.Database, id: number): Routine {
  const r = statement(db, 'SELECT id, name, kind, notes FROM routines WHERE id = ?').get(id) as RoutineRow | undefined;
  if (!r) throw notFound('routine', id);
  const items = statement(
    db,
    `SELECT i.exercise_id, e.name AS exercise, i.sets, i.reps, i.weight_kg, i.rpe, i.set_type FROM routine_items i JOIN exercises e ON e.id = i.exercise_id
     WHERE i.routine_id = ? ORDER BY i.position`,
  ).all(id) as RoutineItemRow[];
  return toRoutine(r, items);
}

export function routineExists(db: Database.Database, id: number): boolean {
  return statement(db, 'SELECT 1 FROM routines WHERE id = ?').get(id) !== undefined;
}

export function listRoutines(db: Database.Database): Routine[] {
  return (statement(db, 'SELECT id FROM routines ORDER BY name COLLATE NOCASE').all() as { id: number }[]).map((r) => getRoutine(db, r.id));
}

/** The id of the routine or template with this name (case-insensitive), if any. */
export function idByName(db: Database.Database, table: 'routines' | 'session_templates', name: string): number | undefined {
  const sql = table === 'routines' ? 'SELECT id FROM routines WHERE name = ? COLLATE NOCASE' : 'SELECT id FROM session_templates WHERE name = ? COLLATE NOCASE';
  return (statement(db, sql).get(name) as { id: number } | undefined)?.id;
}

export interface RoutineItemValues {
  exerciseId: number;
  sets: number;
  reps: number;
  weightKg: number | null;
  rpe: number | null;
  type: SetType;
}

function writeRoutineItems(db: Database.Database, routineId: number, items: RoutineItemValues[]): void {
  statement(db, 'DELETE FROM routine_items WHERE routine_id = ?').run(routineId);
  const ins = statement(db, 'INSERT INTO routine_items (routine_id, position, exercise_id, sets, reps, weight_kg, rpe, set_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  items.forEach((it, i) => ins.run(routineId, i + 1, it.exerciseId, it.sets, it.reps, it.weightKg, it.rpe, it.type));
}

export function insertRoutine(db: Database.Database, r: { name: string; kind: SessionKind; notes: string | null; items: RoutineItemValues[] }, nowIso: string): number {
  const id = Number(statement(db, 'INSERT INTO routines (name, kind, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(r.name, r.kind, r.notes, nowIso, nowIso).lastInsertRowid);
  writeRoutineItems(db, id, r.items);
  return id;
}

/** Rewrites a routine; its items only when given. */
export function updateRoutine(db: Database.Database, id: number, r: { name: string; kind: SessionKind; notes: string | null; items?: RoutineItemValues[] }, nowIso: string): void {
  statement(db, 'UPDATE routines SET name = ?, kind = ?, notes = ?, updated_at = ? WHERE id = ?').run(r.name, r.kind, r.notes, nowIso, id);
  if (r.items) writeRoutineItems(db, id, r.items);
}

export function deleteRoutine(db: Database.Database, id: number): void {
  statement(db, 'DELETE FROM routines WHERE id = ?').run(id);
}

// --- templates -------------------------------------------------------------------------------------

export function getTemplate(db: Database.Database, id: number): Template {
  const t = statement(db, 'SELECT * FROM session_templates WHERE id = ?').get(id) as TemplateRow | undefined;
  if (!t) throw notFound('template', id);
  return toTemplate(t);
}

export function listTemplates(db: Database.Database): Template[] {
  return (statement(db, 'SELECT * FROM session_templates ORDER BY name COLLATE NOCASE').all() as TemplateRow[]).map(toTemplate);
}

type TemplateValues = Omit<Template, 'id' | 'loadAU'>;

const templateParams = (t: TemplateValues) => [t.name, t.kind, t.modality, t.start, t.minutes, t.rpe, t.distanceKm, t.elevationGainM, t.elevationLossM, t.notes, t.routineId] as const;

export function insertTemplate(db: Database.Database, t: TemplateValues, nowIso: string): number {
  return Number(
    statement(
      db,
      `INSERT INTO session_templates (name, kind, modality, start_time, minutes, rpe, distance_km, elevation_gain_m, elevation_loss_m, notes, routine_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...templateParams(t), nowIso).lastInsertRowid,
  );
}

export function updateTemplate(db: Database.Database, id: number, t: TemplateValues): void {
  statement(
    db,
    'UPDATE session_templates SET name=?, kind=?, modality=?, start_time=?, minutes=?, rpe=?, distance_km=?, elevation_gain_m=?, elevation_loss_m=?, notes=?, routine_id=? WHERE id=?',
  ).run(...templateParams(t), id);
}

export function deleteTemplate(db: Database.Database, id: number): void {
  statement(db, 'DELETE FROM session_templates WHERE id = ?').run(id);
}
