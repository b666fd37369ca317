// The Today screen's data: the under-fuelling answer, today's intake against its target, today's plan
// with its findings, tomorrow's key session, and last night's sleep. Read-only, one round of calls.
import type { Output } from '../../../../shared/contract';
import { addDays } from '../../../../shared/dates';
import { call } from '../api';

type Dashboard = Output<'energy.dashboard'>;
type Session = Output<'session.list'>[number];
export type Finding = Output<'plan.week'>['findings'][number];

/** The one calorie number the app gives ("eat about N kcal/day"): the verdict's, else the day's target. */
export function calorieNumber(uf: Dashboard['underFueling'], dayTargetKcal: number | null): { kcal: number; from: 'verdict' | 'target' } | null {
  if (uf.suggestedIntakeKcal != null) return { kcal: uf.suggestedIntakeKcal, from: 'verdict' };
  return dayTargetKcal != null ? { kcal: dayTargetKcal, from: 'target' } : null;
}

/** The session of a day that asks most of the body: the highest planned load. */
export function keySession(sessions: Session[]): Session | null {
  return sessions.reduce<Session | null>((best, s) => (best == null || s.loadAU > best.loadAU ? s : best), null);
}

class TodayStore {
  today = $state('');
  dashboard = $state.raw<Dashboard | null>(null);
  nutrition = $state.raw<Output<'nutrition.day'> | null>(null);
  sessions = $state.raw<Session[]>([]);
  findings = $state.raw<Finding[]>([]);
  tomorrowKey = $state.raw<Session | null>(null);
  lastNight = $state.raw<Output<'sleep.list'>[number] | null>(null);
  error = $state<string | null>(null);

  /**
   * Forgets the last answer. The store outlives the screen: when the screen is built again after a
   * change app-wide (the demo loaded, an import, a restore) it must not show the answer from before
   * while the new one loads.
   */
  clear(): void {
    this.dashboard = null;
    this.nutrition = null;
    this.error = null;
  }

  async load(today: string): Promise<void> {
    this.today = today;
    const tomorrow = addDays(today, 1);
    try {
      const [dashboard, nutrition, week, tomorrows, nights] = await Promise.all([
        call('energy.dashboard', {}),
        call('nutrition.day', { date: today }),
        call('plan.week', { date: today }),
        call('session.list', { from: tomorrow, to: tomorrow, planned: true }),
        call('sleep.list', { from: today, to: today }),
      ]);
      this.dashboard = dashboard;
      this.nutrition = nutrition;
      this.sessions = week.sessions.filter((s) => s.date === today);
      this.findings = week.findings.filter((f) => f.date === today || this.sessions.some((s) => f.sessionIds.includes(s.id)));
      this.tomorrowKey = keySession(tomorrows);
      this.lastNight = nights[0] ?? null;
      this.error = null;
    } catch (e) {
      this.error = (e as Error).message;
    }
  }
}

export const todayStore = new TodayStore();
