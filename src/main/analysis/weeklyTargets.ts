// A week's energy and macronutrient targets from the expenditure estimate, a goal and the planned
// training (science.md §9). Pure: no database, no clock.
import { fromKg, kcalText, perMassText, round, type WeightUnit } from '../../shared/units';
import { carbohydrateBand, CARB_BANDS } from './carbohydrateBand';
import type { DailySession } from './dailyInputs';
import { sessionNetEnergy } from './exerciseEnergy';

export type GoalType = 'lose' | 'maintain' | 'gain';

export interface Goal {
  type: GoalType;
  /** %BW/wk, a positive magnitude (0 for maintain). */
  ratePct: number;
  proteinGPerKg: number;
}

export const DEFAULT_RATE_PCT: Record<GoalType, number> = { lose: 0.5, maintain: 0, gain: 0.25 };
/**
 * Protein: Morton et al. 2018 (1.6 g/kg maximised lean-mass gains, 95 % CI to 2.2); in a deficit the
 * top of that range (Helms, Aragon & Fitschen 2014: needs rise when energy is short).
 */
export const DEFAULT_PROTEIN_G_PER_KG: Record<GoalType, number> = { lose: 2.2, maintain: 1.6, gain: 1.6 };

/** Bands of the weekly rate: above WARN lean mass is at risk, above MAX the app refuses. */
export const RATE_WARN_PCT = 0.7;
export const RATE_MAX_PCT = 2;
export const RATE_SOURCE = 'Garthe 2011, IJSNEM 21:97 (athletes losing 0.7 %BW/wk kept lean mass, 1.4 % lost it); Helms, Aragon & Fitschen 2014, JISSN 11:20 (0.5–1 %/wk)';
export const GAIN_SOURCE = 'Iraki et al. 2019, Sports 7:154 (a slow surplus, about 0.25–0.5 %BW/wk, limits fat gain)';
export const PROTEIN_LIMITS = { min: 0.8, max: 3.5 };
export const PROTEIN_BAND = { min: 1.6, max: 2.2 };

/** Fat within the Acceptable Macronutrient Distribution Range (IOM 2005): floor 20 %, ceiling 35 % of energy. */
const FAT_FLOOR_SHARE = 0.2;
const FAT_CEILING_SHARE = 0.35;
const KCAL_PER_G = { protein: 4, carbs: 4, fat: 9 };

export class TargetsError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Checks a goal; returns the warnings the user sees (the rate above the lean-mass band) or throws. */
export function checkGoal(goal: Goal): string[] {
  const { type, ratePct, proteinGPerKg } = goal;
  if (!Number.isFinite(ratePct) || ratePct < 0) throw new TargetsError('ratePct', `The rate is a positive amount of body weight a week (got ${ratePct}); choose lose or gain for the direction.`);
  if (type === 'maintain' && ratePct !== 0) throw new TargetsError('ratePct', 'A maintain goal has no rate: choose lose or gain to change weight.');
  if (ratePct > RATE_MAX_PCT) {
    throw new TargetsError('ratePct', `${ratePct} % of body weight a week is refused: above ${RATE_MAX_PCT} %/wk most of what is lost is lean mass and performance falls. ${RATE_SOURCE}.`);
  }
  if (!Number.isFinite(proteinGPerKg) || proteinGPerKg < PROTEIN_LIMITS.min || proteinGPerKg > PROTEIN_LIMITS.max) {
    throw new TargetsError('proteinGPerKg', `Protein must be between ${PROTEIN_LIMITS.min} and ${PROTEIN_LIMITS.max} g/kg a day (got ${proteinGPerKg}).`);
  }
  const warnings: string[] = [];
  if (type === 'lose' && ratePct > RATE_WARN_PCT) {
    warnings.push(`Losing ${ratePct} % of body weight a week is faster than ${RATE_WARN_PCT} %: athletes lose lean mass and strength at such rates. ${RATE_SOURCE}.`);
  }
  if (type === 'gain' && ratePct > RATE_WARN_PCT) {
    warnings.push(`Gaining ${ratePct} % of body weight a week is faster than ${RATE_WARN_PCT} %: most of the extra is fat. ${GAIN_SOURCE}.`);
  }
  if (proteinGPerKg < PROTEIN_BAND.min || proteinGPerKg > PROTEIN_BAND.max) {
    warnings.push(`Protein ${proteinGPerKg} g/kg is outside ${PROTEIN_BAND.min}–${PROTEIN_BAND.max} g/kg, the range that supports lean mass with training (Morton et al. 2018, Br J Sports Med 52:376).`);
  }
  return warnings;
}

/** Signed energy balance a day for the goal: rate × weight is kg a week, × ρ kcal/kg, over 7 days. */
export function goalBalanceKcal(goal: Goal, weightKg: number, rhoKcalPerKg: number): number {
  const sign = goal.type === 'lose' ? -1 : goal.type === 'gain' ? 1 : 0;
  return (sign * (goal.ratePct / 100) * weightKg * rhoKcalPerKg) / 7;
}

