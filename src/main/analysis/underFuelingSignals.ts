// Each signal of the under-fuelling verdict: its value, status, threshold, source and a message in
// plain words and the user's unit. Values are rounded to what is shown BEFORE they are compared, so a
// shown value and its status always agree.
import type { UnderFueling } from '../../shared/contract/energy';
import { MIN_LOSS_RATE_SPAN, windowLossRate } from '../../shared/lossRate';
import { perMassText, round, type WeightUnit } from '../../shared/units';
import type { CarbohydrateBand } from './carbohydrateBand';
import { fmt, massText, mean, MURPHY_KOEHLER_KCAL, noData, statusAbove, statusBelow, THRESHOLDS, type SignalStatus } from './underFuelingText';

type Reason = UnderFueling['reasons'][number];

/** The counted days' numbers a signal reads (see underFueling.ts FuelingDay). */
interface SignalDay {
  date: string;
  intakeKcal: number | null;
  proteinG: number | null;
  carbsG: number | null;
  tdeeKcal: number | null;
  eaKcalPerKgFfm: number | null;
  sleepHours: number | null;
  e1rmKg: Record<string, number>;
}

export interface SignalContext {
  unit: WeightUnit;
  bodyKg: number | null;
  /** Why intake-based signals have no data, e.g. "only 4 complete intake days (needs 10)". */
  needIntake: string;
  minIntakeDays: number;
}

/** The deficit as its weight-loss equivalent: kcal/day × 7 / ρ, in % of body weight a week. */
export function deficitSignal(days: SignalDay[], rhoKcalPerKg: number | null, cx: SignalContext): { reason: Reason; pct: number | null; meanTdee: number | null } {
  const t = THRESHOLDS.deficit;
  const paired = days.filter((d) => d.intakeKcal != null && d.tdeeKcal != null);
  if (paired.length < cx.minIntakeDays || cx.bodyKg == null || rhoKcalPerKg == null) {
    const why = paired.length < cx.minIntakeDays ? cx.needIntake : 'no weight trend or expenditure estimate yet';
    return { reason: noData('deficit', `No average deficit: ${why}.`, t.watch, t.high, t.unit, t.source, paired.length), pct: null, meanTdee: null };
  }
  const meanTdee = mean(paired.map((d) => d.tdeeKcal as number));
  const meanIntake = mean(paired.map((d) => d.intakeKcal as number));
  const kcal = round(meanTdee - meanIntake, 0);
  const kgPerWeek = (kcal * 7) / rhoKcalPerKg;
  const pct = round((kgPerWeek / cx.bodyKg) * 100, 2);
  const s = statusAbove(pct, t.watch, t.high);
  const side = kcal >= 0 ? 'less' : 'more';
  const change = kcal >= 0 ? 'loss' : 'gain';
  const murphy =
    kcal > MURPHY_KOEHLER_KCAL
      ? ` That is over the ${MURPHY_KOEHLER_KCAL} kcal/day at which lean-mass gains stopped in Murphy & Koehler’s meta-analysis (strength gains were not significantly impaired).`
      : '';
  return {
    reason: {
      code: 'deficit',
      ...s,
      message:
        `Eating about ${fmt(Math.abs(kcal))} kcal/day ${side} than you burn over ${paired.length} complete days (estimated expenditure ${fmt(meanTdee)} − intake ${fmt(meanIntake)}): ` +
        `enough for a ${change} of about ${massText(Math.abs(kgPerWeek), cx.unit, 2)} a week, ${fmt(Math.abs(pct), 2)} % of your body weight.${murphy}`,
      value: pct,
      watchThreshold: t.watch,
      highThreshold: t.high,
      unit: t.unit,
      source: t.source,
      dataDays: paired.length,
    },
    pct,
    meanTdee,
  };
}

/** The trend weight's loss over the window (or since the first trend value), %BW/wk; null with too little. */
export function lossRateSignal(
  days: { trendKg: number | null; weighedIn: boolean }[],
  trendBeforeKg: number | null,
  minWeighIns: number,
  cx: SignalContext,
): { reason: Reason; pct: number | null } {
  const t = THRESHOLDS['weight-loss-rate'];
  const weighIns = days.filter((d) => d.weighedIn).length;
  const rate = windowLossRate([trendBeforeKg, ...days.map((d) => d.trendKg)]);
  if (weighIns < minWeighIns || rate == null) {
    const why = weighIns < minWeighIns ? `only ${weighIns} weigh-in${weighIns === 1 ? '' : 's'} (needs ${minWeighIns})` : `the trend covers under ${MIN_LOSS_RATE_SPAN} days`;
    return { reason: noData('weight-loss-rate', `No loss rate: ${why}.`, t.watch, t.high, t.unit, t.source, weighIns), pct: null };
  }
  const { pctPerWeek: pct, kgPerWeek } = rate;
  const s = statusAbove(pct, t.watch, t.high);
  return {
    reason: {
      code: 'weight-loss-rate',
      ...s,
      message:
        pct >= 0
          ? `Trend weight falling ${fmt(pct, 2)} % of body weight a week (${massText(kgPerWeek, cx.unit, 2)}/week).`
          : `Trend weight rising ${fmt(-pct, 2)} % of body weight a week (${massText(-kgPerWeek, cx.unit, 2)}/week).`,
      value: pct,
      watchThreshold: t.watch,
      highThreshold: t.high,
      unit: t.unit,
      source: t.source,
      dataDays: weighIns,
    },
    pct,
  };
}


