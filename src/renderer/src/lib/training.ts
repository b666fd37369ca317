// Display helpers for the training screens: units at the edge (kg/lb, km/mi), durations, labels (dates: lib/dates.ts).
import { call } from './api';
import { appState } from './app-state.svelte';
import { KIND_LABELS, MODALITY_LABELS, type Modality, type SessionKind } from '../../../shared/training';
import { fromKg, fromKm, round, toKg, toKm, type DistanceUnit, type WeightUnit } from '../../../shared/units';

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind as SessionKind] ?? kind;
}
export function modalityLabel(m: string | null): string {
  return m ? (MODALITY_LABELS[m as Modality] ?? m) : '';
}

/** A session's name on a card: its title, or kind (+ modality). */
export function sessionName(s: { title: string | null; kind: string; modality: string | null }): string {
  if (s.title) return s.title;
  return s.modality ? `${kindLabel(s.kind)} · ${modalityLabel(s.modality)}` : kindLabel(s.kind);
}

export function showWeight(kg: number | null | undefined, unit: WeightUnit, digits = 1): string {
  if (kg == null) return '—';
  return `${round(fromKg(kg, unit), digits)} ${unit}`;
}
export function weightIn(kg: number | null | undefined, unit: WeightUnit, digits = 1): number | null {
  return kg == null ? null : round(fromKg(kg, unit), digits);
}
export function weightToKg(value: number, unit: WeightUnit): number {
  return toKg(value, unit);
}
export function showDistance(km: number | null | undefined, unit: DistanceUnit): string {
  if (km == null) return '';
  return `${round(fromKm(km, unit), 1)} ${unit}`;
}
export function distanceIn(km: number | null | undefined, unit: DistanceUnit): number | null {
  return km == null ? null : round(fromKm(km, unit), 2);
}
export function distanceToKm(value: number, unit: DistanceUnit): number {
  return toKm(value, unit);
}

/** '1 h 05 min', '45 min' */
export function showMinutes(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  return m % 60 ? `${h} h ${String(m % 60).padStart(2, '0')} min` : `${h} h`;
}

/** A number input's value (Svelte binds number inputs to number | null | undefined) as number | null. */
export function numOrNull(v: number | string | null | undefined): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : Number(String(v).replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

const SEVERITY_RANK: Record<string, number> = { critical: 3, warning: 2, info: 1 };
export function worstSeverity(list: { severity: string }[]): string | null {
  let best: string | null = null;
  for (const f of list) if (!best || SEVERITY_RANK[f.severity] > SEVERITY_RANK[best]) best = f.severity;
  return best;
}

/** The app's "today" (the core's clock, which tests and demos can fix), asking the core if not known yet. */
export async function currentDay(): Promise<string> {
  if (appState.info?.today) return appState.info.today;
  return (await call('app.info', {})).today;
}
