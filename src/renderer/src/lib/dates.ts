// The renderer's one way to show a date or a time: src/shared/dateFormat.ts in the browser's locale,
// with "this year" read from the app's today (the core's clock, which tests and demos fix).
import { dayMonth, dayRangeText, hourText, longDay, momentText, shortDay, timeRangeText, timeText, weekdayText, weekText } from '../../../shared/dateFormat';
import type { DateStyle } from '../../../shared/charts/theme';
import { appState } from './app-state.svelte';

/** The browser's language: the order and words of every date on screen. */
export const locale = navigator.language;
const today = (): string | undefined => appState.info?.today;

/** The locale and today, for the chart configurations and their tables. */
export const dateStyle = (): DateStyle => ({ locale, today: today() ?? null });
/** 'Thu 3 Dec' (the year when not this year's). */
export const showDay = (day: string): string => shortDay(day, locale, today());
/** 'Thu' */
export const showWeekday = (day: string): string => weekdayText(day, locale);
/** '3 Dec' */
export const showDayMonth = (day: string): string => dayMonth(day, locale, today());
/** 'Thursday 3 December 2026' */
export const showLongDay = (day: string): string => longDay(day, locale);
/** '07:05' or '7:05 AM' */
export const showTime = (hhmm: string): string => timeText(hhmm, locale);
/** '06:00' or '6 AM', for a time axis */
export const showHour = (hour: number): string => hourText(hour, locale);
/** '07:00–08:30' */
export const showTimeRange = (start: string, end: string): string => timeRangeText(start, end, locale);
/** '3 – 9 Dec' (the year when not this year's) */
export const showDayRange = (from: string, to: string): string => dayRangeText(from, to, locale, today());
/** 'Week of 30 Nov' */
export const showWeek = (start: string): string => weekText(start, locale, today());
/** A timestamp on this machine's clock: 'Thu 3 Dec, 14:05'. */
export const showMoment = (iso: string): string => momentText(iso, locale, today());
