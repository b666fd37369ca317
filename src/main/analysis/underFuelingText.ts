// The under-fuelling verdict's thresholds, sources and wording (science.md §3, §4, §7): one place, so
// every message, the UI's tooltips and the tests read the same numbers.
import type { UnderFueling } from '../../shared/contract/energy';
import { fromKg, type WeightUnit } from '../../shared/units';

type UnderFuelingReason = UnderFueling['reasons'][number];
export type SignalStatus = UnderFuelingReason['status'];
export type SignalCode = UnderFuelingReason['code'];

export const THRESHOLDS = {
  // The deficit is judged as the weight loss it would cause (ρ from the expenditure estimate), on the
  // rate rule's bands; Murphy & Koehler's 500 kcal/day is shown beside it, not used as a cut-off.
  deficit: { watch: 0.7, high: 1.0, unit: '%BW/wk', source: 'Garthe 2011, IJSNEM 21:97; Helms, Aragon & Fitschen 2014, JISSN 11:20; ρ: Hall 2008; context: Murphy & Koehler 2022, Scand J Med Sci Sports 32:125' },
  'weight-loss-rate': { watch: 0.7, high: 1.0, unit: '%BW/wk', source: 'Garthe 2011, IJSNEM 21:97; Helms, Aragon & Fitschen 2014, JISSN 11:20' },
  protein: { watch: 1.6, high: 1.2, unit: 'g/kg/d', source: 'Morton 2018, BJSM 52:376' },
  carbohydrate: { unit: 'g/kg/d', source: 'Thomas, Erdman & Burke 2016, MSSE 48:543' },
  // Watch below 35 (not 45): between 30 and 45 is "reduced", and 35 keeps a margin above the low
  // band without flagging the many athletes who maintain weight in the upper half of it.
  'energy-availability': { watch: 35, high: 30, unit: 'kcal/kg FFM/d', source: 'Loucks 1998; Elliott-Sale 2018, IJSNEM 28:335; IOC REDs consensus, Mountjoy 2023, BJSM 57:1073 (thresholds from studies of women; men’s are thought lower)' },
  // ≤ 6 h is high (the sleep-loss studies' restriction, Craven 2022), under 7 h watch (AASM/SRS).
  sleep: { watch: 7, high: 6, unit: 'h', source: 'Watson 2015, J Clin Sleep Med 11:591; Craven 2022, Sports Med 52:2669' },
  // Rising from +1 %; falling only beyond the trend's own noise (at least 2 %).
  'strength-trend': { watch: 1, high: -2, unit: '%', source: 'Estimated max by Epley or the effort table (Helms 2016); rising/falling rule: Hybrid Planner' },
} as const;

/** Energy availability bands (science.md §3): below 30 low, 30–45 reduced, 45 and up adequate. */
export const EA_BANDS = [30, 45] as const;

/** Murphy & Koehler's deficit, kcal/day: context for the deficit, not a threshold. */
export const MURPHY_KOEHLER_KCAL = 500;

export const MURPHY_KOEHLER_NOTE =
  'Murphy & Koehler 2022 (meta-analysis): a deficit above ~500 kcal/day stopped lean-mass gains, but strength gains were not significantly impaired (effect size −0.31, p = 0.28). How big a deficit is depends on your size, so the app judges it as the weight loss it would cause.';
export const REDS_NOTE =
  'Food energy left after training (energy availability) is an estimate, not a diagnosis. The app never diagnoses REDs; if it stays low — or you notice missed periods, frequent illness or injuries, or low mood — ask a clinician for a REDs screening (IOC REDs CAT2). Its thresholds for low and adequate come from studies of women; men’s are thought to be lower.';
export const UNDER_REPORTING_SOURCE =
  'Capling 2017, Nutrients 9:1313 (athletes’ logged intake was 19 % under doubly labelled water on average); Burke 2018, IJSNEM 28:350';

export const SIGNAL_NAMES: Record<SignalCode, string> = {
  deficit: 'energy deficit',
  'weight-loss-rate': 'rate of weight loss',
  protein: 'protein',
  carbohydrate: 'carbohydrate',
  'energy-availability': 'food energy left after training',
  sleep: 'sleep',
  'strength-trend': 'main lifts’ trend',
};

export const RANK: Record<SignalStatus, number> = { 'no-data': -1, ok: 0, watch: 1, high: 2 };
export const worse = (a: SignalStatus, b: SignalStatus): SignalStatus => (RANK[b] > RANK[a] ? b : a);

export const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
export const fmt = (x: number, digits = 0): string => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const ceilTo = (x: number, step: number): number => Math.ceil(x / step) * step;

/** A body mass in the user's unit: "80.0 kg", "176.4 lb". */
export const massText = (kg: number, unit: WeightUnit, digits = 1): string => `${fmt(fromKg(kg, unit), digits)} ${unit}`;

/** Status of a value where larger is worse (deficit, loss rate). */
export function statusAbove(value: number, watch: number, high: number): { status: SignalStatus; threshold: number } {
  if (value > high) return { status: 'high', threshold: high };
  if (value > watch) return { status: 'watch', threshold: watch };
  return { status: 'ok', threshold: watch };
}
/** Status of a value where smaller is worse (protein, EA, strength trend). */
export function statusBelow(value: number, watch: number, high: number): { status: SignalStatus; threshold: number } {
  if (value < high) return { status: 'high', threshold: high };
  if (value < watch) return { status: 'watch', threshold: watch };
  return { status: 'ok', threshold: watch };
}

export function noData(code: SignalCode, message: string, watch: number, high: number, unit: string, source: string, dataDays: number): UnderFuelingReason {
  return { code, status: 'no-data', message, value: null, threshold: watch, watchThreshold: watch, highThreshold: high, unit, source, dataDays };
}