/** A planned (or done) session of the day, mobility already left out. */
export type PlannedSession = Pick<DailySession, 'kind' | 'modality' | 'minutes' | 'rpe' | 'distanceKm' | 'planned'>;

export interface PlanDay {
  date: string;
  sessions: PlannedSession[];
}

export interface DayTarget {
  date: string;
  energyKcal: number;
  proteinG: number;
  carbsG: number;
  fatG: number;
  reason: string;
}

export interface WeekInput {
  /** Non-exercise expenditure a day: the estimator's TDEE less its exercise energy, over the week before. */
  baseKcal: number;
  /** The estimator's mean TDEE a day over the week before: a day's expenditure when the week has nothing planned. */
  recentKcal: number;
  /** The goal's balance a day (negative: deficit). */
  balanceKcal: number;
  /** A decided mean a day (a check-in or a fixed target) instead of expenditure + balance. */
  decidedKcal: number | null;
  weightKg: number;
  proteinGPerKg: number;
  days: PlanDay[];
  /** The unit the reasons speak in (kg when not given). */
  unit?: WeightUnit;
}

export interface WeekPlan {
  days: DayTarget[];
  /** The planned week's expenditure (sum of its days). */
  expenditureKcal: number;
  /** Expenditure + balance, a day on average. */
  proposalKcalPerDay: number;
  /** false when nothing is planned: every day then gets the recent mean. */
  planned: boolean;
}

const KIND_WORDS: Record<string, string> = {
  'heavy-lower': 'heavy lower-body lifting',
  'heavy-upper': 'heavy upper-body lifting',
  'full-body': 'full-body lifting',
  hypertrophy: 'hypertrophy lifting',
  power: 'power training',
  zone2: 'Zone 2',
  intervals: 'interval',
  hills: 'hill',
};

