// Units are converted only at the edges (UI, CLI); the core stores kg, cm, km, minutes, kcal.
export const KG_PER_LB = 0.45359237;
export const KM_PER_MI = 1.609344;
export const G_PER_OZ = 28.349523125;

export type WeightUnit = 'kg' | 'lb';
export type DistanceUnit = 'km' | 'mi';

export const lbToKg = (lb: number): number => lb * KG_PER_LB;
export const kgToLb = (kg: number): number => kg / KG_PER_LB;
export const miToKm = (mi: number): number => mi * KM_PER_MI;
export const kmToMi = (km: number): number => km / KM_PER_MI;
export const ozToG = (oz: number): number => oz * G_PER_OZ;

export function toKg(value: number, unit: WeightUnit): number {
  return unit === 'kg' ? value : lbToKg(value);
}
export function fromKg(kg: number, unit: WeightUnit): number {
  return unit === 'kg' ? kg : kgToLb(kg);
}
export function toKm(value: number, unit: DistanceUnit): number {
  return unit === 'km' ? value : miToKm(value);
}
export function fromKm(km: number, unit: DistanceUnit): number {
  return unit === 'km' ? km : kmToMi(km);
}

/** Round for display/storage without float noise (e.g. 79.80000000001 → 79.8). */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round((value + Number.EPSILON) * f) / f;
}

/** round(), keeping an unknown value unknown. */
export const roundOrNull = (value: number | null | undefined, digits: number): number | null => (value == null ? null : round(value, digits));

/** Kilocalories as shown everywhere: whole, with thousands separators; a dash when unknown. */
export const kcalText = (v: number | null | undefined): string => (v == null ? '—' : Math.round(v).toLocaleString('en-US'));

/**
 * An amount per kg of body mass ("1.6–2.2 g/kg") in the user's unit. The sources state these per kg,
 * so lb users see per lb first with the per-kg figure beside it: "0.73–1 g/lb (1.6–2.2 g/kg)".
 */
export function perMassText(perKg: readonly number[], measure: string, unit: WeightUnit, digits = 2): string {
  const list = (xs: readonly number[]): string => xs.map((x) => round(x, digits).toLocaleString('en-US', { maximumFractionDigits: digits })).join('–');
  const kgText = `${list(perKg)} ${measure}/kg`;
  return unit === 'kg' ? kgText : `${list(perKg.map((x) => x * KG_PER_LB))} ${measure}/lb (${kgText})`;
}
