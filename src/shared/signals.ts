// A fuelling signal's value as people read it, shared by the Energy screen and the CLI: amounts per kg
// of body (or lean) mass in the user's unit, a share of body weight in words.
import { perMassText, type WeightUnit } from './units';

const PER_MASS: Record<string, { measure: string; digits: number }> = {
  protein: { measure: 'g', digits: 2 },
  carbohydrate: { measure: 'g', digits: 2 },
  'energy-availability': { measure: 'kcal', digits: 1 },
};

/** True for the signals measured per kg of body (or lean) mass. */
export const perMassSignal = (code: string): boolean => code in PER_MASS;

/** "0.59 g/lb (1.31 g/kg)", "0.8 % of weight a week", "6.5 h". */
export function signalValueText(r: { code: string; unit: string }, value: number, weightUnit: WeightUnit): string {
  const m = PER_MASS[r.code];
  if (m) return perMassText([value], m.measure, weightUnit, m.digits);
  return `${value.toLocaleString('en-US').replace('-', '−')} ${r.unit === '%BW/wk' ? '% of weight a week' : r.unit}`;
}
