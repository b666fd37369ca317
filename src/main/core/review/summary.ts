// The review's sentences, made from its numbers alone. They describe what was logged — counts,
// averages, changes — and never say why: the numbers cannot tell.
import type { ReviewWeek, ReviewWeekLine } from '../../../shared/contract/review';
import { fromKg, round, type WeightUnit } from '../../../shared/units';

type Review = Omit<ReviewWeek, 'summary'>;

const n = (x: number): string => Math.round(x).toLocaleString('en-US');
const plural = (k: number, one: string, many = `${one}s`): string => `${k} ${k === 1 ? one : many}`;
const signed = (x: number): string => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${n(Math.abs(x))}`;

const LEVEL_WORDS: Record<string, string> = {
  ok: 'no signal',
  watch: 'watch',
  high: 'high',
  'insufficient-data': 'not enough data to judge',
};

const PR_WORDS: Record<string, string> = {
  'heaviest-weight': 'heaviest weight',
  'best-e1rm': 'best estimated max',
  'most-reps': 'most reps',
  'best-session-volume': 'best session volume',
};

function sessionsSentence(r: Review): string {
  const { done, ahead, missed, doneLoadAU, plannedLoadAU } = r.sessions;
  if (done + ahead + missed === 0) return 'No sessions logged or planned this week.';
  const parts = [`${plural(done, 'session')} done (${n(doneLoadAU)} load points)`];
  if (missed) parts.push(`${plural(missed, 'planned session')} on past days not done`);
  if (ahead) parts.push(`${ahead} still ahead`);
  return `${parts.join('; ')}${missed + ahead ? ` — ${n(plannedLoadAU)} load points planned and not done` : ''}.`;
}

function loadSentence(r: Review): string | null {
  const { totalAU, previousTotalAU, monotony, strain, strengthAU, enduranceAU, otherAU } = r.load;
  if (totalAU === 0 && previousTotalAU === 0) return null;
  const running = r.through < r.to ? ' so far' : '';
  const split = `strength ${n(strengthAU)}, endurance ${n(enduranceAU)}, other ${n(otherAU)}`;
  let s = `Training load${running}: ${n(totalAU)} load points (${split})`;
  if (previousTotalAU > 0) {
    const pct = round(((totalAU - previousTotalAU) / previousTotalAU) * 100, 0);
    s += pct === 0 ? `, the same as the week before` : `, ${Math.abs(pct)} % ${pct > 0 ? 'above' : 'below'} the week before (${n(previousTotalAU)} load points)`;
  } else s += ', after a week without logged load';
  s += '.';
  if (monotony !== null && strain !== null) s += ` Monotony ${monotony.toFixed(2)}, strain ${n(strain)}${monotony > 2 ? ' (monotony over 2: the days were much alike)' : ''}.`;
  return s;
}

function energySentences(r: Review): string[] {
  const e = r.energy;
  const out: string[] = [];
  if (e.intakeDays === 0 || e.intakeKcalAvg === null) out.push('No complete intake days logged, so intake is not set against expenditure.');
  else if (e.tdeeKcalAvg === null || e.balanceKcalAvg === null)
    out.push(`Intake averaged ${n(e.intakeKcalAvg)} kcal on ${plural(e.intakeDays, 'logged day')}; there is no expenditure estimate yet (it needs a profile and weigh-ins).`);
  else
    out.push(
      `Intake averaged ${n(e.intakeKcalAvg)} kcal on ${plural(e.intakeDays, 'logged day')} against an estimated expenditure of ${n(e.tdeeKcalAvg)} kcal: ${signed(e.balanceKcalAvg)} kcal a day.`,
    );
  const uf = e.underFueling;
  out.push(`Under-fuelling check over the 28 days to ${uf.to}: ${LEVEL_WORDS[uf.level] ?? uf.level}.`);
  return out;
}

function sleepSentence(r: Review): string {
  const s = r.sleep;
  if (s.nights === 0 || s.avgHours === null) return 'No sleep logged this week.';
  const range = `${s.targetLowHours}–${s.targetHighHours} h`;
  const outside =
    s.nightsBelow + s.nightsAbove === 0
      ? `every night within ${range}`
      : [s.nightsBelow ? `${plural(s.nightsBelow, 'night')} under ${s.targetLowHours} h` : '', s.nightsAbove ? `${plural(s.nightsAbove, 'night')} over ${s.targetHighHours} h` : ''].filter(Boolean).join(', ');
  return `Sleep averaged ${s.avgHours.toFixed(1)} h over ${plural(s.nights, 'night')} (${outside}).`;
}

function liftSentences(r: Review, unit: WeightUnit): string[] {
  const out: string[] = [];
  const { prs, performance } = r.lifts;
  if (prs.length) {
    const shown = prs.slice(0, 4).map((p) => {
      const value = p.type === 'most-reps' ? `${p.value} reps at ${round(fromKg(p.weightKg ?? 0, unit), 1)} ${unit}` : `${round(fromKg(p.value, unit), 1)} ${unit}`;
      return `${p.exercise} ${PR_WORDS[p.type] ?? p.type} ${value}`;
    });
    out.push(`${plural(prs.length, 'lift record')}: ${shown.join('; ')}${prs.length > shown.length ? '; …' : ''}.`);
  }
  if (performance.length) {
    const shown = performance.slice(0, 3).map((p) => `${p.exercise} ${p.avgPct.toFixed(1)} % (${plural(p.days, 'day')})`);
    out.push(`Lift performance against each lift's best estimated max of the 28 days before: ${shown.join(', ')}.`);
  }
  return out;
}

function findingsSentence(r: Review): string {
  const f = r.findings;
  if (f.length === 0) return 'The planner found nothing to flag in this week’s sessions.';
  const counts = (['critical', 'warning', 'info'] as const).map((s) => [s, f.filter((x) => x.severity === s).length] as const).filter(([, k]) => k > 0);
  return `The planner flagged ${plural(f.length, 'finding')}: ${counts.map(([s, k]) => `${k} ${s}`).join(', ')}.`;
}

/** The review's sentences, in the order of the screen's cards. */
export function weekSummary(r: Review, unit: WeightUnit): string[] {
  const load = loadSentence(r);
  return [sessionsSentence(r), ...(load ? [load] : []), ...energySentences(r), sleepSentence(r), ...liftSentences(r, unit), findingsSentence(r)];
}

/** One line for the list of weeks. */
export function weekLine(w: Omit<ReviewWeekLine, 'line'>): string {
  const parts = [`${w.done} done${w.planned ? `, ${w.planned} still planned` : ''}`, `${n(w.totalAU)} load points`];
  parts.push(w.balanceKcalAvg === null ? 'intake not set against expenditure' : `${signed(w.balanceKcalAvg)} kcal/day against expenditure`);
  parts.push(w.sleepAvgHours === null ? 'no sleep logged' : `sleep ${w.sleepAvgHours.toFixed(1)} h`);
  if (w.prs) parts.push(plural(w.prs, 'lift record'));
  return parts.join(' · ');
}
