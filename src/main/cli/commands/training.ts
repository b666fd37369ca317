import { call, readProfile } from '../call';
import { AppError } from '../../errors';
import type { Finding } from '../../../shared/contract/plan';
import type { LiftSet, PrEvent, Session } from '../../../shared/contract/training';
import { KIND_LABELS, MODALITIES, MUSCLE_GROUPS, SESSION_KINDS, SET_TYPES } from '../../../shared/training';
import { fromKg, fromKm, lbToKg, miToKm, round, type DistanceUnit, type WeightUnit } from '../../../shared/units';
import { flag, int, num, oneOf, requireNum, requireStr, str, table } from '../args';
import type { CliEnv, Command, ParsedValues } from '../types';

const KINDS = SESSION_KINDS.join('|');
const MODS = MODALITIES.join('|');
const TYPES = SET_TYPES.join('|');

function units(env: CliEnv): { w: WeightUnit; d: DistanceUnit } {
  const p = readProfile(env.ctx.db);
  return { w: p?.weightUnit ?? 'kg', d: p?.distanceUnit ?? 'km' };
}
const kg = (v: number, u: WeightUnit): string => `${round(fromKg(v, u), 1)} ${u}`;

function requireId(values: ParsedValues, name = 'id'): number {
  const id = int(values, name);
  if (id === undefined) throw new AppError('invalid_input', `--${name} is required.`, name);
  return id;
}

/** --distance-km N or --distance-mi N (not both), in km. */
function distanceKm(values: ParsedValues): number | undefined {
  if (values['distance-km'] !== undefined && values['distance-mi'] !== undefined) {
    throw new AppError('invalid_input', 'Give --distance-km or --distance-mi, not both.', 'distance-km');
  }
  const mi = num(values, 'distance-mi');
  return mi !== undefined ? miToKm(mi) : num(values, 'distance-km');
}

function definedOnly<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

function describeSession(s: Session, u: { w: WeightUnit; d: DistanceUnit }): string {
  const bits = [
    `#${s.id}`,
    s.date,
    `${s.start}–${s.end}`,
    s.title ? `${s.title} (${s.kind})` : s.kind,
    s.modality ?? '',
    `${s.minutes} min`,
    `RPE ${s.rpe}`,
    `${s.loadAU} AU`,
    s.distanceKm != null ? `${round(fromKm(s.distanceKm, u.d), 2)} ${u.d}` : '',
    s.avgHr != null ? `${s.avgHr} bpm` : '',
    s.planned ? 'planned' : 'done',
    s.setCount ? `${s.setCount} sets` : '',
  ];
  return bits.filter(Boolean).join('  ');
}

function describeSet(s: LiftSet, u: WeightUnit): string {
  const weight = s.bodyweight ? `BW${s.weightKg ? `${s.assisted ? ' − ' : ' + '}${kg(s.weightKg, u)}` : ''}` : kg(s.weightKg, u);
  const effort = s.rpe != null ? ` @ RPE ${s.rpe}` : s.rir != null ? ` @ ${s.rir} RIR` : '';
  const e1rm = s.e1rmKg != null ? ` — e1RM ${kg(s.e1rmKg, u)} (${s.e1rmMethod === 'rpe' ? 'RPE table' : 'Epley'})` : '';
  return `${s.exercise} ${weight} × ${s.reps}${effort} [${s.type}]${e1rm}`;
}

const PR_LABEL: Record<PrEvent['type'], string> = {
  'heaviest-weight': 'heaviest weight',
  'best-e1rm': 'best e1RM',
  'most-reps': 'most reps at this weight',
  'best-session-volume': 'best session volume',
};
function describePr(p: PrEvent, u: WeightUnit): string {
  const value = p.type === 'most-reps' ? `${p.value} reps at ${kg(p.weightKg ?? 0, u)}` : kg(p.value, u);
  const was = p.previous == null ? 'first time' : `was ${p.type === 'most-reps' ? `${p.previous} reps` : kg(p.previous, u)}`;
  return `New PR (${p.exercise}): ${PR_LABEL[p.type]} ${value} (${was})`;
}

