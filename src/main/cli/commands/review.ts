import { call, readProfile } from '../call';
import { fromKg, round } from '../../../shared/units';
import type { ReviewWeek } from '../../../shared/contract/review';
import { str, table } from '../args';
import type { Command } from '../types';

const kinds = (xs: { kind: string }[]): string => xs.map((s) => s.kind).join(', ');

/** The review as text: the same numbers as --json, section by section. */
function reviewText(r: ReviewWeek, unit: 'kg' | 'lb'): string {
  const l = r.load;
  const e = r.energy;
  const s = r.sleep;
  const w = (kg: number | null) => (kg == null ? null : round(fromKg(kg, unit), 1));
  return [
    `Weekly review ${r.week} (${r.from} → ${r.to}, weeks start on ${r.weekStart === 'monday' ? 'Monday' : 'Sunday'})${r.through < r.to ? `, so far through ${r.through}` : ''}`,
    '',
    ...r.summary.map((x) => `- ${x}`),
    '',
    'Days',
    table(
      ['date', 'done', 'planned, not done', 'load AU', 'planned AU', 'intake kcal', 'expenditure kcal', 'balance kcal', 'sleep h'],
      r.days.map((d) => [d.date, kinds(d.done), kinds(d.planned), d.loadAU, d.plannedLoadAU, d.intakeKcal == null ? null : Math.round(d.intakeKcal), d.tdeeKcal, d.balanceKcal, d.sleepHours]),
    ),
    '',
    `Sessions: ${r.sessions.done} done (${r.sessions.doneLoadAU} AU), ${r.sessions.ahead} ahead, ${r.sessions.missed} missed (${r.sessions.plannedLoadAU} AU planned and not done)`,
    table(
      ['kind', 'family', 'done', 'planned', 'done AU', 'planned AU'],
      r.sessions.byKind.map((k) => [k.kind, k.family, k.done, k.planned, k.doneLoadAU, k.plannedLoadAU]),
    ),
    '',
    'Load (session RPE × minutes; monotony = mean / population SD of the 7 days)',
    table(
      ['strength AU', 'endurance AU', 'other AU', 'total AU', 'week before AU', 'monotony', 'strain', 'acute AU/d', 'chronic AU/d'],
      [[l.strengthAU, l.enduranceAU, l.otherAU, l.totalAU, l.previousTotalAU, l.monotony, l.strain, `${l.acuteAU} (${l.previousAcuteAU})`, `${l.chronicAU} (${l.previousChronicAU})`]],
    ),
    '',
    `Energy: intake ${e.intakeKcalAvg ?? '—'} kcal/d on ${e.intakeDays} logged days, expenditure ${e.tdeeKcalAvg ?? '—'} kcal/d, balance ${e.balanceKcalAvg ?? '—'} kcal/d`,
    `Under-fuelling ${e.underFueling.from} → ${e.underFueling.to}: ${e.underFueling.level.toUpperCase()} — ${e.underFueling.summary}`,
    `Sleep: ${s.avgHours ?? '—'} h average over ${s.nights} nights; ${s.nightsBelow} under ${s.targetLowHours} h, ${s.nightsAbove} over ${s.targetHighHours} h`,
    '',
    'Lift records this week',
    table(
      ['date', 'lift', 'record', `value (${unit}; reps for most-reps)`, 'before'],
      r.lifts.prs.map((p) => [p.date, p.exercise, p.type, p.type === 'most-reps' ? p.value : w(p.value), p.type === 'most-reps' ? p.previous : w(p.previous)]),
    ),
    'Lift performance (% of the lift’s best e1RM of the 28 days before)',
    table(['lift', 'days', 'mean %', 'best %'], r.lifts.performance.map((p) => [p.exercise, p.days, p.avgPct, p.bestPct])),
    '',
    `Planner findings (${r.findings.length})`,
    ...r.findings.map((f) => `- ${f.date} [${f.severity}] ${f.message}`),
    '',
    `Previous week: ${r.previous}${r.next ? ` · next week: ${r.next}` : ''}`,
  ].join('\n');
}

export const reviewCommands: Command[] = [
  {
    path: ['review'],
    summary: 'The weekly review: planned vs done, load, intake vs expenditure, sleep, lift records, planner findings (default: the current week).',
    usage: 'review [--week 2026-W48|YYYY-MM-DD]',
    options: { week: { type: 'string' } },
    run({ ctx, values, print }) {
      const r = call(ctx, 'review.week', { week: str(values, 'week') });
      print(r, () => reviewText(r, readProfile(ctx.db)?.weightUnit ?? 'kg'));
    },
  },
  {
    path: ['review', 'weeks'],
    summary: 'One line per week, newest first (default: the 12 weeks ending with the current one).',
    usage: 'review weeks [--from YYYY-MM-DD] [--to YYYY-MM-DD]',
    options: { from: { type: 'string' }, to: { type: 'string' } },
    run({ ctx, values, print }) {
      const r = call(ctx, 'review.weeks', { from: str(values, 'from'), to: str(values, 'to') });
      print(r, () => [`Weeks ${r.from} → ${r.to}`, ...r.weeks.map((w) => `${w.week}  ${w.line}`)].join('\n'));
    },
  },
];
