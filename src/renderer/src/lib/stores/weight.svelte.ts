// The weight view's data: the weigh-ins and trend of the chosen range, the chart series and list
// built from them, and the writes. The form's own state stays in the view.
import { groupWeighInsByDay, WEIGHT_RANGES, weightChartData, weightRangeBounds, type WeightRange } from '../../../../shared/charts/weight';
import type { Input, Output } from '../../../../shared/contract';
import { addDays } from '../../../../shared/dates';
import { LOSS_RATE_DAYS, windowLossRate, type LossRate } from '../../../../shared/lossRate';
import { call } from '../api';
import { appState } from '../app-state.svelte';

export type WeighIn = Output<'weight.list'>[number];
type TrendDays = Output<'weight.trend'>['days'];

class WeightStore {
  range = $state<WeightRange>('quarter');
  // Large, replaced wholesale on every load: raw state (no deep proxies over thousands of rows).
  weighIns = $state.raw<WeighIn[]>([]);
  trendDays = $state.raw<TrendDays>([]);
  /** The last 28 days' loss rate, whatever the range: the number the Energy verdict judges. */
  lossRate = $state.raw<LossRate | null>(null);
  loaded = $state(false);
  loadError = $state<string | null>(null);
  private loadSeq = 0;

  series = $derived(weightChartData({ days: this.trendDays, weighInDates: this.weighIns.map((w) => w.date), unit: appState.weightUnit }));
  groups = $derived(groupWeighInsByDay(this.weighIns, appState.weightUnit));
  trendByDate = $derived(new Map(this.trendDays.map((d) => [d.date, d.trendKg])));
  rangeLabel = $derived(WEIGHT_RANGES.find((r) => r.id === this.range)?.label ?? '');

  /** A fresh view on the last three months, as each time the view opens. */
  open(): void {
    this.range = 'quarter';
    this.weighIns = [];
    this.trendDays = [];
    this.lossRate = null;
    this.loaded = false;
    this.loadError = null;
  }

  async load(today: string): Promise<void> {
    const seq = ++this.loadSeq;
    const range = this.range;
    try {
      let list: WeighIn[];
      let days: TrendDays;
      if (range === 'all') {
        list = await call('weight.list', {});
        const bounds = weightRangeBounds('all', today, list.length ? list[list.length - 1].date : null);
        days = (await call('weight.trend', bounds)).days;
      } else {
        const bounds = weightRangeBounds(range, today, null);
        const [l, t] = await Promise.all([call('weight.list', bounds), call('weight.trend', bounds)]);
        list = l;
        days = t.days;
      }
      // The day before the 28-day window, then the window (shared/lossRate.ts).
      const recent = await call('weight.trend', { from: addDays(today, -LOSS_RATE_DAYS), to: today });
      if (seq !== this.loadSeq) return; // a newer load (range switch) superseded this one
      this.weighIns = list;
      this.trendDays = days;
      this.lossRate = windowLossRate(recent.days.map((d) => d.trendKg));
      this.loadError = null;
    } catch (e) {
      if (seq === this.loadSeq) this.loadError = (e as Error).message;
    } finally {
      if (seq === this.loadSeq) this.loaded = true;
    }
  }

  add(input: Input<'weight.add'>): Promise<Output<'weight.add'>> {
    return call('weight.add', input);
  }
  update(input: Input<'weight.update'>): Promise<Output<'weight.update'>> {
    return call('weight.update', input);
  }
  remove(id: number): Promise<Output<'weight.delete'>> {
    return call('weight.delete', { id });
  }
}

export const weight = new WeightStore();
