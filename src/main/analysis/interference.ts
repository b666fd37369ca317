// The planner's interference checks (science.md §8): a pure rule engine over planned and
// completed sessions (and logged sleep) that returns findings, each with a one-line reason and the
// source it rests on. No database, no clock: the caller passes the sessions around the checked range
// (see CHECK_LOOKBACK_DAYS / CHECK_LOOKAHEAD_DAYS) and the profile's heart rates.
// The definitions and thresholds are in interferenceModel.ts, the rules in interferenceRules.ts.
import { weekStartOf } from '../../shared/dates';
import { isEnduranceKind, isStrengthKind } from '../../shared/training';
import { timeToMinutes } from '../../shared/timeOfDay';
import { FINDING_SOURCES, isHardEndurance, isHeavyLower, isHeavyStrength, isHills, type CheckPlanInput, type Finding, type Severity } from './interferenceModel';
import { pairRules } from './interferencePairs';
import { middleGroundRules } from './interferenceMiddleGround';
import { DAY_MIN, dayNumber, mobilityRule, sleepRule, stressRules, volumeRule, type Add, type ByDay, type Range, type Timed } from './interferenceRules';

export {
  CHECK_LOOKAHEAD_DAYS,
  CHECK_LOOKBACK_DAYS,
  E1RM_REFERENCE_DAYS,
  FINDING_CODES,
  isHighStressDay,
  zone2Ceiling,
  type CheckPlanInput,
  type Finding,
  type PlanSession,
  type PlanSet,
} from './interferenceModel';

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** Runs every rule over the sessions and returns the findings that touch [from, to]. */
export function checkPlan(input: CheckPlanInput): Finding[] {
  const fromDay = dayNumber(input.from);
  const toDay = dayNumber(input.to);
  const findings: Finding[] = [];
  // Built field by field (a spread of the input objects is several times slower here, and this runs
  // for every week the planner shows).
  const timed: Timed[] = input.sessions
    .map((s): Timed => {
      const day = dayNumber(s.date);
      const startAt = day * DAY_MIN + timeToMinutes(s.start);
      return {
        id: s.id,
        date: s.date,
        start: s.start,
        minutes: s.minutes,
        kind: s.kind,
        modality: s.modality,
        rpe: s.rpe,
        distanceKm: s.distanceKm,
        elevationLossM: s.elevationLossM,
        avgHr: s.avgHr,
        planned: s.planned,
        title: s.title ?? null,
        sets: s.sets,
        day,
        startAt,
        endAt: startAt + s.minutes,
        strength: isStrengthKind(s.kind),
        heavyStrength: isHeavyStrength(s),
        heavyLower: isHeavyLower(s),
        endurance: isEnduranceKind(s.kind),
        hardEndurance: isHardEndurance(s),
        hills: isHills(s),
      };
    })
    .sort((a, b) => a.startAt - b.startAt || a.id - b.id);

  const inRange = (day: number): boolean => day >= fromDay && day <= toDay;
  const add: Add = (f, involved) => {
    if (!inRange(dayNumber(f.date)) && !involved.some((s) => inRange(s.day))) return;
    findings.push({ ...f, source: FINDING_SOURCES[f.code] });
  };

  pairRules(timed, inRange, add);

  const byDay: ByDay = new Map();
  for (const s of timed) {
    const list = byDay.get(s.day);
    if (list) list.push(s);
    else byDay.set(s.day, [s]);
  }
  const range: Range = { fromDay, toDay, weekStartDay: dayNumber(weekStartOf(input.from, input.weekStart)) };
  stressRules(range, byDay, add);
  volumeRule(range, byDay, add);
  middleGroundRules(input, range, timed, add);
  mobilityRule(range, byDay, add);
  sleepRule(input, range, byDay, add);

  return findings.sort(
    (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code) || (a.sessionIds[0] ?? 0) - (b.sessionIds[0] ?? 0),
  );
}