export function describeFinding(f: Finding): string {
  return `${f.severity.toUpperCase().padEnd(8)} ${f.date}  ${f.message}\n         Source: ${f.source}`;
}

const sessionFieldOptions = {
  date: { type: 'string' },
  start: { type: 'string' },
  kind: { type: 'string' },
  minutes: { type: 'string' },
  rpe: { type: 'string' },
  modality: { type: 'string' },
  'distance-km': { type: 'string' },
  'distance-mi': { type: 'string' },
  'elevation-gain-m': { type: 'string' },
  'elevation-loss-m': { type: 'string' },
  'avg-hr': { type: 'string' },
  title: { type: 'string' },
  notes: { type: 'string' },
  confirm: { type: 'boolean' },
} as const;

function sessionFields(values: ParsedValues) {
  return definedOnly({
    date: str(values, 'date'),
    start: str(values, 'start'),
    kind: str(values, 'kind'),
    minutes: num(values, 'minutes'),
    rpe: num(values, 'rpe'),
    modality: str(values, 'modality'),
    distanceKm: distanceKm(values),
    elevationGainM: num(values, 'elevation-gain-m'),
    elevationLossM: num(values, 'elevation-loss-m'),
    avgHr: int(values, 'avg-hr'),
    title: str(values, 'title'),
    notes: str(values, 'notes'),
  });
}

