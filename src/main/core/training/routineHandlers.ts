// routine.* and template.*: the lifts of a routine and the sessions a template plans.
import type Database from 'better-sqlite3';
import type { Routine } from '../../../shared/contract/training';
import { AppError } from '../../errors';
import type { DomainHandlers } from '../handlerTypes';
import { requireExercise } from './exercises';
import { checkRoutineId } from './sessions';
import {
  deleteRoutine,
  deleteTemplate,
  getRoutine,
  getTemplate,
  idByName,
  insertRoutine,
  insertTemplate,
  listRoutines,
  listTemplates,
  updateRoutine,
  updateTemplate,
  type RoutineItemValues,
} from './store/routines';

type RoutineMethod = 'routine.list' | 'routine.add' | 'routine.update' | 'routine.delete' | 'template.list' | 'template.add' | 'template.update' | 'template.delete';

type RoutineItemInput = { exercise: string; sets: number; reps: number; weightKg?: number | null; rpe?: number | null; type?: Routine['items'][number]['type'] };
function routineItems(db: Database.Database, items: RoutineItemInput[]): RoutineItemValues[] {
  return items.map((it, i) => ({
    exerciseId: requireExercise(db, it.exercise, `items.${i}.exercise`).id,
    sets: it.sets,
    reps: it.reps,
    weightKg: it.weightKg ?? null,
    rpe: it.rpe ?? null,
    type: it.type ?? 'working',
  }));
}

function uniqueName(db: Database.Database, table: 'routines' | 'session_templates', name: string, exceptId?: number): void {
  const id = idByName(db, table, name);
  if (id !== undefined && id !== exceptId) throw new AppError('conflict', `There is already a ${table === 'routines' ? 'routine' : 'template'} named "${name}".`, 'name');
}

export const routineHandlers: DomainHandlers<RoutineMethod> = {
  'routine.list': (_input, ctx) => listRoutines(ctx.db),

  'routine.add': (input, ctx) => {
    uniqueName(ctx.db, 'routines', input.name);
    const id = ctx.db.transaction(() =>
      insertRoutine(ctx.db, { name: input.name, kind: input.kind ?? 'full-body', notes: input.notes ?? null, items: routineItems(ctx.db, input.items) }, ctx.now().toISOString()),
    )();
    return getRoutine(ctx.db, id);
  },

  'routine.update': (input, ctx) => {
    const cur = getRoutine(ctx.db, input.id);
    if (input.name !== undefined) uniqueName(ctx.db, 'routines', input.name, input.id);
    ctx.db.transaction(() => {
      updateRoutine(
        ctx.db,
        input.id,
        {
          name: input.name ?? cur.name,
          kind: input.kind ?? cur.kind,
          notes: input.notes !== undefined ? input.notes : cur.notes,
          items: input.items ? routineItems(ctx.db, input.items) : undefined,
        },
        ctx.now().toISOString(),
      );
    })();
    return getRoutine(ctx.db, input.id);
  },

  'routine.delete': (input, ctx) => {
    const cur = getRoutine(ctx.db, input.id);
    deleteRoutine(ctx.db, input.id);
    return cur;
  },

  'template.list': (_input, ctx) => listTemplates(ctx.db),

  'template.add': (input, ctx) => {
    uniqueName(ctx.db, 'session_templates', input.name);
    checkRoutineId(ctx.db, input.routineId);
    const id = insertTemplate(
      ctx.db,
      {
        name: input.name,
        kind: input.kind,
        modality: input.modality ?? null,
        start: input.start,
        minutes: input.minutes,
        rpe: input.rpe,
        distanceKm: input.distanceKm ?? null,
        elevationGainM: input.elevationGainM ?? null,
        elevationLossM: input.elevationLossM ?? null,
        notes: input.notes ?? null,
        routineId: input.routineId ?? null,
      },
      ctx.now().toISOString(),
    );
    return getTemplate(ctx.db, id);
  },

  'template.update': (input, ctx) => {
    const cur = getTemplate(ctx.db, input.id);
    if (input.name !== undefined) uniqueName(ctx.db, 'session_templates', input.name, input.id);
    checkRoutineId(ctx.db, input.routineId);
    const pick = <T>(v: T | undefined, old: T): T => (v === undefined ? old : v);
    updateTemplate(ctx.db, input.id, {
      name: pick(input.name, cur.name),
      kind: pick(input.kind, cur.kind),
      modality: pick(input.modality, cur.modality),
      start: pick(input.start, cur.start),
      minutes: pick(input.minutes, cur.minutes),
      rpe: pick(input.rpe, cur.rpe),
      distanceKm: pick(input.distanceKm, cur.distanceKm),
      elevationGainM: pick(input.elevationGainM, cur.elevationGainM),
      elevationLossM: pick(input.elevationLossM, cur.elevationLossM),
      notes: pick(input.notes, cur.notes),
      routineId: pick(input.routineId, cur.routineId),
    });
    return getTemplate(ctx.db, input.id);
  },

  'template.delete': (input, ctx) => {
    const cur = getTemplate(ctx.db, input.id);
    deleteTemplate(ctx.db, input.id);
    return cur;
  },
};
