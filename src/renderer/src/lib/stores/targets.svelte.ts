// The targets screen's data: the goal, one week's targets (the coming week unless another is chosen),
// that week's check-in and the check-in history, and the writes.
import type { Input, Output } from '../../../../shared/contract';
import { addDays, isoWeek, isoWeekStart, weekLabel, weekStartOf } from '../../../../shared/dates';
import { call } from '../api';
import { appState } from '../app-state.svelte';
import { currentDay } from '../training';

export type WeekTargets = Output<'targets.week'>;
export type CheckinView = Output<'targets.checkin'>;

/** The ISO week label `n` weeks from `week`. */
export const shiftWeek = (week: string, n: number): string => isoWeek(addDays(isoWeekStart(week), 7 * n));

/**
 * "Use as my target": fixes the current week's energy target at the verdict's calorie number (source
 * verdict), so a check-in never replaces it silently. Energy and Today both offer it.
 */
export async function useVerdictAsTarget(kcal: number): Promise<void> {
  const weekStart = appState.profile?.weekStart ?? 'monday';
  await call('targets.fix', { energyKcal: kcal, source: 'verdict', week: weekLabel(weekStartOf(await currentDay(), weekStart), weekStart) });
}

class TargetsStore {
  goal = $state.raw<Output<'goal.get'> | null>(null);
  /** The week shown; undefined = the coming week. */
  week = $state<string | undefined>(undefined);
  checkin = $state.raw<CheckinView | null>(null);
  history = $state.raw<Output<'targets.history'>>([]);

  async load(): Promise<void> {
    const input = this.week ? { week: this.week } : {};
    const [goal, checkin, history] = await Promise.all([call('goal.get', {}), call('targets.checkin', input), call('targets.history', {})]);
    this.goal = goal;
    this.checkin = checkin;
    this.history = history;
  }
  async setGoal(input: Input<'goal.set'>): Promise<Output<'goal.set'>> {
    const g = await call('goal.set', input);
    await this.load();
    return g;
  }
  async fix(energyKcal: number | null): Promise<WeekTargets> {
    const t = await call('targets.fix', { energyKcal, week: this.checkin?.week });
    await this.load();
    return t;
  }
  async saveCheckin(input: Omit<Input<'targets.checkinSave'>, 'week'>): Promise<WeekTargets> {
    const t = await call('targets.checkinSave', { ...input, week: this.checkin?.week });
    await this.load();
    return t;
  }
  async go(n: number): Promise<void> {
    if (!this.checkin) return;
    this.week = shiftWeek(this.checkin.week, n);
    await this.load();
  }
}

export const targets = new TargetsStore();