export const trainingCommands: Command[] = [
  {
    path: ['session', 'add'],
    summary: `Plan or log a training session. Kinds: ${SESSION_KINDS.map((k) => `${k} (${KIND_LABELS[k]})`).join(', ')}. Modalities: ${MODALITIES.join(', ')}.`,
    usage: `session add --date YYYY-MM-DD --start HH:MM --kind ${KINDS} --minutes N --rpe N [--modality ${MODS}] [--distance-km N | --distance-mi N] [--elevation-gain-m N] [--elevation-loss-m N] [--avg-hr N] [--title T] [--notes T] [--planned] [--confirm]`,
    options: { ...sessionFieldOptions, planned: { type: 'boolean' } },
    run(env) {
      const input = { ...sessionFields(env.values), planned: flag(env.values, 'planned') || undefined, confirm: flag(env.values, 'confirm') || undefined };
      const s = call(env.ctx, 'session.add', definedOnly(input) as Parameters<typeof call<'session.add'>>[2]);
      env.print(s, () => `${s.planned ? 'Planned' : 'Logged'} session ${describeSession(s, units(env))}`);
    },
  },
  {
    path: ['session', 'update'],
    summary: 'Edit or move a session (any subset of fields).',
    usage: `session update --id ID [--date D] [--start HH:MM] [--kind ${KINDS}] [--minutes N] [--rpe N] [--modality ${MODS}] [--distance-km N | --distance-mi N] [--elevation-gain-m N] [--elevation-loss-m N] [--avg-hr N] [--title T] [--notes T] [--confirm]`,
    options: { id: { type: 'string' }, ...sessionFieldOptions },
    run(env) {
      const s = call(env.ctx, 'session.update', { id: requireId(env.values), ...sessionFields(env.values), confirm: flag(env.values, 'confirm') || undefined } as Parameters<typeof call<'session.update'>>[2]);
      env.print(s, () => `Updated session ${describeSession(s, units(env))}`);
    },
  },
  {
    path: ['session', 'done'],
    summary: 'Mark a planned session done, with the actuals (others are kept from the plan).',
    usage: 'session done --id ID [--start HH:MM] [--minutes N] [--rpe N] [--distance-km N | --distance-mi N] [--elevation-gain-m N] [--elevation-loss-m N] [--avg-hr N] [--notes T] [--confirm]',
    options: {
      id: { type: 'string' },
      start: { type: 'string' },
      minutes: { type: 'string' },
      rpe: { type: 'string' },
      'distance-km': { type: 'string' },
      'distance-mi': { type: 'string' },
      'elevation-gain-m': { type: 'string' },
      'elevation-loss-m': { type: 'string' },
      'avg-hr': { type: 'string' },
      notes: { type: 'string' },
      confirm: { type: 'boolean' },
    },
    run(env) {
      const v = env.values;
      const s = call(
        env.ctx,
        'session.complete',
        definedOnly({
          id: requireId(v),
          start: str(v, 'start'),
          minutes: num(v, 'minutes'),
          rpe: num(v, 'rpe'),
          distanceKm: distanceKm(v),
          elevationGainM: num(v, 'elevation-gain-m'),
          elevationLossM: num(v, 'elevation-loss-m'),
          avgHr: int(v, 'avg-hr'),
          notes: str(v, 'notes'),
          confirm: flag(v, 'confirm') || undefined,
        }),
      );
      env.print(s, () => `Done: ${describeSession(s, units(env))}`);
    },
  },
  {
    path: ['session', 'delete'],
    summary: 'Delete a session and its sets.',
    usage: 'session delete --id ID',
    options: { id: { type: 'string' } },
    run(env) {
      const s = call(env.ctx, 'session.delete', { id: requireId(env.values) });
      env.print(s, () => `Deleted session ${describeSession(s, units(env))}${s.sets.length ? ` and its ${s.sets.length} sets` : ''}.`);
    },
  },
  {
    path: ['session', 'list'],
    summary: 'List sessions (default: the 28 days ending today).',
    usage: 'session list [--from D] [--to D] [--planned | --completed]',
    options: { from: { type: 'string' }, to: { type: 'string' }, planned: { type: 'boolean' }, completed: { type: 'boolean' } },
    run(env) {
      const v = env.values;
      if (flag(v, 'planned') && flag(v, 'completed')) throw new AppError('invalid_input', 'Give --planned or --completed, not both.', 'planned');
      const list = call(env.ctx, 'session.list', definedOnly({ from: str(v, 'from'), to: str(v, 'to'), planned: flag(v, 'planned') ? true : flag(v, 'completed') ? false : undefined }));
      const u = units(env);
      env.print(list, () => (list.length ? list.map((s) => describeSession(s, u)).join('\n') : 'No sessions in that range.'));
    },
  },
  {
    path: ['session', 'show'],
    summary: 'Show a session with its sets, e1RM and records.',
    usage: 'session show --id ID',
    options: { id: { type: 'string' } },
    run(env) {
      const s = call(env.ctx, 'session.get', { id: requireId(env.values) });
      const u = units(env);
      env.print(s, () => [describeSession(s, u), ...s.sets.map((x) => `  ${x.position}. ${describeSet(x, u.w)}`), ...s.prs.map((p) => `  ${describePr(p, u.w)}`)].join('\n'));
    },
  },
  {
    path: ['set', 'add'],
    summary: 'Log a set. Without --session it joins that day’s strength session, creating one if there is none. An unknown exercise is an error listing close matches, unless --create.',
    usage: `set add --date YYYY-MM-DD --exercise NAME (--kg N | --lb N) --reps N [--rpe N | --rir N] [--type ${TYPES}] [--session ID] [--assisted] [--create [--muscles ${MUSCLE_GROUPS.slice(0, 3).join(',')},…] [--lower-body] [--bodyweight]] [--start HH:MM] [--kind K] [--minutes N] [--session-rpe N] [--confirm]`,
    options: {
      date: { type: 'string' },
      exercise: { type: 'string' },
      kg: { type: 'string' },
      lb: { type: 'string' },
      reps: { type: 'string' },
      rpe: { type: 'string' },
      rir: { type: 'string' },
      type: { type: 'string' },
      session: { type: 'string' },
      assisted: { type: 'boolean' },
      create: { type: 'boolean' },
      muscles: { type: 'string' },
      'lower-body': { type: 'boolean' },
      bodyweight: { type: 'boolean' },
      start: { type: 'string' },
      kind: { type: 'string' },
      minutes: { type: 'string' },
      'session-rpe': { type: 'string' },
      notes: { type: 'string' },
      confirm: { type: 'boolean' },
    },
    run(env) {
      const v = env.values;
      if (v.rpe !== undefined && v.rir !== undefined) throw new AppError('invalid_input', 'Give --rpe or --rir, not both.', 'rir');
      const unit = oneOf(v, ['kg', 'lb']);
      const weight = requireNum(v, unit);
      const muscles = str(v, 'muscles')
        ?.split(',')
        .map((m) => m.trim())
        .filter(Boolean);
      const input = definedOnly({
        date: str(v, 'date'),
        sessionId: int(v, 'session'),
        exercise: requireStr(v, 'exercise'),
        weightKg: unit === 'kg' ? weight : lbToKg(weight),
        reps: requireNum(v, 'reps'),
        rpe: num(v, 'rpe'),
        rir: num(v, 'rir'),
        type: str(v, 'type'),
        assisted: flag(v, 'assisted') || undefined,
        create: flag(v, 'create') || undefined,
        muscles,
        lowerBody: flag(v, 'lower-body') || undefined,
        bodyweight: flag(v, 'bodyweight') || undefined,
        start: str(v, 'start'),
        kind: str(v, 'kind'),
        minutes: num(v, 'minutes'),
        sessionRpe: num(v, 'session-rpe'),
        notes: str(v, 'notes'),
        confirm: flag(v, 'confirm') || undefined,
      });
      const s = call(env.ctx, 'set.add', input as Parameters<typeof call<'set.add'>>[2]);
      const u = units(env).w;
      const where = { joined: `joined session #${s.sessionId}`, created: `new session #${s.sessionId}`, completed: `planned session #${s.sessionId}, now marked done` }[s.sessionAction];
      env.print(s, () => [`Added set #${s.id}: ${describeSet(s, u)} (${s.date}, ${where})`, ...s.prs.map((p) => describePr(p, u))].join('\n'));
    },
  },
  {
    path: ['set', 'delete'],
    summary: 'Delete a set.',
    usage: 'set delete --id ID',
    options: { id: { type: 'string' } },
    run(env) {
      const s = call(env.ctx, 'set.delete', { id: requireId(env.values) });
      env.print(s, () => `Deleted set #${s.id}: ${describeSet(s, units(env).w)} (${s.date}).`);
    },
  },
  {
    path: ['exercise', 'list'],
    summary: 'List the exercise catalogue (built-in and custom) with aliases and primary muscles.',
    usage: 'exercise list',
    options: {},
    run(env) {
      const list = call(env.ctx, 'exercise.list', {});
      env.print(list, () =>
        table(
          ['name', 'muscles', 'lower body', 'aliases'],
          list.map((e) => [`${e.name}${e.builtin ? '' : ' (custom)'}`, e.muscles.join(', '), e.lowerBody ? 'yes' : '', e.aliases.join(', ')]),
        ),
      );
    },
  },
  {
    path: ['exercise', 'add'],
    summary: `Add a custom exercise. Muscles: ${MUSCLE_GROUPS.join(', ')}.`,
    usage: 'exercise add --name NAME [--muscles a,b] [--lower-body] [--bodyweight] [--aliases A,B]',
    options: { name: { type: 'string' }, muscles: { type: 'string' }, 'lower-body': { type: 'boolean' }, bodyweight: { type: 'boolean' }, aliases: { type: 'string' } },
    run(env) {
      const v = env.values;
      const list = (name: string) =>
        str(v, name)
          ?.split(',')
          .map((m) => m.trim())
          .filter(Boolean);
      const e = call(
        env.ctx,
        'exercise.add',
        definedOnly({ name: requireStr(v, 'name'), muscles: list('muscles'), lowerBody: flag(v, 'lower-body') || undefined, bodyweight: flag(v, 'bodyweight') || undefined, aliases: list('aliases') }) as Parameters<
          typeof call<'exercise.add'>
        >[2],
      );
      env.print(e, () => `Added exercise #${e.id}: ${e.name}`);
    },
  },
  {
    path: ['lift', 'prs'],
    summary: 'Personal records per exercise: heaviest weight, best e1RM, most reps at a weight, best session volume.',
    usage: 'lift prs [--exercise NAME]',
    options: { exercise: { type: 'string' } },
    run(env) {
      const r = call(env.ctx, 'lift.prs', definedOnly({ exercise: str(env.values, 'exercise') }));
      const u = units(env).w;
      env.print(r, () =>
        r.records.length === 0
          ? 'No lifts logged yet.'
          : table(
              ['exercise', 'heaviest', 'best e1RM', 'best session volume'],
              r.records.map((x) => [
                x.exercise,
                x.heaviest ? `${kg(x.heaviest.weightKg, u)} × ${x.heaviest.reps} (${x.heaviest.date})` : null,
                x.bestE1rm ? `${kg(x.bestE1rm.e1rmKg, u)} (${x.bestE1rm.date})` : null,
                x.bestSessionVolume ? `${kg(x.bestSessionVolume.volumeKg, u)} (${x.bestSessionVolume.date})` : null,
              ]),
            ),
      );
    },
  },
  {
    path: ['lift', 'history'],
    summary: 'One exercise’s history: best e1RM, top set and volume per session.',
    usage: 'lift history --exercise NAME [--from D] [--to D]',
    options: { exercise: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
    run(env) {
      const v = env.values;
      const h = call(env.ctx, 'exercise.history', definedOnly({ exercise: requireStr(v, 'exercise'), from: str(v, 'from'), to: str(v, 'to') }));
      const u = units(env).w;
      env.print(h, () =>
        h.days.length === 0
          ? `No ${h.exercise.name} logged yet.`
          : `${h.exercise.name}\n${table(
              ['date', 'top set', 'best e1RM', 'working sets', 'volume'],
              h.days.map((d) => [d.date, d.topSet ? `${kg(d.topSet.weightKg, u)} × ${d.topSet.reps}` : null, d.bestE1rmKg != null ? kg(d.bestE1rmKg, u) : null, d.workingSets, kg(d.volumeKg, u)]),
            )}`,
      );
    },
  },
  {
    path: ['plan', 'check'],
    summary: 'Interference findings (the planner’s rules) for an ISO week, a range, or the current week.',
    usage: 'plan check [--week 2026-W48 | --from D --to D]',
    options: { week: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
    run(env) {
      const v = env.values;
      const r = call(env.ctx, 'plan.check', definedOnly({ week: str(v, 'week'), from: str(v, 'from'), to: str(v, 'to') }));
      env.print(r, () => `Plan check ${r.from} → ${r.to}: ${r.findings.length ? `${r.findings.length} finding${r.findings.length > 1 ? 's' : ''}\n${r.findings.map(describeFinding).join('\n')}` : 'nothing to flag.'}`);
    },
  },
  {
    path: ['plan', 'week'],
    summary: 'The planner week holding a day (default today): sessions, findings, planned vs completed.',
    usage: 'plan week [--date D]',
    options: { date: { type: 'string' } },
    run(env) {
      const w = call(env.ctx, 'plan.week', definedOnly({ date: str(env.values, 'date') }));
      const u = units(env);
      env.print(w, () =>
        [
          `Week ${w.from} → ${w.to}`,
          ...w.sessions.map((s) => `  ${describeSession(s, u)}`),
          `Planned: ${w.planned.count} sessions, ${w.planned.minutes} min, ${w.planned.loadAU} AU · Completed: ${w.completed.count} sessions, ${w.completed.minutes} min, ${w.completed.loadAU} AU`,
          ...w.findings.map(describeFinding),
        ].join('\n'),
      );
    },
  },
  {
    path: ['plan', 'copy'],
    summary: 'Copy a week’s sessions forward as planned sessions (default: to the next week).',
    usage: 'plan copy --from D [--to D] [--confirm]',
    options: { from: { type: 'string' }, to: { type: 'string' }, confirm: { type: 'boolean' } },
    run(env) {
      const v = env.values;
      const r = call(env.ctx, 'plan.copyWeek', definedOnly({ from: requireStr(v, 'from'), to: str(v, 'to'), confirm: flag(v, 'confirm') || undefined }));
      env.print(r, () => `Copied ${r.created.length} sessions from the week of ${r.from} to the week of ${r.to}.`);
    },
  },
];
