// The Insights view's state: the range shown, the `insights.get` answer for it and the lift picked
// for the sleep chart (what is drawn: shared/charts/insights.ts).
import { liftChoices, pickLift } from '../../../../shared/charts/insights';
import type { Insights } from '../../../../shared/contract/insights';
import { addDays } from '../../../../shared/dates';
import { call } from '../api';
import { currentDay } from '../training';

export type InsightsRange = 'month' | 'quarter' | 'half' | 'year';
export const INSIGHTS_RANGE_DAYS: Record<InsightsRange, number> = { month: 28, quarter: 84, half: 182, year: 364 };

class InsightsStore {
  range = $state<InsightsRange>('quarter');
  /** Last day shown ('' until today is known). */
  to = $state('');
  data = $state.raw<Insights | null>(null);
  /** The lift the sleep chart shows (null: the pooled main lifts, or the first lift with points). */
  lift = $state<string | null>(null);
  error = $state<string | null>(null);
  loading = $state(true);

  lifts = $derived(this.data ? liftChoices(this.data.sleepVsLift) : []);
  row = $derived(this.data ? pickLift(this.data.sleepVsLift, this.lift) : null);

  async open(): Promise<void> {
    this.range = 'quarter';
    this.data = null;
    this.error = null;
    this.loading = true;
    this.to = await currentDay();
  }

  async load(range: InsightsRange, to: string): Promise<void> {
    if (!to) return;
    this.loading = true;
    try {
      this.data = await call('insights.get', { from: addDays(to, -(INSIGHTS_RANGE_DAYS[range] - 1)), to });
      this.error = null;
    } catch (e) {
      this.error = (e as Error).message;
    } finally {
      this.loading = false;
    }
  }
}

export const insights = new InsightsStore();
