// The Insights screen's numbers: sleep against lift performance and the weekly training stress,
// read from the per-day read model (daily/facts.ts) only, and rounded as the report rounds them so
// the screen and `report` always agree.
import type { Insights, SleepVsLiftInsight, StressWeek } from '../../../shared/contract/insights';
import { addDays } from '../../../shared/dates';
import { round, roundOrNull } from '../../../shared/units';
import { MIN_CORRELATION_PAIRS, POOLED_LABEL } from '../../analysis/liftPerformance';
import { sleepVsLiftRow } from '../report/handlers';
import { fitBand, linearFit } from '../../analysis/statistics';
import { CHRONIC_DAYS } from '../../analysis/trainingLoad';
import { MAIN_LIFTS } from '../../analysis/underFueling';
import type { CoreContext } from '../context';
import { dailyFacts, sessionsOn, type DayFacts } from '../daily/facts';

const r = roundOrNull;

/** A day at least this many times the chronic daily load is a high-stress day; under EASY_FACTOR (and over 0) an easy one. */
export const HIGH_STRESS_FACTOR = 1.5;
export const EASY_FACTOR = 0.5;
/** Points along the fitted line: enough for the band to curve smoothly. */
const LINE_STEPS = 24;

type Point = SleepVsLiftInsight['points'][number];

/** The pairs behind each sleep-vs-lift row, with their dates (the analysis keeps only the numbers), in its order. */
function pointsByLift(days: readonly DayFacts[]): Map<string, Point[]> {
  const out = new Map<string, Point[]>();
  for (const d of days) {
    if (d.sleepHours === null) continue;
    for (const [exercise, pct] of Object.entries(d.performancePct)) {
      let list = out.get(exercise);
      if (!list) out.set(exercise, (list = []));
      list.push({ date: d.date, exercise, sleepHours: d.sleepHours, performancePct: pct });
    }
  }
  return out;
}

/** The fitted line and its 95 % band across the sleep hours the points span. */
function fitLine(points: readonly Point[]): SleepVsLiftInsight['line'] {
  const fit = linearFit(
    points.map((p) => p.sleepHours),
    points.map((p) => p.performancePct),
  );
  if (!fit) return [];
  const xs = points.map((p) => p.sleepHours);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return Array.from({ length: LINE_STEPS + 1 }, (_, i) => {
    const x = lo + ((hi - lo) * i) / LINE_STEPS;
    const b = fitBand(fit, x);
    return { sleepHours: round(x, 2), pct: round(b.y, 2), low: round(b.low, 2), high: round(b.high, 2) };
  });
}

/**
 * The chronic (28-day EWMA) load of the day before, from the day's own value: the EWMA step undone,
 * so the first day of the range needs no earlier facts.
 */
function chronicBefore(chronicAfter: number, load: number): number {
  const lambda = 2 / (CHRONIC_DAYS + 1);
  return (chronicAfter - lambda * load) / (1 - lambda);
}

/**
 * The first day the acute:chronic ratio means something: 28 days after the first completed load,
 * looked for in the 27 days before the range and in the range.
 */
function ratioFrom(ctx: CoreContext, from: string, days: readonly DayFacts[]): string | null {
  for (let i = CHRONIC_DAYS - 1; i >= 1; i--) {
    const d = addDays(from, -i);
    if (sessionsOn(ctx, d).loadAU > 0) return addDays(d, CHRONIC_DAYS - 1);
  }
  const first = days.find((d) => d.loadAU > 0);
  return first ? addDays(first.date, CHRONIC_DAYS - 1) : null;
}

export function buildInsights(ctx: CoreContext, from: string, to: string): Insights {
  const { days, dashboard, weekLoads, sleepVsLift } = dailyFacts(ctx, from, to);
  const byLift = pointsByLift(days);
  const main = new Set(MAIN_LIFTS);
  const pooledLifts = sleepVsLift.filter((s) => s.exercise !== POOLED_LABEL && main.has(s.exercise) && s.n >= MIN_CORRELATION_PAIRS).map((s) => s.exercise);

  const rows = sleepVsLift.map((s): SleepVsLiftInsight => {
    const points = s.exercise === POOLED_LABEL ? pooledLifts.flatMap((l) => byLift.get(l) ?? []) : (byLift.get(s.exercise) ?? []);
    return {
      ...sleepVsLiftRow(s),
      slopeLowPctPerHour: r(s.slopeLowPctPerHour, 2),
      slopeHighPctPerHour: r(s.slopeHighPctPerHour, 2),
      points: points.map((p) => ({ ...p, performancePct: round(p.performancePct, 2) })),
      line: fitLine(points),
    };
  });

  const factsOf = new Map(days.map((d) => [d.date, d]));
  const weeks = dashboard.weeks.map((w, i): StressWeek => {
    const l = weekLoads[i];
    return {
      week: w.week,
      from: w.from,
      to: w.to,
      strengthAU: round(l.strengthAU, 1),
      enduranceAU: round(l.enduranceAU, 1),
      otherAU: round(l.otherAU, 1),
      totalAU: round(l.totalAU, 1),
      monotony: r(l.monotony, 3),
      strain: r(l.strain, 1),
      days: l.dailyAU.map((load, k) => {
        const date = addDays(w.from, k);
        const f = factsOf.get(date);
        // Days of the first week before the range have no facts here: shown, not judged.
        const chronic = f ? chronicBefore(f.loadModel.chronicAU, f.loadAU) : null;
        return {
          date,
          loadAU: round(load, 1),
          highStress: chronic !== null && load > 0 && load >= HIGH_STRESS_FACTOR * chronic,
          easy: chronic !== null && load > 0 && load < EASY_FACTOR * chronic,
        };
      }),
    };
  });

  const showRatioFrom = ratioFrom(ctx, from, days);
  return {
    range: { from, to },
    sleepVsLift: rows,
    weeks,
    days: days.map((d) => {
      const m = d.loadModel;
      const ratioShown = showRatioFrom !== null && d.date >= showRatioFrom && m.chronicAU > 0;
      return {
        date: d.date,
        acute: round(m.acuteAU, 1),
        chronic: round(m.chronicAU, 1),
        ctl: round(m.ctl, 1),
        atl: round(m.atl, 1),
        tsb: round(m.tsb, 1),
        ratio: ratioShown ? round(m.acuteAU / m.chronicAU, 2) : null,
      };
    }),
  };
}

/** Days between the range's ends, inclusive (the default range's length). */
export const DEFAULT_INSIGHT_DAYS = 84;
