import { call } from '../call';
import type { WeekTargets } from '../../../shared/contract/targets';
import { kcalText } from '../../../shared/units';
import { flag, int, num, requireStr, str, table } from '../args';
import type { Command } from '../types';

const clean = <T extends Record<string, unknown>>(o: T): T => {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
};

function describeWeek(t: WeekTargets): string {
  const lines = [`Targets for ${t.week} (from ${t.weekStart}): ${t.energyKcal == null ? 'none yet' : `${kcalText(t.energyKcal)} kcal for the week`}`, t.note, ...t.warnings.map((w) => `Warning: ${w}`)];
  if (t.days.length) {
    lines.push('', table(['date', 'kcal', 'protein g', 'carbs g', 'fat g', 'why'], t.days.map((d) => [d.date, kcalText(d.energyKcal), d.proteinG, d.carbsG, d.fatG, d.reason])));
  }
  return lines.join('\n');
}

const week = { week: { type: 'string' } } as const;

export const targetsCommands: Command[] = [
  {
    path: ['goal', 'set'],
    summary: 'Set the goal: lose (default 0.5 %/wk), maintain or gain (default 0.25 %/wk); above 0.7 %/wk warns, above 2 %/wk is refused.',
    usage: 'goal set --type lose|maintain|gain [--rate-pct N] [--protein-g-per-kg N]',
    options: { type: { type: 'string' }, 'rate-pct': { type: 'string' }, 'protein-g-per-kg': { type: 'string' } },
    run({ ctx, values, print }) {
      const s = call(ctx, 'goal.set', clean({ type: requireStr(values, 'type') as 'lose', ratePct: num(values, 'rate-pct'), proteinGPerKg: num(values, 'protein-g-per-kg') }));
      print(s, () => {
        const g = s.goal;
        const head = g ? `Goal: ${g.type}${g.type === 'maintain' ? '' : ` ${g.ratePct} % of body weight a week`}, protein ${g.proteinGPerKg} g/kg a day.` : 'No goal.';
        return [head, ...s.warnings.map((w) => `Warning: ${w}`)].join('\n');
      });
    },
  },
  {
    path: ['goal', 'show'],
    summary: 'The goal in force and its warnings.',
    usage: 'goal show',
    options: {},
    run({ ctx, print }) {
      const s = call(ctx, 'goal.get', {});
      print(s, () => (s.goal ? [`Goal: ${s.goal.type} ${s.goal.ratePct} %/wk, protein ${s.goal.proteinGPerKg} g/kg (set ${s.goal.setOn}).`, ...s.warnings.map((w) => `Warning: ${w}`)].join('\n') : 'No goal set: targets aim at maintenance.'));
    },
  },
  {
    path: ['targets'],
    summary: 'A week’s energy and per-day targets with their reasons (default: the coming week).',
    usage: 'targets [--week 2026-W48]',
    options: week,
    run({ ctx, values, print }) {
      const t = call(ctx, 'targets.week', clean({ week: str(values, 'week') }));
      print(t, () => describeWeek(t));
    },
  },
  {
    path: ['targets', 'checkin'],
    summary: 'The weekly check-in: shows last week and the proposal; --accept takes it, --energy N sets your own kcal a day.',
    usage: 'targets checkin [--week 2026-W48] [--accept | --energy N] [--replace-fixed]',
    options: { ...week, accept: { type: 'boolean' }, energy: { type: 'string' }, 'replace-fixed': { type: 'boolean' } },
    run({ ctx, values, print }) {
      const energyKcal = int(values, 'energy');
      if (flag(values, 'accept') || energyKcal !== undefined) {
        const t = call(ctx, 'targets.checkinSave', clean({ week: str(values, 'week'), energyKcal, replaceFixed: flag(values, 'replace-fixed') || undefined }));
        print(t, () => `Check-in saved.\n${describeWeek(t)}`);
        return;
      }
      const c = call(ctx, 'targets.checkin', clean({ week: str(values, 'week') }));
      print(c, () =>
        [
          `Check-in for ${c.week}${c.done ? ` (done ${c.done.doneOn}: ${kcalText(c.done.energyKcal)} kcal a day, ${c.done.decision})` : c.due ? ' (due)' : ''}`,
          `Last week (${c.review.week}):`,
          ...c.review.summary.map((s) => `- ${s}`),
          '',
          describeWeek(c.proposal),
          '',
          'Accept with --accept, or set your own with --energy N (kcal a day).',
        ].join('\n'),
      );
    },
  },
  {
    path: ['targets', 'fix'],
    summary: 'Fix the energy target a day from a week on (default the coming week), for --weeks N or until --clear.',
    usage: 'targets fix --energy N | --clear [--week 2026-W48] [--weeks N]',
    options: { ...week, energy: { type: 'string' }, clear: { type: 'boolean' }, weeks: { type: 'string' } },
    run({ ctx, values, print }) {
      const energyKcal = flag(values, 'clear') ? null : int(values, 'energy');
      const t = call(ctx, 'targets.fix', clean({ energyKcal: energyKcal as number | null, week: str(values, 'week'), weeks: int(values, 'weeks') }));
      print(t, () => describeWeek(t));
    },
  },
  {
    path: ['targets', 'history'],
    summary: 'Past check-ins, latest first.',
    usage: 'targets history',
    options: {},
    run({ ctx, print }) {
      const list = call(ctx, 'targets.history', {});
      print(list, () => (list.length ? table(['week', 'done', 'proposed kcal/d', 'kcal/d', 'decision'], list.map((c) => [c.week, c.doneOn, kcalText(c.proposedKcal), kcalText(c.energyKcal), c.decision])) : 'No check-ins yet.'));
    },
  },
];