export function proteinSignal(days: SignalDay[], cx: SignalContext): { reason: Reason; perKg: number | null; grams: number | null } {
  const t = THRESHOLDS.protein;
  const withProtein = days.filter((d) => d.intakeKcal != null && d.proteinG != null);
  if (withProtein.length < cx.minIntakeDays || cx.bodyKg == null) {
    const why = cx.bodyKg == null ? 'no weight trend' : cx.needIntake;
    return { reason: noData('protein', `No protein average: ${why}.`, t.watch, t.high, t.unit, t.source, withProtein.length), perKg: null, grams: null };
  }
  const grams = mean(withProtein.map((d) => d.proteinG as number));
  const perKg = round(grams / cx.bodyKg, 2);
  return {
    reason: {
      code: 'protein',
      ...statusBelow(perKg, t.watch, t.high),
      message: `Protein ${perMassText([perKg], 'g', cx.unit)} of body weight a day (${fmt(grams)} g/day at ${massText(cx.bodyKg, cx.unit)}).`,
      value: perKg,
      watchThreshold: t.watch,
      highThreshold: t.high,
      unit: t.unit,
      source: t.source,
      dataDays: withProtein.length,
    },
    perKg,
    grams,
  };
}

export function energyAvailabilitySignal(days: SignalDay[], ffmKg: number | null, ffmEstimated: boolean, cx: SignalContext): { reason: Reason; ea: number | null; days: number } {
  const t = THRESHOLDS['energy-availability'];
  const withEa = days.filter((d) => d.intakeKcal != null && d.eaKcalPerKgFfm != null);
  if (withEa.length < cx.minIntakeDays) {
    return { reason: noData('energy-availability', `No figure for food energy left after training: ${cx.needIntake}.`, t.watch, t.high, t.unit, t.source, withEa.length), ea: null, days: withEa.length };
  }
  const ea = round(mean(withEa.map((d) => d.eaKcalPerKgFfm as number)), 1);
  const ffmText = ffmKg != null ? ` (fat-free mass ${massText(ffmKg, cx.unit)}${ffmEstimated ? ', estimated from height and weight' : ''})` : '';
  return {
    reason: {
      code: 'energy-availability',
      ...statusBelow(ea, t.watch, t.high),
      message: `Food energy left for the body after training: ${perMassText([ea], 'kcal', cx.unit, 1)} of fat-free mass a day${ffmText}.`,
      value: ea,
      watchThreshold: t.watch,
      highThreshold: t.high,
      unit: t.unit,
      source: t.source,
      dataDays: withEa.length,
    },
    ea,
    days: withEa.length,
  };
}

