// "Is under-eating threatening my strength gains?" (science.md §3, §4, §6, §7).
// A transparent verdict over the 28 days ending at the report's last day. Only fuelling signals
// decide the level: energy (the deficit's weight-loss equivalent and the measured loss rate, judged
// together), protein and energy availability; falling lifts raise watch to high when energy is at
// least watch. Sleep and carbohydrate are context: shown beside the verdict, never raising it.
// Only counted days are read (underFuelingLogging.ts); a log the scale contradicts is not judged.
import type { UnderFueling } from '../../shared/contract/energy';
import { perMassText, round, type WeightUnit } from '../../shared/units';
import { carbohydrateBand } from './carbohydrateBand';
import { assessLogging, counts, type LoggingDay } from './underFuelingLogging';
import {
  carbohydrateContext,
  deficitSignal,
  energyAvailabilitySignal,
  lossRateSignal,
  proteinSignal,
  sleepContext,
  strengthSignal,
  type SignalContext,
} from './underFuelingSignals';
import {
  ceilTo,
  EA_BANDS,
  fmt,
  massText,
  mean,
  MURPHY_KOEHLER_NOTE,
  RANK,
  REDS_NOTE,
  SIGNAL_NAMES,
  statusAbove,
  THRESHOLDS,
  worse,
  type SignalStatus,
} from './underFuelingText';

export { THRESHOLDS, SIGNAL_NAMES, MURPHY_KOEHLER_NOTE, REDS_NOTE };

export const UNDER_FUELING_WINDOW_DAYS = 28;
export const MIN_INTAKE_DAYS = 10;
export const MIN_WEIGH_INS = 8;
/** Nights of sleep needed for the sleep context. */
export const MIN_SLEEP_NIGHTS = 7;
/** The lifts whose e1RM trend counts (canonical names of the training log's built-in list). */
export const MAIN_LIFTS = ['Back Squat', 'Front Squat', 'Deadlift', 'Bench Press', 'Overhead Press'];

type Reason = UnderFueling['reasons'][number];
type Advice = UnderFueling['advice'][number];

export interface FuelingDay extends LoggingDay {
  date: string;
  /** Logged intake, null when nothing counts (read only on counted days). */
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
  /** Energy density of weight change, kcal/kg: the expenditure estimate's ρ. */
  rhoKcalPerKg: number | null;
  /** The user's weight unit, for every message. */
  weightUnit?: WeightUnit;
}

/** What to eat to bring energy to the watch line and energy availability to its next band. */
function energyAdvice(
  current: number,
  energyPct: number | null,
  bodyKg: number | null,
  rho: number | null,
  ea: number | null,
  ffmKg: number | null,
  exerciseKcal: number,
  unit: WeightUnit,
): { target: number; advice: Advice } | null {
  const parts: string[] = [];
  const targets: number[] = [];
  const watch = THRESHOLDS.deficit.watch;
  if (energyPct != null && energyPct > watch && bodyKg != null && rho != null) {
    // Each extra kcal/day slows the loss by 7/ρ kg a week (the deficit and the measured rate alike).
    const more = ((energyPct - watch) / 100) * bodyKg * (rho / 7);
    targets.push(ceilTo(current + more + 1, 10));
    parts.push(`the loss slows to at most ${watch} % of body weight a week (about ${massText((bodyKg * watch) / 100, unit, 2)})`);
  }
  if (ea != null && ea < THRESHOLDS['energy-availability'].watch && ffmKg != null) {
    // Aim at the next band above today's value (low → reduced at 30, reduced → adequate at 45).
    const aim = EA_BANDS.find((b) => b > ea) ?? EA_BANDS[EA_BANDS.length - 1];
    targets.push(ceilTo(aim * ffmKg + exerciseKcal, 10));
  }
  const target = targets.length ? Math.max(...targets) : null;
  if (target == null || target <= current) return null;
  if (ea != null && ffmKg != null && ea < THRESHOLDS['energy-availability'].watch) {
    const eaAt = round(ea + (target - current) / ffmKg, 0);
    parts.push(`energy left after training rises to about ${perMassText([eaAt], 'kcal', unit, 0)} of fat-free mass (${eaAt >= EA_BANDS[1] ? 'adequate' : eaAt >= EA_BANDS[0] ? 'reduced, out of the low band' : 'still low'})`);
  }
  const code = energyPct != null && energyPct > watch ? 'deficit' : 'energy-availability';
  return {
    target,
    advice: { code, message: `Eat about ${fmt(target)} kcal/day (${fmt(target - current)} more than now): ${parts.join(', and ')}.`, target, unit: 'kcal/d' },
  };
}

