// The training log's data: exercises, routines, records, this week's sets per muscle, the recent
// lifting and endurance sessions and one exercise's history, and the writes. The forms stay in the views.
import type { Input, Output } from '../../../../shared/contract';
import { addDays } from '../../../../shared/dates';
import { isEnduranceKind } from '../../../../shared/training';
import { call } from '../api';
import { appState } from '../app-state.svelte';
import { exerciseKey, lastSessionSets, type PastSet } from '../previousSets';
import { showWeight } from '../training';

type Exercise = Output<'exercise.list'>[number];
export type Routine = Output<'routine.list'>[number];
export type Detail = Output<'session.get'>;
export type Session = Output<'session.list'>[number];

/** How many endurance sessions the log lists (of the same six weeks as the lifting ones). */
const ENDURANCE_SHOWN = 10;

/** Runs, rides, rows, swims: sessions without sets that have a modality or an endurance kind. */
export const isEnduranceSession = (s: Session): boolean => s.setCount === 0 && (s.modality != null || isEnduranceKind(s.kind));

export const PR_LABELS: Record<string, string> = { 'heaviest-weight': 'heaviest', 'best-e1rm': 'best estimated max', 'most-reps': 'most reps', 'best-session-volume': 'best volume' };

class TrainingStore {
  today = $state('');
  exercises = $state.raw<Exercise[]>([]);
  routines = $state.raw<Routine[]>([]);
  recent = $state.raw<Detail[]>([]);
  /** Logged endurance sessions of the last six weeks, newest first. */
  endurance = $state.raw<Session[]>([]);
  prs = $state.raw<Output<'lift.prs'> | null>(null);
  weekly = $state.raw<Output<'lift.weeklySets'> | null>(null);
  history = $state.raw<Output<'exercise.history'> | null>(null);
  /** The exercise whose history is shown (the best-known lift until one is picked). */
  historyName = $state('');

  /** Per exercise (by key), its last session's sets before `previousBefore`: the set table's Previous column. */
  previous = $state.raw<Map<string, PastSet[]>>(new Map());
  private previousBefore = '';
  private previousAsked = new Set<string>();

  private byName = $derived(new Map(this.exercises.map((e) => [e.name.toLowerCase(), e])));

  /** Whether an exercise (by name, any case) is lifted at body weight. */
  isBodyweight(name: string): boolean {
    return this.byName.get(name.trim().toLowerCase())?.bodyweight ?? false;
  }

  /** A recorded weight: external load, or for bodyweight lifts BW ± added load. */
  recordWeight(exercise: string, kg: number): string {
    const unit = appState.weightUnit;
    if (!this.isBodyweight(exercise)) return showWeight(kg, unit);
    if (kg === 0) return 'BW';
    return `BW ${kg < 0 ? '−' : '+'} ${showWeight(Math.abs(kg), unit)}`;
  }

  /** '100 kg × 5 @ RPE 8', 'BW + 10 kg × 8' */
  setText(s: Detail['sets'][number]): string {
    const unit = appState.weightUnit;
    const w = s.bodyweight ? `BW${s.weightKg ? `${s.assisted ? ' − ' : ' + '}${showWeight(s.weightKg, unit)}` : ''}` : showWeight(s.weightKg, unit);
    const effort = s.rpe != null ? ` @ RPE ${s.rpe}` : s.rir != null ? ` @ ${s.rir} RIR` : '';
    return `${w} × ${s.reps}${effort}`;
  }

  /** 'Back Squat: best estimated max 120 kg' */
  prText(p: Detail['prs'][number]): string {
    const value =
      p.type === 'most-reps' ? `${p.value} reps at ${this.recordWeight(p.exercise, p.weightKg ?? 0)}` : p.type === 'heaviest-weight' ? this.recordWeight(p.exercise, p.value) : showWeight(p.value, appState.weightUnit);
    return `${p.exercise}: ${PR_LABELS[p.type]} ${value}`;
  }