/** "long run 90 min", "heavy lower-body lifting 60 min". */
function sessionText(s: PlannedSession): string {
  const kind = KIND_WORDS[s.kind] ?? s.kind.replace(/-/g, ' ');
  const modality = s.modality && s.modality !== 'other' ? ` ${s.modality}` : '';
  return `${kind}${modality} ${Math.round(s.minutes)} min`;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Carbohydrate for a day's energy: the low end of its training band, moved so fat stays within 20–35 % of energy. */
function carbsFor(energy: number, protein: number, bandLowG: number): { carbs: number; fat: number } {
  const free = energy - KCAL_PER_G.protein * protein;
  const fatKcal = Math.min(FAT_CEILING_SHARE * energy, Math.max(FAT_FLOOR_SHARE * energy, free - KCAL_PER_G.carbs * bandLowG));
  return { carbs: (free - fatKcal) / KCAL_PER_G.carbs, fat: fatKcal / KCAL_PER_G.fat };
}

/**
 * The week's days: each day's expenditure is the non-exercise part plus its planned sessions' net
 * energy (science.md §1), so a harder or longer day gets more energy; the goal's balance (or a
 * decided mean) is spread evenly. Protein is the same every day (g/kg × weight); carbohydrate takes
 * the low end of the day's band by training time (Thomas, Erdman & Burke 2016) and whatever keeps
 * fat within 20–35 % of energy (IOM 2005); fat is the remainder.
 */
export function spreadWeek(input: WeekInput): WeekPlan {
  const { weightKg: w, days } = input;
  const unit = input.unit ?? 'kg';
  if (!(w > 0)) throw new TargetsError('weightKg', 'Targets need a body weight: log a weigh-in.');
  const planned = days.some((d) => d.sessions.length > 0);
  const exercise = days.map((d) => sum(d.sessions.map((s) => sessionNetEnergy({ id: 0, start: '00:00', elevationGainM: null, elevationLossM: null, avgHr: null, ...s }, w).kcal)));
  const expenditure = exercise.map((x) => (planned ? input.baseKcal + x : input.recentKcal));
  const meanExpenditure = sum(expenditure) / days.length;
  const proposal = meanExpenditure + input.balanceKcal;
  const mean = input.decidedKcal ?? proposal;
  const protein = round(input.proteinGPerKg * w, 0);
  const rest = carbsFor(mean + input.baseKcal - meanExpenditure, protein, CARB_BANDS[0].low * w);
  const out = days.map((d, i): DayTarget => {
    const energy = mean + expenditure[i] - meanExpenditure;
    if (!(energy > 0)) throw new TargetsError('energyKcal', `The energy target must be positive (got ${kcalText(energy)} kcal on ${d.date}).`);
    const minutes = sum(d.sessions.map((s) => s.minutes));
    const band = carbohydrateBand(minutes);
    const { carbs, fat } = carbsFor(energy, protein, band.lowGPerKg * w);
    if (carbs < 0) {
      throw new TargetsError('energyKcal', `${kcalText(energy)} kcal on ${d.date} cannot hold ${protein} g of protein and the fat floor (20 % of energy): choose a slower rate, less protein or a higher target.`);
    }
    const short = carbs < band.lowGPerKg * w - 2.5 ? `; below the ${perMassText([band.lowGPerKg, band.highGPerKg], 'g', unit)} band for ${band.label}: energy is short for this training` : '';
    const extra = Math.round((carbs - rest.carbs) / 5) * 5;
    const reason = d.sessions.length
      ? `${d.sessions.map(sessionText).join(' + ')} (about ${kcalText(Math.round(exercise[i] / 10) * 10)} kcal): ${extra > 0 ? `+${extra}` : extra < 0 ? `−${-extra}` : '±0'} g carbohydrate against a rest day${short}`
      : `Rest day: ${perMassText([carbs / w], 'g', unit, 1)} carbohydrate${short}`;
    return { date: d.date, energyKcal: Math.round(energy / 10) * 10, proteinG: protein, carbsG: Math.round(carbs / 5) * 5, fatG: round(fat, 0), reason };
  });
  return { days: out, expenditureKcal: Math.round(sum(expenditure)), proposalKcalPerDay: Math.round(proposal), planned };
}

export interface CheckinReview {
  /** Mean a day over the complete days of the week, or null without any. */
  intakeKcal: number | null;
  completeDays: number;
  /** The mean daily target in force that week, or null. */
  targetKcal: number | null;
  /** Trend weight change over the week, %BW (signed: negative = loss), or null without a trend. */
  trendChangePct: number | null;
  trendChangeKg: number | null;
  /** The goal's signed rate, %BW/wk. */
  goalRatePct: number;
  /** Mean expenditure estimate that week and its change from the week before. */
  expenditureKcal: number | null;
  expenditureChangeKcal: number | null;
  summary: string[];
}

export interface ReviewInput {
  goal: Goal;
  intake: (number | null)[];
  targetKcal: number | null;
  trendStartKg: number | null;
  trendEndKg: number | null;
  expenditureKcal: number | null;
  previousExpenditureKcal: number | null;
  /** The unit the summary speaks in (kg when not given). */
  unit?: WeightUnit;
}

const signed = (x: number, digits: number) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(round(x, digits))}`;

/** The check-in's look back at the week just over: intake vs target, trend vs goal, expenditure change. */
export function reviewWeek(r: ReviewInput): CheckinReview {
  const logged = r.intake.filter((x): x is number => x != null);
  const intakeKcal = logged.length ? Math.round(logged.reduce((a, b) => a + b, 0) / logged.length) : null;
  const goalRatePct = r.goal.type === 'lose' ? -r.goal.ratePct : r.goal.type === 'gain' ? r.goal.ratePct : 0;
  const trendChangeKg = r.trendStartKg != null && r.trendEndKg != null ? round(r.trendEndKg - r.trendStartKg, 2) : null;
  const trendChangePct = trendChangeKg != null && r.trendStartKg ? round((trendChangeKg / r.trendStartKg) * 100, 2) : null;
  const expenditureChangeKcal = r.expenditureKcal != null && r.previousExpenditureKcal != null ? Math.round(r.expenditureKcal - r.previousExpenditureKcal) : null;
  const summary: string[] = [];
  if (intakeKcal == null) summary.push('No complete food days last week: intake against target is unknown.');
  else if (r.targetKcal == null) summary.push(`Intake ${kcalText(intakeKcal)} kcal a day over ${logged.length} complete days; there was no target.`);
  else summary.push(`Intake ${kcalText(intakeKcal)} kcal a day over ${logged.length} complete days against a target of ${kcalText(r.targetKcal)} (${signed(intakeKcal - r.targetKcal, 0)} kcal).`);
  if (trendChangePct == null) summary.push('No weight trend for last week: log a few weigh-ins.');
  else summary.push(`Trend weight ${signed(fromKg(trendChangeKg as number, r.unit ?? 'kg'), 2)} ${r.unit ?? 'kg'} (${signed(trendChangePct, 2)} %) against the goal's ${signed(goalRatePct, 2)} % a week.`);
  if (r.expenditureKcal != null) {
    summary.push(`Estimated expenditure ${kcalText(r.expenditureKcal)} kcal a day${expenditureChangeKcal == null ? '' : ` (${signed(expenditureChangeKcal, 0)} from the week before)`}.`);
  }
  return { intakeKcal, completeDays: logged.length, targetKcal: r.targetKcal, trendChangePct, trendChangeKg, goalRatePct, expenditureKcal: r.expenditureKcal, expenditureChangeKcal, summary };
}
