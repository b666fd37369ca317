import type { Entry } from '../../../shared/contract/diary';
import type { FoodHit } from '../../../shared/contract/food';
import { round } from '../../../shared/units';
import { call } from '../call';
import { AppError } from '../../errors';
import { flag, int, num, oneOf, requireNum, requireStr, str, table } from '../args';
import type { CliEnv, Command } from '../types';

/**
 * Food commands may build the food database on first use: say how far it is on stderr (stdout stays
 * clean JSON), as foods written of the total, about every fifth of the way.
 */
function withBuildProgress(env: CliEnv): void {
  let last = -1;
  env.ctx.progress = (e) => {
    if (e.task !== 'food-database') return;
    const pct = Math.floor((e.done / Math.max(1, e.total)) * 100);
    const n = (x: number) => x.toLocaleString('en-US');
    if (e.done === 0) env.io.err(e.message ?? 'Preparing the food database…');
    else if (e.done === e.total) env.io.err(`Food database ready (${n(e.total)} foods).`);
    else if (pct >= last + 20) {
      last = pct;
      env.io.err(`  ${n(e.done)} of ${n(e.total)} foods written (${pct} %)`);
    }
  };
}

const fmt = (v: number | null, digits = 1) => (v == null ? '—' : String(round(v, digits)));

function entryLine(e: Entry): string {
  const amount = e.kind === 'quick' ? 'quick add' : `${round(e.qty ?? 0, 2)} ${e.unit}${e.unit === 'g' ? '' : ` (${round(e.grams ?? 0, 1)} g)`}`;
  return `#${e.id} ${e.meal}: ${e.name} — ${amount}, ${round(e.kcal, 0)} kcal, P ${fmt(e.proteinG)} g, C ${fmt(e.carbsG)} g, F ${fmt(e.fatG)} g`;
}

function rethrowConfirm(err: unknown): never {
  if (err instanceof AppError && err.code === 'needs_confirmation') throw new AppError(err.code, `${err.message} Run it again with --confirm to log it.`, err.field);
  throw err;
}

