// The Energy view's state: the range shown and the `energy.dashboard` answer for it, with the chart
// series and weekly rows derived from it (shared/charts/energy.ts).
import { energyChartSeries, energyWeekRows, RANGE_DAYS, rangeDates, type EnergyRange } from '../../../../shared/charts/energy';
import type { EnergyDashboard } from '../../../../shared/contract/energy';
import { addDays } from '../../../../shared/dates';
import { call } from '../api';
import { appState } from '../app-state.svelte';
import { currentDay } from '../training';
import { useVerdictAsTarget } from './targets.svelte';

class EnergyStore {
  range = $state<EnergyRange>('month');
  /** Last day shown ('' until today is known). */
  to = $state('');
  dash = $state.raw<EnergyDashboard | null>(null);
  error = $state<string | null>(null);
  loading = $state(true);

  series = $derived(this.dash ? energyChartSeries(this.dash, this.range, appState.weightUnit) : null);
  weekRows = $derived(this.dash && this.series ? energyWeekRows(this.dash.weeks, this.series.from, this.series.to, appState.weightUnit) : []);
  /** The day-by-day table, newest first. */
  shownDays = $derived(this.dash && this.series ? this.dash.days.filter((d) => d.date >= this.series!.from).slice().reverse() : []);

  /** A fresh view on the month up to today, as each time the view opens. */
  async open(): Promise<void> {
    this.range = 'month';
    this.to = '';
    this.dash = null;
    this.error = null;
    this.loading = true;
    this.to = await currentDay();
  }

  /** The latest load asked for: an earlier, slower answer (the range before a change) must not win. */
  private asked = 0;

  async load(range: EnergyRange, to: string): Promise<void> {
    if (!to) return;
    const ticket = ++this.asked;
    this.loading = true;
    try {
      const dash = await call('energy.dashboard', rangeDates(range, to));
      if (ticket !== this.asked) return;
      this.dash = dash;
      this.error = null;
    } catch (e) {
      if (ticket === this.asked) this.error = (e as Error).message;
    } finally {
      if (ticket === this.asked) this.loading = false;
    }
  }

  /** Says whether a provisional or partly logged day was complete, then shows the verdict again. */
  async markDay(date: string, complete: boolean): Promise<void> {
    try {
      await call('day.setComplete', { date, complete });
      await this.load(this.range, this.to);
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  /** Makes the verdict's calorie number the food diary's daily energy target. */
  /** The verdict's number as a fixed energy target from this week on (the Targets screen shows it; a check-in never replaces it silently). */
  async useAsTarget(kcal: number): Promise<boolean> {
    try {
      await useVerdictAsTarget(kcal);
      this.error = null;
      return true;
    } catch (e) {
      this.error = (e as Error).message;
      return false;
    }
  }

  /** One range earlier (-1) or later (+1). */
  shift(direction: -1 | 1): void {
    if (this.to) this.to = addDays(this.to, direction * RANGE_DAYS[this.range]);
  }
}

export const energy = new EnergyStore();
