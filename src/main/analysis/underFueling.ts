// "Is under-eating threatening my strength gains?" (science.md §3, §4, §6, §7).
// A transparent verdict over the 28 days ending at the report's last day: each signal gets a status
// with its value, threshold and source; the level is the worst status among the signals that have
// data. Values are rounded to what is shown BEFORE they are compared, so a shown value and its
// status always agree.
import type { UnderFueling } from '../../shared/contract/energy';
import { round } from '../../shared/units';
import { carbohydrateBand } from './carbohydrateBand';

export const UNDER_FUELING_WINDOW_DAYS = 28;
export const MIN_INTAKE_DAYS = 10;
export const MIN_WEIGH_INS = 8;
/** Nights of sleep needed for the sleep signal (D). */
export const MIN_SLEEP_NIGHTS = 7;
/** The lifts whose e1RM trend counts (canonical names of the training log's built-in list). */
export const MAIN_LIFTS = ['Back Squat', 'Front Squat', 'Deadlift', 'Bench Press', 'Overhead Press'];

// The verdict's types are the contract's (src/shared/contract/energy.ts), stated once there.
type UnderFuelingReason = UnderFueling['reasons'][number];
type FuelingAdvice = UnderFueling['advice'][number];
type SignalStatus = UnderFuelingReason['status'];
type UnderFuelingLevel = UnderFueling['level'];
type SignalCode = UnderFuelingReason['code'];

export const THRESHOLDS = {
  deficit: { watch: 300, high: 500, unit: 'kcal/d', source: 'Murphy & Koehler 2022, Scand J Med Sci Sports 32:125' },
  'weight-loss-rate': { watch: 0.7, high: 1.0, unit: '%BW/wk', source: 'Garthe 2011, IJSNEM 21:97; Helms, Aragon & Fitschen 2014, JISSN 11:20' },
  protein: { watch: 1.6, high: 1.2, unit: 'g/kg/d', source: 'Morton 2018, BJSM 52:376' },
  carbohydrate: { unit: 'g/kg/d', source: 'Thomas, Erdman & Burke 2016, MSSE 48:543' },
  'energy-availability': { watch: 35, high: 30, unit: 'kcal/kg FFM/d', source: 'Loucks 1998; IOC REDs consensus, Mountjoy 2023, BJSM 57:1073' },
  sleep: { watch: 7, high: 6, unit: 'h', source: 'Watson 2015, J Clin Sleep Med 11:591' },
  // e1RM change between the two halves of the window: below +1 % is "flat" (D), below −2 % "falling".
  'strength-trend': { watch: 1, high: -2, unit: '%', source: 'e1RM by Epley or the RPE table (Helms 2016); flat/falling rule: Hybrid Planner' },
} as const;

export const MURPHY_KOEHLER_NOTE =
  'Murphy & Koehler 2022 (meta-analysis): a deficit above ~500 kcal/day stopped lean-mass gains, but strength gains were not significantly impaired (effect size −0.31, p = 0.28).';
export const REDS_NOTE =
  'Energy availability here is an estimate, not a diagnosis. The app never diagnoses REDs; if it stays low — or you notice missed periods, frequent illness or injuries, or low mood — ask a clinician for a REDs screening (IOC REDs CAT2).';

export interface FuelingDay {
  date: string;
  intakeKcal: number | null;
  proteinG: number | null;
  carbsG: number | null;
  tdeeKcal: number | null;
  exerciseKcal: number;
  eaKcalPerKgFfm: number | null;
  /** A weigh-in that day. */
  weighedIn: boolean;
  trendKg: number | null;
  sleepHours: number | null;
  /** Completed training, mobility excluded, minutes. */
  trainingMin: number;
  e1rmKg: Record<string, number>;
}