  /** A fresh log for `today`, as each time the view opens. */
  open(today: string): void {
    this.today = today;
    this.exercises = this.routines = this.recent = this.endurance = [];
    this.prs = this.weekly = this.history = null;
    this.historyName = '';
  }

  /** Everything the view shows; throws what the core answered. */
  async load(): Promise<void> {
    const today = this.today;
    const [ex, ro, pr, wk, list] = await Promise.all([
      call('exercise.list', {}),
      call('routine.list', {}),
      call('lift.prs', { recent: 10 }),
      call('lift.weeklySets', { date: today }),
      call('session.list', { from: addDays(today, -41), to: today, planned: false }),
    ]);
    this.exercises = ex;
    this.routines = ro;
    this.prs = pr;
    this.weekly = wk;
    this.endurance = latestEndurance(list);
    const lifting = list.filter((s) => s.setCount > 0).slice(-6).reverse();
    this.recent = await Promise.all(lifting.map((s) => call('session.get', { id: s.id })));
    if (!this.historyName && pr.records.length) this.historyName = pr.records[0].exercise;
    if (this.historyName) await this.loadHistory();
  }

  async loadHistory(): Promise<void> {
    const name = this.historyName;
    if (!name) return;
    try {
      // All of it: the progress chart marks a session as a record only against every earlier one.
      const h = await call('exercise.history', { exercise: name });
      // A quicker answer for an exercise picked later must not be overwritten by this one.
      if (this.historyName === name) this.history = h;
    } catch (e) {
      if (this.historyName === name) this.history = null;
      throw e;
    }
  }

  /** Loads the last session's sets of each known exercise named in the table, once per exercise and day. */
  async loadPrevious(names: string[], before: string): Promise<void> {
    if (before !== this.previousBefore) {
      this.previousBefore = before;
      this.previousAsked = new Set();
      this.previous = new Map();
    }
    const wanted = [...new Set(names.map(exerciseKey))].filter((k) => this.byName.has(k) && !this.previousAsked.has(k));
    if (!wanted.length) return;
    for (const k of wanted) this.previousAsked.add(k);
    // A year back is plenty for "last time"; it keeps the answer small for a lift logged for a decade.
    const found = await Promise.all(
      wanted.map(async (k) => {
        const h = await call('exercise.history', { exercise: this.byName.get(k)!.name, from: addDays(before, -365), to: addDays(before, -1) });
        return [k, lastSessionSets(h, before)] as const;
      }),
    );
    if (before !== this.previousBefore) return;
    const next = new Map(this.previous);
    for (const [k, sets] of found) next.set(k, sets);
    this.previous = next;
  }

  /** The kind of the first lifting session planned on a day, if any. */
  async plannedKind(day: string): Promise<string | null> {
    const planned = await call('session.list', { from: day, to: day, planned: true });
    return planned.find((s) => !isEnduranceSession(s))?.kind ?? null;
  }

  logSession(input: Input<'session.add'>): Promise<Detail> {
    return call('session.add', input);
  }

  /** Logs an endurance session and refreshes the list it shows in; throws what the core answered. */
  async logEndurance(input: Input<'session.add'>): Promise<Detail> {
    const d = await call('session.add', input);
    const list = await call('session.list', { from: addDays(this.today, -41), to: this.today, planned: false });
    this.endurance = latestEndurance(list);
    return d;
  }

  async addRoutine(input: Input<'routine.add'>): Promise<Routine> {
    const r = await call('routine.add', input);
    this.routines = await call('routine.list', {});
    return r;
  }

  async deleteRoutine(id: number): Promise<void> {
    await call('routine.delete', { id });
    this.routines = await call('routine.list', {});
  }
}

function latestEndurance(list: Session[]): Session[] {
  return list.filter(isEnduranceSession).slice(-ENDURANCE_SHOWN).reverse();
}

export const training = new TrainingStore();