/** The main lifts' trend: best e1RM of the second half of the window against the first, per lift. */
export function strengthSignal(days: SignalDay[], mainLifts: string[], energyLow: boolean): { reason: Reason; falling: boolean } {
  const t = THRESHOLDS['strength-trend'];
  const half = Math.floor(days.length / 2);
  const valuesOf = (ds: SignalDay[], lift: string): number[] => {
    const out: number[] = [];
    for (const d of ds) for (const [name, kg] of Object.entries(d.e1rmKg)) if (name.toLowerCase() === lift.toLowerCase() && kg > 0) out.push(kg);
    return out;
  };
  const changes: { lift: string; pct: number }[] = [];
  // Session-to-session spread of each lift's day-best e1RM around its half's mean (pooled, in %):
  // a difference of two halves' bests is noisier than one session by about √2.
  let sq = 0;
  let dof = 0;
  for (const lift of mainLifts) {
    const first = valuesOf(days.slice(0, half), lift);
    const second = valuesOf(days.slice(half), lift);
    if (first.length && second.length) changes.push({ lift, pct: ((Math.max(...second) - Math.max(...first)) / Math.max(...first)) * 100 });
    for (const vs of [first, second]) {
      if (vs.length < 2) continue;
      const m = mean(vs);
      for (const v of vs) sq += ((v - m) / m) ** 2 * 1e4;
      dof += vs.length - 1;
    }
  }
  const liftDays = days.filter((d) => mainLifts.some((l) => Object.keys(d.e1rmKg).some((k) => k.toLowerCase() === l.toLowerCase()))).length;
  if (changes.length === 0) {
    return {
      reason: noData('strength-trend', 'No main-lift trend: no squat, deadlift, bench or overhead press logged in both halves of the window.', t.watch, t.high, t.unit, t.source, liftDays),
      falling: false,
    };
  }
  const noise = round(Math.max(-t.high, dof > 0 ? Math.sqrt(sq / dof) * Math.SQRT2 : 0), 1);
  const pct = round(mean(changes.map((c) => c.pct)), 1);
  const each = changes.map((c) => `${c.lift} ${c.pct >= 0 ? '+' : '−'}${fmt(Math.abs(c.pct), 1)} %`).join(', ');
  const falling = pct < -noise;
  const word = pct >= t.watch ? 'rising' : falling ? 'falling' : 'not rising';
  // Falling lifts are a fuelling signal only with an energy signal: they raise watch to high then.
  const status: SignalStatus = falling && energyLow ? 'high' : 'ok';
  const why = falling
    ? energyLow
      ? ' while eating too little for your training'
      : '; energy intake looks adequate, so look at training load and sleep first'
    : '';
  return {
    reason: {
      code: 'strength-trend',
      status,
      message: `Main lifts’ best estimated one-rep max, last 14 days vs the 14 before: ${word} (${pct >= 0 ? '+' : '−'}${fmt(Math.abs(pct), 1)} %: ${each}; noise ±${fmt(noise, 1)} %)${why}.`,
      value: pct,
      threshold: status === 'high' ? -noise : t.watch,
      watchThreshold: t.watch,
      highThreshold: -noise,
      unit: t.unit,
      source: t.source,
      dataDays: liftDays,
    },
    falling,
  };
}

export function carbohydrateContext(days: SignalDay[], band: CarbohydrateBand, cx: SignalContext): { reason: Reason; perKg: number | null; grams: number | null } {
  const t = THRESHOLDS.carbohydrate;
  const withCarbs = days.filter((d) => d.intakeKcal != null && d.carbsG != null);
  const watch = band.lowGPerKg;
  const high = band.lowGPerKg - 1;
  if (withCarbs.length < cx.minIntakeDays || cx.bodyKg == null) {
    const why = cx.bodyKg == null ? 'no weight trend' : cx.needIntake;
    return { reason: noData('carbohydrate', `No carbohydrate average: ${why}.`, watch, high, t.unit, t.source, withCarbs.length), perKg: null, grams: null };
  }
  const grams = mean(withCarbs.map((d) => d.carbsG as number));
  const perKg = round(grams / cx.bodyKg, 2);
  return {
    reason: {
      code: 'carbohydrate',
      ...statusBelow(perKg, watch, high),
      message: `Carbohydrate ${perMassText([perKg], 'g', cx.unit)} a day (${fmt(grams)} g/day); the band for ${band.label} (${fmt(band.trainingMinPerDay)} min/day) is ${perMassText([band.lowGPerKg, band.highGPerKg], 'g', cx.unit)} a day. It affects how hard sessions feel, not whether you are under-eating.`,
      value: perKg,
      watchThreshold: watch,
      highThreshold: high,
      unit: t.unit,
      source: t.source,
      dataDays: withCarbs.length,
    },
    perKg,
    grams,
  };
}

export function sleepContext(days: SignalDay[], minNights: number): { reason: Reason; hours: number | null } {
  const t = THRESHOLDS.sleep;
  const nights = days.filter((d) => d.sleepHours != null);
  if (nights.length < minNights) {
    return {
      reason: noData('sleep', `No sleep average: ${nights.length} night${nights.length === 1 ? '' : 's'} logged (needs ${minNights}).`, t.watch, t.high, t.unit, t.source, nights.length),
      hours: null,
    };
  }
  const hours = round(mean(nights.map((d) => d.sleepHours as number)), 2);
  const s = hours <= t.high ? { status: 'high' as const, threshold: t.high } : statusBelow(hours, t.watch, t.high);
  return {
    reason: {
      code: 'sleep',
      ...s,
      message: `Average sleep ${fmt(hours, 1)} h over ${nights.length} nights.`,
      value: hours,
      watchThreshold: t.watch,
      highThreshold: t.high,
      unit: t.unit,
      source: t.source,
      dataDays: nights.length,
    },
    hours,
  };
}
