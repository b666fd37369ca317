// The sleep log's data: every night, newest first, and the writes (the form stays in the view).
import type { Input, Output } from '../../../../shared/contract';
import { round } from '../../../../shared/units';
import { call } from '../api';

export type Night = Output<'sleep.list'>[number];

/** The 1–5 quality scale in words, so the number means the same to everyone who logs it. */
const QUALITY_LABELS: Record<number, string> = { 1: 'very poor', 2: 'poor', 3: 'fair', 4: 'good', 5: 'very good' };
/** '4 · good'; a dash when not given. */
export const qualityText = (q: number | null): string => (q == null ? '—' : `${q} · ${QUALITY_LABELS[q] ?? ''}`);

class SleepStore {
  nights = $state.raw<Night[]>([]);

  /** Last seven nights' mean hours (one decimal), null without nights. */
  averageLastWeek = $derived.by(() => {
    const week = this.nights.slice(0, 7);
    return week.length ? round(week.reduce((t, n) => t + n.hours, 0) / week.length, 1) : null;
  });

  async load(): Promise<void> {
    this.nights = await call('sleep.list', {});
  }
  add(input: Input<'sleep.add'>): Promise<Output<'sleep.add'>> {
    return call('sleep.add', input);
  }
  update(input: Input<'sleep.update'>): Promise<Output<'sleep.update'>> {
    return call('sleep.update', input);
  }
  remove(id: number): Promise<Output<'sleep.delete'>> {
    return call('sleep.delete', { id });
  }
}

export const sleep = new SleepStore();
