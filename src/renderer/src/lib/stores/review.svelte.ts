// The weekly review's state: the week shown (its label, or the current week), the `review.week`
// answer, and the weekly stress load of the eight weeks ending with it (`insights.get`, the same
// numbers as the Insights screen) for the load chart.
import type { Insights } from '../../../../shared/contract/insights';
import type { ReviewWeek } from '../../../../shared/contract/review';
import { addDays } from '../../../../shared/dates';
import { call } from '../api';

/** Weeks the load chart shows, the reviewed one last. */
export const LOAD_CHART_WEEKS = 8;

class ReviewStore {
  data = $state.raw<ReviewWeek | null>(null);
  stress = $state.raw<Insights | null>(null);
  error = $state<string | null>(null);
  loading = $state(true);

  /** Loads a week (a label such as '2026-W48'), or the current week without one. */
  async load(week?: string): Promise<void> {
    this.loading = true;
    try {
      const data = await call('review.week', week ? { week } : {});
      const stress = await call('insights.get', { from: addDays(data.from, -7 * (LOAD_CHART_WEEKS - 1)), to: data.through });
      this.data = data;
      this.stress = stress;
      this.error = null;
    } catch (e) {
      this.error = (e as Error).message;
    } finally {
      this.loading = false;
    }
  }
}

export const review = new ReviewStore();