export const foodCommands: Command[] = [
  {
    path: ['foods', 'search'],
    summary: 'Search the food database (USDA SR24, your custom foods and recipes).',
    usage: 'foods search QUERY [--limit N] [--include-deprecated]',
    options: { limit: { type: 'string' }, 'include-deprecated': { type: 'boolean' } },
    positionals: true,
    run(env) {
      const query = env.positionals.join(' ').trim();
      if (!query) throw new AppError('invalid_input', 'Give a search query, e.g.: foods search chicken breast roasted', 'query');
      withBuildProgress(env);
      const r = call(env.ctx, 'food.search', { query, limit: int(env.values, 'limit') ?? 10, includeDeprecated: flag(env.values, 'include-deprecated') || undefined });
      env.print(r.results, () =>
        r.results.length === 0
          ? `No food matches "${query}".`
          : [
              ...(r.match === 'some' ? [`No food matches every word of "${query}"; closest matches:`] : []),
              table(
                ['id', 'name', 'kcal/100 g', 'protein g/100 g', 'measures'],
                r.results.map((f: FoodHit) => [f.id, f.name, fmt(f.kcalPer100g, 0), fmt(f.proteinPer100g), f.measures.map((m) => `${m.name} = ${round(m.grams, 1)} g`).join('; ')]),
              ),
            ].join('\n'),
      );
    },
  },
  {
    path: ['foods', 'show'],
    summary: 'Show one food: nutrients per 100 g and household measures.',
    usage: 'foods show --id ID',
    options: { id: { type: 'string' } },
    run(env) {
      withBuildProgress(env);
      const f = call(env.ctx, 'food.get', { id: requireStr(env.values, 'id') });
      env.print(f, () =>
        [
          `${f.id}  ${f.name}${f.deprecated ? '  (deprecated in SR24)' : ''}`,
          `Per 100 g: ${Object.entries(f.nutrientsPer100g).map(([k, v]) => `${k} ${v}`).join(', ')}`,
          `Measures: ${f.measures.map((m) => `${m.name} = ${round(m.grams, 1)} g`).join('; ') || 'none'}`,
        ].join('\n'),
      );
    },
  },
  {
    path: ['foods', 'build'],
    summary: 'Build the food database from the bundled USDA SR24 resource (done automatically on first use).',
    usage: 'foods build [--force]',
    options: { force: { type: 'boolean' } },
    run(env) {
      withBuildProgress(env);
      const r = call(env.ctx, 'foods.build', { force: flag(env.values, 'force') || undefined });
      env.print(r, () => (r.ms === 0 ? `The food database is up to date (${r.foods} foods).` : `Built ${r.foods} foods and ${r.measures} measures in ${Math.round(r.ms)} ms.`));
    },
  },
  {
    path: ['meal', 'add'],
    summary: 'Log a food by weight or household measure, or a quick add (kcal with optional macros).',
    usage:
      'meal add --date YYYY-MM-DD --meal NAME (--food ID (--grams N | --oz N | --lb N | --measure NAME --qty N) | --quick-kcal N [--protein-g N] [--carbs-g N] [--fat-g N] [--label TEXT]) [--confirm]',
    options: {
      date: { type: 'string' },
      meal: { type: 'string' },
      food: { type: 'string' },
      grams: { type: 'string' },
      oz: { type: 'string' },
      lb: { type: 'string' },
      measure: { type: 'string' },
      qty: { type: 'string' },
      'quick-kcal': { type: 'string' },
      'protein-g': { type: 'string' },
      'carbs-g': { type: 'string' },
      'fat-g': { type: 'string' },
      label: { type: 'string' },
      confirm: { type: 'boolean' },
    },
    run(env) {
      const { values } = env;
      const date = requireStr(values, 'date');
      const meal = requireStr(values, 'meal');
      const kind = oneOf(values, ['food', 'quick-kcal']);
      let input: Parameters<typeof call<'meal.add'>>[2];
      if (kind === 'food') {
        for (const f of ['protein-g', 'carbs-g', 'fat-g', 'label']) {
          if (values[f] !== undefined) throw new AppError('invalid_input', `--${f} goes with --quick-kcal, not with --food.`, f);
        }
        const how = oneOf(values, ['grams', 'oz', 'lb', 'measure']);
        let qty: number;
        let unit: string;
        if (how === 'measure') {
          unit = requireStr(values, 'measure');
          qty = requireNum(values, 'qty');
        } else {
          if (values.qty !== undefined) throw new AppError('invalid_input', '--qty counts units of a --measure; with --grams, --oz or --lb give the amount there.', 'qty');
          qty = requireNum(values, how);
          unit = how === 'grams' ? 'g' : how;
        }
        input = { date, meal, food: { id: requireStr(values, 'food'), qty, unit }, confirm: flag(values, 'confirm') || undefined };
        withBuildProgress(env);
      } else {
        for (const f of ['grams', 'oz', 'lb', 'measure', 'qty']) {
          if (values[f] !== undefined) throw new AppError('invalid_input', `--${f} goes with --food, not with --quick-kcal.`, f);
        }
        input = {
          date,
          meal,
          quick: { kcal: requireNum(values, 'quick-kcal'), proteinG: num(values, 'protein-g'), carbsG: num(values, 'carbs-g'), fatG: num(values, 'fat-g'), label: str(values, 'label') },
        };
      }
      let e: Entry;
      try {
        e = call(env.ctx, 'meal.add', input);
      } catch (err) {
        rethrowConfirm(err);
      }
      env.print(e, () => `Logged ${entryLine(e)} on ${e.date}.`);
    },
  },
  {
    path: ['meal', 'list'],
    summary: 'One day of the food diary: meals, entries, totals and the day status.',
    usage: 'meal list --date YYYY-MM-DD',
    options: { date: { type: 'string' } },
    run(env) {
      const d = call(env.ctx, 'meal.list', { date: requireStr(env.values, 'date') });
      env.print(d, () => {
        const lines = [`${d.date}${d.status.fast ? ' (fast)' : ''}${d.status.markedIncomplete ? ' (marked incomplete)' : ''}`];
        for (const m of d.meals) {
          lines.push(`${m.name}: ${round(m.totals.kcal, 0)} kcal`);
          for (const e of m.entries) lines.push(`  ${entryLine(e)}`);
        }
        lines.push(`Total: ${round(d.totals.kcal, 0)} kcal, protein ${fmt(d.totals.proteinG)} g, carbohydrate ${fmt(d.totals.carbsG)} g, fat ${fmt(d.totals.fatG)} g`);
        return lines.join('\n');
      });
    },
  },
  {
    path: ['meal', 'delete'],
    summary: 'Delete a diary entry.',
    usage: 'meal delete --id ID',
    options: { id: { type: 'string' } },
    run(env) {
      const id = int(env.values, 'id');
      if (id === undefined) throw new AppError('invalid_input', '--id is required.', 'id');
      const e = call(env.ctx, 'meal.delete', { id });
      env.print(e, () => `Deleted ${entryLine(e)} (${e.date}).`);
    },
  },
  {
    path: ['meal', 'copy'],
    summary: 'Copy a meal (or a whole day) to another day.',
    usage: 'meal copy --from YYYY-MM-DD --to YYYY-MM-DD [--meal NAME] [--to-meal NAME]',
    options: { from: { type: 'string' }, to: { type: 'string' }, meal: { type: 'string' }, 'to-meal': { type: 'string' } },
    run(env) {
      const r = call(env.ctx, 'meal.copy', {
        fromDate: requireStr(env.values, 'from'),
        toDate: requireStr(env.values, 'to'),
        meal: str(env.values, 'meal'),
        toMeal: str(env.values, 'to-meal'),
      });
      env.print(r, () => `Copied ${r.copied.length} entr${r.copied.length === 1 ? 'y' : 'ies'}:\n${r.copied.map((e) => `  ${entryLine(e)}`).join('\n')}`);
    },
  },
  {
    path: ['day', 'complete'],
    summary: 'Mark a day complete, or incomplete with --no (then it is missing data, not a low-intake day).',
    usage: 'day complete --date YYYY-MM-DD [--no]',
    options: { date: { type: 'string' }, no: { type: 'boolean' } },
    run(env) {
      const s = call(env.ctx, 'day.setComplete', { date: requireStr(env.values, 'date'), complete: !flag(env.values, 'no') });
      env.print(s, () => `${s.date} is ${s.complete === true ? 'complete' : s.markedIncomplete ? 'marked incomplete (missing data)' : 'not logged'}.`);
    },
  },
  {
    path: ['day', 'fast'],
    summary: 'Mark a day as a deliberate fast (counts as zero intake, or what is logged), or unmark it with --no.',
    usage: 'day fast --date YYYY-MM-DD [--no]',
    options: { date: { type: 'string' }, no: { type: 'boolean' } },
    run(env) {
      const s = call(env.ctx, 'day.setFast', { date: requireStr(env.values, 'date'), fast: !flag(env.values, 'no') });
      env.print(s, () => `${s.date} is ${s.fast ? 'a fast' : 'no longer a fast'}.`);
    },
  },
];
