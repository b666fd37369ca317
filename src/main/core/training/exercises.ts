// Finding an exercise by what a user types: its name or an alias, case- and punctuation-insensitive
// ('pull up' = 'Pull-Up' = 'PULLUP'); importers' equipment suffixes such as '(Barbell)' fall back to
// the plain name. Unknown names get close matches (edit distance) so the user can pick one.
import type Database from 'better-sqlite3';
import type { Exercise } from '../../../shared/contract/training';
import { exerciseKey } from '../../store/migrations/003_training';
import { AppError, invalid } from '../../errors';
import { exerciseByKey, exerciseKeys, insertExercise } from './store/exercises';

/** Suffixes that name the usual equipment of the base lift, so 'Deadlift (Barbell)' = 'Deadlift'. */
const PLAIN_SUFFIX = /\s*\((barbell|bodyweight|weighted|assisted)\)\s*$/i;

export function findExercise(db: Database.Database, name: string): Exercise | null {
  const byKey = (key: string): Exercise | null => (key ? exerciseByKey(db, key) : null);
  return byKey(exerciseKey(name)) ?? (PLAIN_SUFFIX.test(name) ? byKey(exerciseKey(name.replace(PLAIN_SUFFIX, ''))) : null);
}

/** Levenshtein distance (two rows). */
function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Up to `limit` exercise names close to what was typed (by name or alias), closest first. */
export function closeMatches(db: Database.Database, typed: string, limit = 5): string[] {
  const q = exerciseKey(typed);
  if (!q) return [];
  const best = new Map<string, number>();
  for (const r of exerciseKeys(db)) {
    let score = editDistance(q, r.key);
    // A name containing what was typed (or the other way round) is close whatever its length.
    if (q.length >= 3 && (r.key.includes(q) || q.includes(r.key))) score = Math.min(score, 1 + Math.abs(r.key.length - q.length) / 10);
    const threshold = Math.max(2, Math.floor(q.length * 0.34));
    if (score > threshold) continue;
    const cur = best.get(r.name);
    if (cur === undefined || score < cur) best.set(r.name, score);
  }
  return [...best.entries()]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([name]) => name);
}

/** The exercise a user means, or an error naming close matches (field 'exercise'). */
export function requireExercise(db: Database.Database, typed: string, field = 'exercise'): Exercise {
  const row = findExercise(db, typed);
  if (row) return row;
  const near = closeMatches(db, typed);
  const hint = near.length ? ` Close matches: ${near.join(', ')}.` : ' No close matches.';
  throw invalid(field, `Unknown exercise "${typed.trim()}".${hint} To add it as a custom exercise, send create: true (CLI: --create).`);
}

interface CustomExercise {
  name: string;
  muscles?: string[];
  lowerBody?: boolean;
  bodyweight?: boolean;
  aliases?: string[];
}

/** Adds a custom exercise; its name and aliases must not clash with any existing name or alias. */
export function createExercise(db: Database.Database, input: CustomExercise, nowIso: string): Exercise {
  const name = input.name.trim().replace(/\s+/g, ' ');
  const key = exerciseKey(name);
  if (!key) throw invalid('name', 'The exercise name needs at least one letter or digit.');
  const clash = findExercise(db, name);
  if (clash) throw new AppError('conflict', `"${name}" is already known as ${clash.name}.`, 'name');
  const aliases = [...new Set((input.aliases ?? []).map((a) => a.trim()).filter((a) => exerciseKey(a) && exerciseKey(a) !== key))];
  for (const a of aliases) {
    const c = findExercise(db, a);
    if (c) throw new AppError('conflict', `The alias "${a}" already means ${c.name}.`, 'aliases');
  }
  return insertExercise(
    db,
    { name, key, muscles: [...new Set(input.muscles ?? [])], lowerBody: input.lowerBody ?? false, bodyweight: input.bodyweight ?? false, aliases: aliases.map((a) => ({ key: exerciseKey(a), alias: a })) },
    nowIso,
  );
}
