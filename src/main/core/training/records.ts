// Sets as the contract shows them (total load, e1RM), personal records, and a session with its sets
// and the records it set.
import type Database from 'better-sqlite3';
import type { LiftSet, PrEvent, SessionDetail } from '../../../shared/contract/training';
import { round } from '../../../shared/units';
import { setE1rm } from '../../analysis/e1rm';
import { personalRecords, type LiftSet as PrSet } from '../../analysis/prs';
import { BodyWeights, bodyWeightsFor, setLoadKg } from './bodyWeights';
import { getSession, withSetCount } from './store/sessions';
import { exerciseIdsOfSession, setsOfSession, workingSets, type StoredSet } from './store/sets';

/** A stored set as the contract shows it: total load and e1RM, rounded to 0.01 kg. */
export function toLiftSet(s: StoredSet, bodyWeights: BodyWeights | null): LiftSet {
  const loadKg = setLoadKg(s, bodyWeights);
  const e = setE1rm({ loadKg, reps: s.reps, rpe: s.rpe, rir: s.rir, type: s.type });
  return {
    id: s.id,
    sessionId: s.sessionId,
    date: s.date,
    position: s.position,
    exerciseId: s.exerciseId,
    exercise: s.exercise,
    weightKg: s.weightKg,
    assisted: s.assisted,
    bodyweight: s.bodyweight,
    loadKg: loadKg == null ? null : round(loadKg, 2),
    reps: s.reps,
    rpe: s.rpe,
    rir: s.rir,
    type: s.type,
    notes: s.notes,
    e1rmKg: e ? round(e.e1rmKg, 2) : null,
    e1rmMethod: e ? e.method : null,
  };
}

/** Working sets as the records analysis takes them (recorded weight, total load). */
function prSets(sets: StoredSet[], bodyWeights: BodyWeights | null): PrSet[] {
  return sets.map((s) => ({
    setId: s.id,
    sessionId: s.sessionId,
    date: s.date,
    exercise: s.exercise,
    weightKg: s.bodyweight && s.assisted ? -s.weightKg : s.weightKg,
    loadKg: setLoadKg(s, bodyWeights),
    reps: s.reps,
    rpe: s.rpe,
    rir: s.rir,
    type: s.type,
  }));
}

/** Records analysis over working sets (one exercise's, or all). */
export function records(db: Database.Database, exerciseId?: number, opts: { perSet?: boolean } = {}) {
  const sets = workingSets(db, exerciseId === undefined ? {} : { exerciseId });
  return personalRecords(prSets(sets, bodyWeightsFor(db, sets)), opts);
}

export const roundPr = (e: PrEvent): PrEvent => ({
  ...e,
  value: e.type === 'most-reps' ? e.value : round(e.value, 2),
  previous: e.previous == null ? null : e.type === 'most-reps' ? e.previous : round(e.previous, 2),
});

/** Records set in one session (for every exercise it holds). */
function sessionPrs(db: Database.Database, sessionId: number): PrEvent[] {
  const out: PrEvent[] = [];
  for (const id of exerciseIdsOfSession(db, sessionId)) {
    const { events } = records(db, id);
    out.push(...events.filter((e) => e.sessionId === sessionId).map(roundPr));
  }
  return out;
}

export function sessionDetail(db: Database.Database, id: number): SessionDetail {
  const session = getSession(db, id);
  const bodyWeights = new BodyWeights(db);
  const sets = setsOfSession(db, id).map((s) => toLiftSet(s, bodyWeights));
  return { ...withSetCount(session, sets.length), sets, prs: session.planned ? [] : sessionPrs(db, id) };
}