export interface UnderFuelingInput {
  /** The window's days in order (normally 28, ending at the report's last day). */
  days: FuelingDay[];
  /** Weight trend on the day before the window, if any. */
  trendBeforeKg: number | null;
  /** Current fat-free mass and whether it is the Boer estimate. */
  ffmKg: number | null;
  ffmEstimated: boolean;
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const fmt = (x: number, digits = 0): string => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ceilTo = (x: number, step: number): number => Math.ceil(x / step) * step;

/** Status of a value where larger is worse (deficit, loss rate). */
function statusAbove(value: number, watch: number, high: number): { status: SignalStatus; threshold: number } {
  if (value > high) return { status: 'high', threshold: high };
  if (value > watch) return { status: 'watch', threshold: watch };
  return { status: 'ok', threshold: watch };
}
/** Status of a value where smaller is worse (protein, EA, sleep, strength trend). */
function statusBelow(value: number, watch: number, high: number): { status: SignalStatus; threshold: number } {
  if (value < high) return { status: 'high', threshold: high };
  if (value < watch) return { status: 'watch', threshold: watch };
  return { status: 'ok', threshold: watch };
}

const RANK: Record<SignalStatus, number> = { 'no-data': -1, ok: 0, watch: 1, high: 2 };

export function underFuelingCheck(input: UnderFuelingInput): UnderFueling {
  const { days } = input;
  const from = days[0]?.date ?? '';
  const to = days[days.length - 1]?.date ?? '';
  const intakeDays = days.filter((d) => d.intakeKcal != null);
  const weighIns = days.filter((d) => d.weighedIn).length;
  const trends = days.map((d) => d.trendKg).filter((t): t is number => t != null);
  const bodyKg = trends.length ? mean(trends) : null;
  const reasons: UnderFuelingReason[] = [];
  const advice: FuelingAdvice[] = [];
  const needIntake = `only ${intakeDays.length} complete intake day${intakeDays.length === 1 ? '' : 's'} (needs ${MIN_INTAKE_DAYS})`;

  // --- average deficit (expenditure − intake; positive = deficit)
  const t = THRESHOLDS.deficit;
  const paired = intakeDays.filter((d) => d.tdeeKcal != null);
  let deficit: number | null = null;
  let meanTdee: number | null = null;
  if (paired.length >= MIN_INTAKE_DAYS) {
    meanTdee = mean(paired.map((d) => d.tdeeKcal as number));
    const meanIntake = mean(paired.map((d) => d.intakeKcal as number));
    deficit = round(meanTdee - meanIntake, 0);
    const s = statusAbove(deficit, t.watch, t.high);
    const what = deficit >= 0 ? `Average deficit ${fmt(deficit)} kcal/day` : `Average surplus ${fmt(-deficit)} kcal/day`;
    reasons.push({
      code: 'deficit',
      ...s,
      message:
        `${what} over ${paired.length} logged days (estimated expenditure ${fmt(meanTdee)} − intake ${fmt(meanIntake)}).` +
        (s.status === 'high' ? ' Above 500 kcal/day lean-mass gains stopped in the meta-analysis; strength gains were not significantly impaired.' : ''),
      value: deficit,
      watchThreshold: t.watch,
      highThreshold: t.high,
      unit: t.unit,
      source: t.source,
      dataDays: paired.length,
    });
    if (deficit > t.high) {
      const target = ceilTo(meanTdee - t.high + 1, 10);
      advice.push({
        code: 'deficit',
        message: `Eat about ${fmt(target)} kcal/day (${fmt(target - (meanTdee - deficit))} more than now) to bring the deficit under 500 kcal/day.`,
        target,
        unit: 'kcal/d',
      });
    } else if (deficit > t.watch) {
      const target = ceilTo(meanTdee - t.watch + 1, 10);
      advice.push({ code: 'deficit', message: `About ${fmt(target)} kcal/day would keep the deficit under 300 kcal/day.`, target, unit: 'kcal/d' });
    }
  } else {
    reasons.push(noData('deficit', `No average deficit: ${needIntake}.`, t.watch, t.high, t.unit, t.source, paired.length));
  }

  // --- weight-loss rate from the trend
  {
    const t = THRESHOLDS['weight-loss-rate'];
    let startTrend = input.trendBeforeKg;
    let spanDays = days.length;
    if (startTrend == null) {
      const first = days.findIndex((d) => d.trendKg != null);
      if (first >= 0) {
        startTrend = days[first].trendKg;
        spanDays = days.length - 1 - first;
      }
    }
    const endTrend = days[days.length - 1]?.trendKg ?? null;
    if (weighIns >= MIN_WEIGH_INS && startTrend != null && endTrend != null && spanDays >= 14) {
      const rate = round((((startTrend - endTrend) / startTrend) * 100 * 7) / spanDays, 2);
      const s = statusAbove(rate, t.watch, t.high);
      const kgPerWeek = ((startTrend - endTrend) * 7) / spanDays;
      reasons.push({
        code: 'weight-loss-rate',
        ...s,
        message:
          rate >= 0
            ? `Trend weight falling ${fmt(rate, 2)} % of body weight a week (${fmt(kgPerWeek, 2)} kg/week).`
            : `Trend weight rising ${fmt(-rate, 2)} % of body weight a week (${fmt(-kgPerWeek, 2)} kg/week).`,
        value: rate,
        watchThreshold: t.watch,
        highThreshold: t.high,
        unit: t.unit,
        source: t.source,
        dataDays: weighIns,
      });
      if (rate > t.watch) {
        const target = round((endTrend * t.watch) / 100, 2);
        advice.push({ code: 'weight-loss-rate', message: `Slow the loss to at most 0.7 % a week (about ${fmt(target, 2)} kg/week) to keep lean mass.`, target, unit: 'kg/wk' });
      }
    } else {
      const why = weighIns < MIN_WEIGH_INS ? `only ${weighIns} weigh-in${weighIns === 1 ? '' : 's'} (needs ${MIN_WEIGH_INS})` : 'the trend covers under 14 days';
      reasons.push(noData('weight-loss-rate', `No loss rate: ${why}.`, t.watch, t.high, t.unit, t.source, weighIns));
    }
  }

  // --- protein g/kg/d
  {
    const t = THRESHOLDS.protein;
    const withProtein = intakeDays.filter((d) => d.proteinG != null);
    if (withProtein.length >= MIN_INTAKE_DAYS && bodyKg != null) {
      const grams = mean(withProtein.map((d) => d.proteinG as number));
      const perKg = round(grams / bodyKg, 2);
      const s = statusBelow(perKg, t.watch, t.high);
      reasons.push({
        code: 'protein',
        ...s,
        message: `Protein ${fmt(perKg, 2)} g/kg/day (${fmt(grams)} g/day at ${fmt(bodyKg, 1)} kg).`,
        value: perKg,
        watchThreshold: t.watch,
        highThreshold: t.high,
        unit: t.unit,
        source: t.source,
        dataDays: withProtein.length,
      });
      if (perKg < t.watch) {
        const low = Math.round(1.6 * bodyKg);
        const high = Math.round(2.2 * bodyKg);
        const lean = input.ffmKg != null && deficit != null && deficit > THRESHOLDS.deficit.watch
          ? ` In a deficit, 2.3–3.1 g/kg of lean mass (${Math.round(2.3 * input.ffmKg)}–${Math.round(3.1 * input.ffmKg)} g) protects it best (Helms 2014).`
          : '';
        advice.push({ code: 'protein', message: `Eat ${low}–${high} g of protein a day (1.6–2.2 g/kg; now ${fmt(grams)} g).${lean}`, target: low, unit: 'g/d' });
      }
    } else {
      const why = bodyKg == null ? 'no weight trend' : needIntake;
      reasons.push(noData('protein', `No protein average: ${why}.`, t.watch, t.high, t.unit, t.source, withProtein.length));
    }
  }

  // --- carbohydrate against the band for the training volume
  const band = carbohydrateBand(days.length ? mean(days.map((d) => d.trainingMin)) : 0);
  {
    const t = THRESHOLDS.carbohydrate;
    const withCarbs = intakeDays.filter((d) => d.carbsG != null);
    const watch = band.lowGPerKg;
    const high = band.lowGPerKg - 1;
    if (withCarbs.length >= MIN_INTAKE_DAYS && bodyKg != null) {
      const grams = mean(withCarbs.map((d) => d.carbsG as number));
      const perKg = round(grams / bodyKg, 2);
      const s = statusBelow(perKg, watch, high);
      reasons.push({
        code: 'carbohydrate',
        ...s,
        message: `Carbohydrate ${fmt(perKg, 2)} g/kg/day (${fmt(grams)} g/day); the band for ${band.label} (${fmt(band.trainingMinPerDay)} min/day) is ${band.lowGPerKg}–${band.highGPerKg} g/kg/day.`,
        value: perKg,
        watchThreshold: watch,
        highThreshold: high,
        unit: t.unit,
        source: t.source,
        dataDays: withCarbs.length,
      });
      if (perKg < watch) {
        const target = Math.round(watch * bodyKg);
        advice.push({ code: 'carbohydrate', message: `Eat at least ${target} g of carbohydrate a day (${band.lowGPerKg} g/kg for ${band.label}; now ${fmt(grams)} g).`, target, unit: 'g/d' });
      }
    } else {
      const why = bodyKg == null ? 'no weight trend' : needIntake;
      reasons.push(noData('carbohydrate', `No carbohydrate average: ${why}.`, watch, high, t.unit, t.source, withCarbs.length));
    }
  }

  // --- energy availability
  {
    const t = THRESHOLDS['energy-availability'];
    const withEa = intakeDays.filter((d) => d.eaKcalPerKgFfm != null);
    if (withEa.length >= MIN_INTAKE_DAYS) {
      const ea = round(mean(withEa.map((d) => d.eaKcalPerKgFfm as number)), 1);
      const s = statusBelow(ea, t.watch, t.high);
      const ffmText = input.ffmKg != null ? ` (fat-free mass ${fmt(input.ffmKg, 1)} kg${input.ffmEstimated ? ', estimated (Boer)' : ''})` : '';
      reasons.push({
        code: 'energy-availability',
        ...s,
        message: `Energy availability ${fmt(ea, 1)} kcal/kg FFM/day: intake minus exercise energy per kg of fat-free mass${ffmText}.`,
        value: ea,
        watchThreshold: t.watch,
        highThreshold: t.high,
        unit: t.unit,
        source: t.source,
        dataDays: withEa.length,
      });
      if (ea < t.watch && input.ffmKg != null) {
        const exercise = mean(withEa.map((d) => d.exerciseKcal));
        const target = ceilTo(t.high * input.ffmKg + exercise, 10);
        advice.push({ code: 'energy-availability', message: `About ${fmt(target)} kcal/day would lift energy availability to 30 kcal/kg FFM (45 is the balanced level in the Loucks studies).`, target, unit: 'kcal/d' });
      }
      if (ea < t.watch) advice.push({ code: 'reds', message: REDS_NOTE, target: null, unit: null });
    } else {
      reasons.push(noData('energy-availability', `No energy availability: ${needIntake}.`, t.watch, t.high, t.unit, t.source, withEa.length));
    }
  }

  // --- sleep
  {
    const t = THRESHOLDS.sleep;
    const nights = days.filter((d) => d.sleepHours != null);
    if (nights.length >= MIN_SLEEP_NIGHTS) {
      const hours = round(mean(nights.map((d) => d.sleepHours as number)), 2);
      const s = statusBelow(hours, t.watch, t.high);
      reasons.push({
        code: 'sleep',
        ...s,
        message: `Average sleep ${fmt(hours, 1)} h over ${nights.length} nights.`,
        value: hours,
        watchThreshold: t.watch,
        highThreshold: t.high,
        unit: t.unit,
        source: t.source,
        dataDays: nights.length,
      });
      if (hours < t.watch) advice.push({ code: 'sleep', message: 'Aim for 7–9 h of sleep; short nights cut lifting performance (Craven 2022).', target: 7, unit: 'h' });
    } else {
      reasons.push(noData('sleep', `No sleep average: ${nights.length} night${nights.length === 1 ? '' : 's'} logged (needs ${MIN_SLEEP_NIGHTS}).`, t.watch, t.high, t.unit, t.source, nights.length));
    }
  }

  // --- main lifts' e1RM trend while in a deficit
  {
    const t = THRESHOLDS['strength-trend'];
    const half = Math.floor(days.length / 2);
    const changes: { lift: string; pct: number }[] = [];
    for (const lift of MAIN_LIFTS) {
      const best = (ds: FuelingDay[]) => {
        let b = 0;
        for (const d of ds) for (const [name, kg] of Object.entries(d.e1rmKg)) if (name.toLowerCase() === lift.toLowerCase() && kg > b) b = kg;
        return b;
      };
      const first = best(days.slice(0, half));
      const second = best(days.slice(half));
      if (first > 0 && second > 0) changes.push({ lift, pct: ((second - first) / first) * 100 });
    }
    const liftDays = days.filter((d) => MAIN_LIFTS.some((l) => Object.keys(d.e1rmKg).some((k) => k.toLowerCase() === l.toLowerCase()))).length;
    if (changes.length === 0) {
      reasons.push(noData('strength-trend', 'No main-lift trend: no squat, deadlift, bench or overhead press logged in both halves of the window.', t.watch, t.high, t.unit, t.source, liftDays));
    } else {
      const pct = round(mean(changes.map((c) => c.pct)), 1);
      const each = changes.map((c) => `${c.lift} ${c.pct >= 0 ? '+' : ''}${fmt(c.pct, 1)} %`).join(', ');
      const inDeficit = deficit != null && deficit > THRESHOLDS.deficit.watch;
      const s = inDeficit ? statusBelow(pct, t.watch, t.high) : { status: 'ok' as const, threshold: t.watch };
      const word = pct < t.high ? 'falling' : pct < t.watch ? 'flat' : 'rising';
      reasons.push({
        code: 'strength-trend',
        ...s,
        message: `Main lifts' best e1RM, last 14 days vs the 14 before: ${word} (${pct >= 0 ? '+' : ''}${fmt(pct, 1)} %: ${each})${inDeficit ? ' while in a deficit' : deficit == null ? '' : '; not in a deficit, so not a fuelling signal'}.`,
        value: pct,
        watchThreshold: t.watch,
        highThreshold: t.high,
        unit: t.unit,
        source: t.source,
        dataDays: liftDays,
      });
      if (inDeficit && pct < t.watch) {
        advice.push({ code: 'strength-trend', message: 'Lifts are stalling in a deficit: eat closer to maintenance on heavy days, or hold endurance volume until they recover.', target: null, unit: null });
      }
    }
  }

  // --- level
  const missing: string[] = [];
  if (intakeDays.length < MIN_INTAKE_DAYS) missing.push(`${MIN_INTAKE_DAYS} complete intake days (${intakeDays.length} logged)`);
  if (weighIns < MIN_WEIGH_INS) missing.push(`${MIN_WEIGH_INS} weigh-ins (${weighIns} logged)`);
  let level: UnderFuelingLevel;
  let summary: string;
  if (missing.length) {
    level = 'insufficient-data';
    summary = `Not enough data for a verdict over ${from} – ${to}: it needs ${missing.join(' and ')}.`;
  } else {
    const worst = reasons.reduce<SignalStatus>((w, r) => (RANK[r.status] > RANK[w] ? r.status : w), 'ok');
    level = worst === 'no-data' ? 'ok' : worst;
    const flagged = reasons.filter((r) => r.status === level).map((r) => SIGNAL_NAMES[r.code]);
    summary =
      level === 'high'
        ? `Under-fuelling risk is high: ${flagged.join(', ')}.`
        : level === 'watch'
          ? `Watch: ${flagged.join(', ')}.`
          : 'No sign of under-fuelling in these 28 days.';
  }
  const notes = [MURPHY_KOEHLER_NOTE];
  // The REDs caveat goes with any shown energy availability (once: as advice when EA is low).
  if (reasons.some((r) => r.code === 'energy-availability' && r.status !== 'no-data') && !advice.some((a) => a.code === 'reds')) notes.push(REDS_NOTE);
  return { level, windowDays: days.length, from, to, summary, missing, reasons, advice, notes, carbohydrateBand: band };
}

export const SIGNAL_NAMES: Record<SignalCode, string> = {
  deficit: 'energy deficit',
  'weight-loss-rate': 'rate of weight loss',
  protein: 'protein',
  carbohydrate: 'carbohydrate',
  'energy-availability': 'energy availability',
  sleep: 'sleep',
  'strength-trend': 'main lifts’ trend',
};

function noData(code: SignalCode, message: string, watch: number, high: number, unit: string, source: string, dataDays: number): UnderFuelingReason {
  return { code, status: 'no-data', message, value: null, threshold: watch, watchThreshold: watch, highThreshold: high, unit, source, dataDays };
}