export function underFuelingCheck(input: UnderFuelingInput): UnderFueling {
  const { days } = input;
  const unit = input.weightUnit ?? 'kg';
  const from = days[0]?.date ?? '';
  const to = days[days.length - 1]?.date ?? '';
  // Only counted days carry intake into the signals.
  const counted = days.map((d) => (counts(d.intakeStatus) ? d : { ...d, intakeKcal: null, proteinG: null, carbsG: null, eaKcalPerKgFfm: null }));
  const intakeDays = counted.filter((d) => d.intakeKcal != null);
  const weighIns = days.filter((d) => d.weighedIn).length;
  const trends = days.map((d) => d.trendKg).filter((t): t is number => t != null);
  const bodyKg = trends.length ? mean(trends) : null;
  const cx: SignalContext = {
    unit,
    bodyKg,
    needIntake: `only ${intakeDays.length} complete intake day${intakeDays.length === 1 ? '' : 's'} (needs ${MIN_INTAKE_DAYS})`,
    minIntakeDays: MIN_INTAKE_DAYS,
  };

  const deficit = deficitSignal(counted, input.rhoKcalPerKg, cx);
  const rate = lossRateSignal(days, input.trendBeforeKg, MIN_WEIGH_INS, cx);
  const protein = proteinSignal(counted, cx);
  const ea = energyAvailabilitySignal(counted, input.ffmKg, input.ffmEstimated, cx);
  const logging = assessLogging(days, ea.ea, rate.pct, unit);
  const suspect = logging.suspectUnderLogging;

  // Energy, judged together: both numbers estimate the same loss, so their mean decides (either alone
  // when the other has no data). A logged deficit the scale does not show is not trusted.
  const energyValues = [suspect ? null : deficit.pct, rate.pct].filter((v): v is number => v != null);
  const energyPct = energyValues.length ? round(mean(energyValues), 2) : null;
  const energyStatus: SignalStatus = energyPct == null ? 'no-data' : statusAbove(energyPct, THRESHOLDS.deficit.watch, THRESHOLDS.deficit.high).status;
  // Any energy signal at watch or worse (combined, or the deficit or the scale alone) lets falling lifts count.
  const atLeastWatch = (st: SignalStatus) => RANK[st] >= RANK.watch;
  const energyLow = atLeastWatch(energyStatus) || (!suspect && atLeastWatch(deficit.reason.status)) || atLeastWatch(rate.reason.status);
  const strength = strengthSignal(counted, MAIN_LIFTS, energyLow);

  // An under-logged window's intake signals are shown, not judged.
  const notJudged = (r: Reason): Reason =>
    suspect && r.status !== 'no-data' ? { ...r, status: 'no-data', message: `${r.message} Not judged: the food log looks incomplete.` } : r;
  const reasons = [notJudged(deficit.reason), rate.reason, notJudged(protein.reason), notJudged(ea.reason), strength.reason];

  const band = carbohydrateBand(days.length ? mean(days.map((d) => d.trainingMin)) : 0);
  const carbs = carbohydrateContext(counted, band, cx);
  const sleep = sleepContext(days, MIN_SLEEP_NIGHTS);
  const context = [sleep.reason, notJudged(carbs.reason)];

  // --- level
  const missing: string[] = [];
  if (intakeDays.length < MIN_INTAKE_DAYS) missing.push(`${MIN_INTAKE_DAYS} complete intake days (${intakeDays.length} counted)`);
  if (weighIns < MIN_WEIGH_INS) missing.push(`${MIN_WEIGH_INS} weigh-ins (${weighIns} logged)`);
  let level: UnderFueling['level'];
  let summary: string;
  const flaggedAt = (l: SignalStatus): string[] => {
    const names: string[] = [];
    if (energyStatus === l) names.push(deficit.pct != null && !suspect && rate.pct != null ? 'energy (deficit and loss rate together)' : SIGNAL_NAMES[deficit.pct != null && !suspect ? 'deficit' : 'weight-loss-rate']);
    if (!suspect) for (const r of [protein.reason, ea.reason]) if (r.status === l) names.push(SIGNAL_NAMES[r.code]);
    if (l === 'high' && strength.reason.status === 'high') names.push('main lifts falling');
    return names;
  };
  if (missing.length) {
    level = 'insufficient-data';
    summary = `Not enough data for a verdict over ${from} – ${to}: it needs ${missing.join(' and ')}.`;
  } else if (suspect && RANK[rate.reason.status] < RANK.watch) {
    level = 'insufficient-data';
    missing.push('a food log that matches your weight trend');
    summary = 'No verdict: your food log looks incomplete (see below), and your weight is not falling fast. Log every item for a week to get one.';
  } else {
    const fuelling = suspect ? [energyStatus] : [energyStatus, protein.reason.status, ea.reason.status];
    const worst = fuelling.reduce<SignalStatus>(worse, 'ok');
    level = worst === 'no-data' ? 'ok' : worst;
    if (level === 'watch' && strength.reason.status === 'high') level = 'high';
    const watching = flaggedAt('watch');
    summary =
      level === 'high'
        ? `Under-fuelling risk is high: ${flaggedAt('high').join(', ')}${watching.length ? `; at watch: ${watching.join(', ')}` : ''}.`
        : level === 'watch'
          ? `Watch: ${watching.join(', ')}.`
          : `No sign of under-fuelling in these ${days.length} days.`;
  }

  // --- advice: every calorie number is the one suggested intake
  const advice: Advice[] = [];
  const currentIntake = intakeDays.length >= MIN_INTAKE_DAYS ? round(mean(intakeDays.map((d) => d.intakeKcal as number)), 0) : null;
  let suggested: number | null = null;
  if (level !== 'insufficient-data' && currentIntake != null && !suspect) {
    const exercise = ea.days ? mean(counted.filter((d) => d.eaKcalPerKgFfm != null).map((d) => d.exerciseKcal)) : 0;
    const more = energyAdvice(currentIntake, energyPct, bodyKg, input.rhoKcalPerKg, ea.ea, input.ffmKg, exercise, unit);
    if (more) advice.push(more.advice);
    suggested = more ? more.target : ceilTo(currentIntake, 10);
  }
  if (!suspect && protein.perKg != null && protein.perKg < THRESHOLDS.protein.watch && bodyKg != null && protein.grams != null) {
    const low = Math.round(1.6 * bodyKg);
    const high = Math.round(2.2 * bodyKg);
    const lean =
      input.ffmKg != null && energyStatus !== 'ok' && energyStatus !== 'no-data'
        ? ` In a deficit, ${perMassText([2.3, 3.1], 'g', unit)} of lean mass (${Math.round(2.3 * input.ffmKg)}–${Math.round(3.1 * input.ffmKg)} g) protects it best (Helms 2014).`
        : '';
    advice.push({ code: 'protein', message: `Eat ${low}–${high} g of protein a day (${perMassText([1.6, 2.2], 'g', unit)} of body weight; now ${fmt(protein.grams)} g).${lean}`, target: low, unit: 'g/d' });
  }
  if (strength.reason.status === 'high') {
    advice.push({ code: 'strength-trend', message: 'Lifts are falling while you eat too little: eat closer to maintenance on heavy days, or hold endurance volume until they recover.', target: null, unit: null });
  }
  if (!suspect && ea.ea != null && ea.ea < THRESHOLDS['energy-availability'].watch) advice.push({ code: 'reds', message: REDS_NOTE, target: null, unit: null });
  // Context advice comes last: it never changes the verdict.
  if (sleep.hours != null && sleep.hours < THRESHOLDS.sleep.watch) {
    advice.push({ code: 'sleep', message: 'Aim for 7–9 h of sleep; nights of 6 h or less cut lifting performance (Craven 2022).', target: 7, unit: 'h' });
  }
  if (!suspect && carbs.perKg != null && carbs.grams != null && carbs.perKg < band.lowGPerKg && bodyKg != null) {
    const target = Math.round(band.lowGPerKg * bodyKg);
    advice.push({ code: 'carbohydrate', message: `For harder sessions, eat at least ${target} g of carbohydrate a day (${perMassText([band.lowGPerKg], 'g', unit)} for ${band.label}; now ${fmt(carbs.grams)} g).`, target, unit: 'g/d' });
  }

  const notes = [MURPHY_KOEHLER_NOTE];
  // The REDs caveat goes with any shown energy availability (once: as advice when it is low).
  if (ea.ea != null && !advice.some((a) => a.code === 'reds')) notes.push(REDS_NOTE);
  return {
    level,
    windowDays: days.length,
    from,
    to,
    summary,
    missing,
    reasons,
    context,
    logging,
    suggestedIntakeKcal: suggested,
    currentIntakeKcal: currentIntake,
    weightUnit: unit,
    advice,
    notes,
    carbohydrateBand: band,
  };
}
