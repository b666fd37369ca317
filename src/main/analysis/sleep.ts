// A night of sleep belongs to the day you wake up. Bed and wake are local wall-clock times;
// the bedtime is on the wake-up day or the day before.
import { addDays } from '../../shared/dates';
import { timeToMinutes, wallClockMinutes } from '../../shared/timeOfDay';

export const MAX_SLEEP_HOURS = 20;

interface NightSpan {
  /** The day the bedtime falls on. */
  bedDate: string;
  /** Minutes from bedtime to wake time. */
  inBedMinutes: number;
}

/**
 * Places a night on the timeline. Without `bedDate`, a bedtime later on the clock than the wake time
 * is taken to be the evening before (23:10 → 06:40), an earlier one the same day (00:40 → 07:10).
 * Returns an error text when the wake time does not follow the bedtime within 24 h.
 */
export function nightSpan(wakeDate: string, bed: string, wake: string, bedDate?: string): NightSpan | { error: string; field: 'bed' | 'wake' | 'bedDate' } {
  const bedDay = bedDate ?? (timeToMinutes(bed) >= timeToMinutes(wake) ? addDays(wakeDate, -1) : wakeDate);
  const minutes = wallClockMinutes(wakeDate, wake) - wallClockMinutes(bedDay, bed);
  if (minutes <= 0) return { error: `The wake time ${wakeDate} ${wake} does not follow the bedtime ${bedDay} ${bed}.`, field: bedDate ? 'bedDate' : 'wake' };
  if (minutes >= 24 * 60) return { error: `The wake time ${wakeDate} ${wake} is not within 24 h of the bedtime ${bedDay} ${bed}.`, field: bedDate ? 'bedDate' : 'wake' };
  return { bedDate: bedDay, inBedMinutes: minutes };
}
