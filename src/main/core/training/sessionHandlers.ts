// session.*: logging, planning, completing and deleting sessions.
import { invalid, AppError } from '../../errors';
import type { DomainHandlers } from '../handlerTypes';
import { defaultRange } from '../range';
import { sessionDetail } from './records';
import { SET_ADD_SOURCE, checkRoutineId, checkSession, insertSession, insertSets, resolveSet, takesSets, updateSession, valuesOf, type SessionValues } from './sessions';
import { deleteSession, getSession, listSessions, readSession, setCountOf } from './store/sessions';
import { getTemplate } from './store/routines';

const nullable = <T>(v: T | null | undefined): T | null => (v === undefined ? null : v);

type SessionMethod = 'session.add' | 'session.update' | 'session.complete' | 'session.delete' | 'session.get' | 'session.list' | 'session.fromTemplate';

export const sessionHandlers: DomainHandlers<SessionMethod> = {
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
      insertSets(ctx, { id: sid, date: v.date }, resolved);
      return sid;
    })();
    return sessionDetail(ctx.db, id);
  },

  'session.update': (input, ctx) => {
    const cur = getSession(ctx.db, input.id);
    const v: SessionValues = { ...valuesOf(cur) };
    for (const k of ['date', 'start', 'kind', 'minutes', 'rpe', 'modality', 'distanceKm', 'elevationGainM', 'elevationLossM', 'avgHr', 'title', 'notes', 'planned'] as const) {
      if (input[k] !== undefined) (v as unknown as Record<string, unknown>)[k] = input[k];
    }
    if (v.title === '') v.title = null;
    if (v.notes === '') v.notes = null;
    // A kind chosen by the user is no longer a guess.
    if (input.kind !== undefined && v.source === SET_ADD_SOURCE) v.source = 'manual';
    const setCount = setCountOf(ctx.db, input.id);
    if (setCount && !takesSets(v.kind)) throw invalid('kind', `This session has ${setCount} sets: it must stay a strength or sport-specific session (delete the sets first).`);
    if (setCount && v.planned) throw invalid('planned', `This session has ${setCount} logged sets: it cannot go back to planned.`);
    checkSession(ctx, v, { excludeId: input.id, confirm: input.confirm });
    updateSession(ctx, cur, v);
    return readSession(ctx.db, input.id);
  },

  'session.complete': (input, ctx) => {
    const cur = getSession(ctx.db, input.id);
    if (!cur.planned) throw new AppError('conflict', `Session ${input.id} is already logged as done.`, 'id');
    const v: SessionValues = { ...valuesOf(cur), planned: false };
    for (const k of ['start', 'minutes', 'rpe', 'distanceKm', 'elevationGainM', 'elevationLossM', 'avgHr', 'notes'] as const) {
      if (input[k] !== undefined) (v as unknown as Record<string, unknown>)[k] = input[k];
    }
    checkSession(ctx, v, { excludeId: input.id, confirm: input.confirm });
    updateSession(ctx, cur, v);
    return readSession(ctx.db, input.id);
  },

  'session.delete': (input, ctx) => {
    const detail = sessionDetail(ctx.db, input.id);
    deleteSession(ctx.db, detail);
    return detail;
  },

  'session.get': (input, ctx) => sessionDetail(ctx.db, input.id),

  'session.list': (input, ctx) => {
    const { from, to } = defaultRange(ctx, input, 28);
    return listSessions(ctx.db, from, to).filter((s) => (input.planned === undefined || s.planned === input.planned) && (input.kind === undefined || s.kind === input.kind));
  },

  'session.fromTemplate': (input, ctx) => {
    const t = getTemplate(ctx.db, input.templateId);
    const v: SessionValues = {
      date: input.date,
      start: input.start ?? t.start,
      kind: t.kind,
      minutes: t.minutes,
      rpe: t.rpe,
      modality: t.modality,
      distanceKm: t.distanceKm,
      elevationGainM: t.elevationGainM,
      elevationLossM: t.elevationLossM,
      avgHr: null,
      title: t.name,
      notes: t.notes,
      planned: input.planned ?? true,
      templateId: t.id,
      routineId: t.routineId,
    };
    checkSession(ctx, v, { confirm: input.confirm });
    return readSession(ctx.db, insertSession(ctx, v));
  },
};
