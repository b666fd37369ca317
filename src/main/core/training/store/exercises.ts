// Every SQL statement on exercises and exercise_aliases: rows in, Exercise records out (one mapper).
// Exercises change no day's facts until a set uses them, so these writes record no change.
import type Database from 'better-sqlite3';
import type { Exercise } from '../../../../shared/contract/training';
import { statement } from '../../../store/statements';

interface ExerciseRow {
  id: number;
  name: string;
  muscles: string;
  lower_body: number;
  bodyweight: number;
  builtin: number;
}

const COLUMNS = 'e.id, e.name, e.muscles, e.lower_body, e.bodyweight, e.builtin';

const toExercise = (r: ExerciseRow, aliases: string[]): Exercise => ({
  id: r.id,
  name: r.name,
  aliases,
  muscles: JSON.parse(r.muscles) as string[],
  lowerBody: r.lower_body === 1,
  bodyweight: r.bodyweight === 1,
  builtin: r.builtin === 1,
});

function aliasesOf(db: Database.Database, exerciseId: number): string[] {
  return (statement(db, 'SELECT alias FROM exercise_aliases WHERE exercise_id = ? ORDER BY alias').all(exerciseId) as { alias: string }[]).map((a) => a.alias);
}

const withAliases = (db: Database.Database, r: ExerciseRow | undefined): Exercise | null => (r ? toExercise(r, aliasesOf(db, r.id)) : null);

/** The exercise whose name key (or one of whose alias keys) is `key`. */
export function exerciseByKey(db: Database.Database, key: string): Exercise | null {
  const direct = statement(db, `SELECT ${COLUMNS} FROM exercises e WHERE e.name_key = ?`).get(key) as ExerciseRow | undefined;
  if (direct) return withAliases(db, direct);
  return withAliases(db, statement(db, `SELECT ${COLUMNS} FROM exercise_aliases a JOIN exercises e ON e.id = a.exercise_id WHERE a.alias_key = ?`).get(key) as ExerciseRow | undefined);
}

function getExercise(db: Database.Database, id: number): Exercise | null {
  return withAliases(db, statement(db, `SELECT ${COLUMNS} FROM exercises e WHERE e.id = ?`).get(id) as ExerciseRow | undefined);
}

/** Every exercise, by name. */
export function listExercises(db: Database.Database): Exercise[] {
  const rows = statement(db, `SELECT ${COLUMNS} FROM exercises e ORDER BY e.name COLLATE NOCASE`).all() as ExerciseRow[];
  const aliases = new Map<number, string[]>();
  for (const a of statement(db, 'SELECT exercise_id, alias FROM exercise_aliases ORDER BY alias').all() as { exercise_id: number; alias: string }[]) {
    const list = aliases.get(a.exercise_id) ?? [];
    list.push(a.alias);
    aliases.set(a.exercise_id, list);
  }
  return rows.map((r) => toExercise(r, aliases.get(r.id) ?? []));
}

/** Every name and alias key with the exercise name it stands for (for close matches). */
export function exerciseKeys(db: Database.Database): { name: string; key: string }[] {
  return statement(db, 'SELECT e.name AS name, e.name_key AS key FROM exercises e UNION ALL SELECT e.name, a.alias_key FROM exercise_aliases a JOIN exercises e ON e.id = a.exercise_id').all() as {
    name: string;
    key: string;
  }[];
}

/** Adds a custom exercise with its aliases (keys already checked for clashes). */
export function insertExercise(
  db: Database.Database,
  e: { name: string; key: string; muscles: string[]; lowerBody: boolean; bodyweight: boolean; aliases: { key: string; alias: string }[] },
  nowIso: string,
): Exercise {
  const id = Number(
    statement(db, 'INSERT INTO exercises (name, name_key, muscles, lower_body, bodyweight, builtin, created_at) VALUES (?, ?, ?, ?, ?, 0, ?)').run(
      e.name,
      e.key,
      JSON.stringify(e.muscles),
      e.lowerBody ? 1 : 0,
      e.bodyweight ? 1 : 0,
      nowIso,
    ).lastInsertRowid,
  );
  const ins = statement(db, 'INSERT INTO exercise_aliases (alias_key, alias, exercise_id) VALUES (?, ?, ?)');
  for (const a of e.aliases) ins.run(a.key, a.alias, id);
  return getExercise(db, id)!;
}

/** Deletes a custom exercise no set or routine uses any more (an undone import's new exercise); false when it is used, built in or gone. */
export function deleteUnusedExercise(db: Database.Database, id: number): boolean {
  const used = statement(db, 'SELECT EXISTS(SELECT 1 FROM lift_sets WHERE exercise_id = ?) OR EXISTS(SELECT 1 FROM routine_items WHERE exercise_id = ?)').pluck().get(id, id) === 1;
  if (used) return false;
  return statement(db, 'DELETE FROM exercises WHERE id = ? AND builtin = 0').run(id).changes > 0;
}
