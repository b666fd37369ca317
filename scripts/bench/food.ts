// Food benchmarks: first-run food database build, search latency (in-process and through the
// browser-mode HTTP API) with SR24 + 20,000 custom foods, and the diary's day view over a 10-year
// diary. Part of `npm run bench`; also runs on its own: `npx tsx scripts/bench/food.ts`.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock, type CoreContext } from '../../src/main/core/context';
import { mulberry32 } from '../../src/main/core/demo/random';
import { call } from '../../src/main/core/dispatch';
import { buildFoodDatabase } from '../../src/main/core/food/build';
import { saveCustomFood } from '../../src/main/core/food/foods';
import { clearSearchCache, resetSearchIndex } from '../../src/main/core/food/search';
import { ensureSearchText, resetSearchText } from '../../src/main/core/food/searchText';
import { startServer } from '../../src/main/server/http';
import { openDatabase } from '../../src/main/store/db';
import { addDays, dayRange } from '../../src/shared/dates';
import { round } from '../../src/shared/units';
import { SEARCH_QUALITY } from '../../tests/unit/food-search-quality.table';
import { syntheticHistory } from './synthetic';
import type { BenchEnv, BenchSuite, Figure } from './types';

const CUSTOM_FOODS = 20_000;
/** Keeps the calibration loop from being optimised away. */
let sink = 0;
const QUERIES = 1_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}
const round3 = (x: number): number => round(x, 3);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** Timed passes over the same queries (the median pass is the figure). */
const PASSES = 5;

// ---- synthetic data (deterministic) ----

const BRANDS = ['Acme', 'Nordic', 'Green Valley', 'FitLife', 'Mama Rosa', 'Sunrise', 'Alpine', 'Blue Ocean', 'Harvest', 'Peak', 'Urban Deli', 'Golden Farm'];
const KINDS = ['protein bar', 'granola', 'yogurt', 'wrap', 'burrito', 'soup', 'salad', 'smoothie', 'cookie', 'muffin', 'pasta sauce', 'pizza', 'bread', 'cereal', 'shake', 'chili', 'curry', 'stir fry', 'oat bowl', 'energy gel'];
const FLAVOURS = ['chocolate', 'peanut butter', 'vanilla', 'strawberry', 'chicken', 'beef', 'lentil', 'tomato', 'spicy', 'honey', 'banana', 'blueberry', 'coconut', 'mushroom', 'cheese', 'garlic', 'lemon', 'salted caramel', 'teriyaki', 'pesto'];

export function customFoodName(i: number, rand: () => number): { name: string; brand: string } {
  const pick = <T>(a: T[]) => a[Math.floor(rand() * a.length)];
  return { name: `${pick(FLAVOURS)} ${pick(KINDS)}${rand() < 0.3 ? ` ${pick(FLAVOURS)}` : ''} #${i}`, brand: pick(BRANDS) };
}

/**
 * What the search box sends: one query per keystroke while a user types a search (from two
 * letters on), over the everyday queries of the quality table and the names of their own foods,
 * until `n` queries.
 */
export function typingQueries(n: number, seed = 42): string[] {
  const rand = mulberry32(seed);
  const searches: string[] = SEARCH_QUALITY.map((r) => r.query);
  for (let i = 0; i < 200; i++) {
    const { name, brand } = customFoodName(i, rand);
    searches.push(name.split(' ').slice(0, 2).join(' '), `${brand.toLowerCase()} ${name.split(' ')[0]}`);
  }
  const out: string[] = [];
  while (out.length < n) {
    const s = searches[Math.floor(rand() * searches.length)];
    for (let i = 2; i <= s.length && out.length < n; i++) out.push(s.slice(0, i));
  }
  return out;
}

/** Every distinct query a typing session can send (for the uncached figure). */
export function distinctQueries(): string[] {
  return [...new Set(typingQueries(5000, 1))];
}

function addCustomFoods(ctx: CoreContext, count: number): void {
  const rand = mulberry32(7);
  const now = ctx.now().toISOString();
  ctx.db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const { name, brand } = customFoodName(i, rand);
      const grams = 40 + Math.round(rand() * 200);
      const [p, c, f] = [rand() * 0.25 * grams, rand() * 0.4 * grams, rand() * 0.15 * grams].map((x) => Math.round(x * 10) / 10);
      const nutrients = { energyKcal: Math.round(4 * p + 4 * c + 9 * f), proteinG: p, carbsG: c, fatG: f };
      saveCustomFood(ctx.db, { name, brand, basis: 'serving', serving: { name: 'serving', grams }, nutrients }, now);
    }
  })();
}

/** Ten years of meals (4 meals, ~12 entries a day) and weigh-ins, straight through the handlers. */
function addTenYearDiary(ctx: CoreContext, today: string): void {
  const rand = mulberry32(11);
  const foods = ['09040', '08120', '01077', '05064', '20045', '04053', '11090', '01123', '18075', '01009', '09003', '12061', '15237', '11674', '16015', '23567'];
  const meals = ['Breakfast', 'Lunch', 'Dinner', 'Snacks'];
  ctx.db.transaction(() => {
    for (const date of dayRange(addDays(today, -3652), today)) {
      if (rand() < 0.85) call(ctx, 'weight.add', { date, weightKg: Math.round((78 + rand() * 4) * 10) / 10 });
      for (let k = 0; k < 12; k++) {
        call(ctx, 'meal.add', { date, meal: meals[k % 4], food: { id: foods[Math.floor(rand() * foods.length)], qty: 20 + Math.round(rand() * 200), unit: 'g' } });
      }
    }
  })();
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export const foodBench: BenchSuite = {
  name: 'food',
  async run(env: BenchEnv): Promise<Figure[]> {
    const figures: Figure[] = [];
    // How fast this machine is, to read the timings below against (a current desktop CPU: ~0.1 s).
    let acc = 0;
    const calib = time(() => {
      for (let i = 0; i < 1e8; i++) acc += i;
    });
    sink = acc;
    figures.push({ name: 'food: machine speed reference (1e8 JS additions)', value: Math.round(calib), unit: 'ms', target: 'informational' });

    // 1. First-run build of the SR24 tables into an empty, migrated database file.
    const buildCtx = env.open(join(env.dir, 'food-build.db'));
    const built = buildFoodDatabase(buildCtx.db);
    figures.push({ name: 'food: first-run food database build (8,858 SR24 foods)', value: Math.round(built.ms), unit: 'ms', target: 'informational (shows a progress indication)' });

    // 2. Search with SR24 + 20,000 custom foods.
    const t0 = performance.now();
    addCustomFoods(buildCtx, CUSTOM_FOODS);
    const setupMs = performance.now() - t0;
    const queries = typingQueries(QUERIES);
    // What a migration or a new stemmer costs once: both FTS5 tables refilled from the food table.
    buildCtx.db.prepare("DELETE FROM settings WHERE key = 'food.search.fts'").run();
    resetSearchText(buildCtx.db);
    const refill = time(() => ensureSearchText(buildCtx.db));
    figures.push({ name: 'food: FTS5 search tables refilled from the food table (SR24 + 20k custom; once after a migration or a new stemmer)', value: Math.round(refill), unit: 'ms', target: 'informational' });
    resetSearchIndex(buildCtx.db);
    const firstSearch = time(() => call(buildCtx, 'food.search', { query: 'banana', limit: 20 }));
    // Before: every food's ranking data loaded on the first keystroke (928 ms on main; 660–980 ms on
    // the 2-core VM). Now only that query's candidates are read and ranked.
    figures.push({ name: 'food: first food search after start (SR24 + 20k custom; before → now: 928 ms → this)', value: round3(firstSearch), unit: 'ms', target: '≤ 50 ms', ok: firstSearch <= 50 });
    for (const q of distinctQueries().slice(0, 100)) call(buildCtx, 'food.search', { query: q, limit: 20 }); // warm up the JIT
    // The 1,000 keystrokes PASSES times, caches emptied before each pass; the figure is the median
    // pass (this VM is shared: one pass can catch another process or a major GC), the worst is shown too.
    const passes = Array.from({ length: PASSES }, () => {
      clearSearchCache(buildCtx.db);
      return queries.map((q) => time(() => call(buildCtx, 'food.search', { query: q, limit: 20 }))).sort((a, b) => a - b);
    });
    const p95s = passes.map((p) => percentile(p, 0.95)).sort((a, b) => a - b);
    const p95 = median(p95s);
    figures.push({ name: `food: search p50, in-process (1,000 keystrokes of typed searches, SR24 + 20k custom), median of ${PASSES} passes`, value: round3(median(passes.map((p) => percentile(p, 0.5)))), unit: 'ms', target: 'informational' });
    figures.push({ name: `food: search p95, in-process (1,000 keystrokes of typed searches, SR24 + 20k custom), median of ${PASSES} passes`, value: round3(p95), unit: 'ms', target: '≤ 1 ms', ok: p95 <= 1 });
    figures.push({ name: 'food: search p95, in-process, the worst of those passes', value: round3(p95s[p95s.length - 1]), unit: 'ms', target: 'informational' });

    // Every distinct query on its own, caches emptied first: a query out of the blue.
    const distinct = distinctQueries();
    const cold = distinct
      .map((q) => {
        clearSearchCache(buildCtx.db);
        return time(() => call(buildCtx, 'food.search', { query: q, limit: 20 }));
      })
      .sort((a, b) => a - b);
    figures.push({ name: `food: search p50, in-process, uncached (${distinct.length} distinct queries)`, value: round3(percentile(cold, 0.5)), unit: 'ms', target: 'informational' });
    figures.push({ name: `food: search p95, in-process, uncached (${distinct.length} distinct queries)`, value: round3(percentile(cold, 0.95)), unit: 'ms', target: 'informational (≤ 1 ms wanted)' });

    // Through the browser-mode HTTP API (loopback, token, JSON).
    const staticDir = join(env.dir, 'static');
    mkdirSync(staticDir, { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
    const server = await startServer({ ctx: buildCtx, staticDir, port: 0 });
    try {
      const post = async (q: string) => {
        const t = performance.now();
        const res = await fetch(`http://127.0.0.1:${server.port}/rpc/food.search`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
          body: JSON.stringify({ query: q, limit: 20 }),
        });
        await res.json();
        return performance.now() - t;
      };
      for (const q of distinct.slice(0, 50)) await post(q);
      const httpPasses: number[][] = [];
      for (let k = 0; k < PASSES; k++) {
        clearSearchCache(buildCtx.db);
        const http: number[] = [];
        for (const q of queries) http.push(await post(q));
        httpPasses.push(http.sort((a, b) => a - b));
      }
      const hp95 = median(httpPasses.map((p) => percentile(p, 0.95)));
      figures.push({ name: `food: search p50, HTTP API (browser mode, the same 1,000 keystrokes), median of ${PASSES} passes`, value: round3(median(httpPasses.map((p) => percentile(p, 0.5)))), unit: 'ms', target: 'informational' });
      figures.push({ name: `food: search p95, HTTP API (browser mode, the same 1,000 keystrokes), median of ${PASSES} passes`, value: round3(hp95), unit: 'ms', target: '≤ 5 ms', ok: hp95 <= 5 });
    } finally {
      server.server.closeAllConnections();
      await server.close();
    }
    buildCtx.db.close();

    // 3. Day view over a 10-year diary: the calls the diary screen makes for one day.
    const diaryCtx = env.open(join(env.dir, 'food-diary.db'));
    buildFoodDatabase(diaryCtx.db);
    const d0 = performance.now();
    addTenYearDiary(diaryCtx, env.today);
    const diaryMs = performance.now() - d0;
    const rand = mulberry32(3);
    const days = Array.from({ length: 200 }, () => addDays(env.today, -Math.floor(rand() * 3650)));
    for (const d of days.slice(0, 20)) call(diaryCtx, 'meal.list', { date: d });
    const dayViewPass = () =>
      days
        .map((date) =>
          time(() => {
            call(diaryCtx, 'meal.list', { date });
            call(diaryCtx, 'nutrition.day', { date });
            call(diaryCtx, 'food.frequent', { limit: 6 });
          }),
        )
        .sort((a, b) => a - b);
    const dp95 = median(Array.from({ length: PASSES }, () => percentile(dayViewPass(), 0.95)));
    figures.push({ name: `food: day view p95 (meal.list + nutrition.day + food.frequent), 10-year diary, 200 random days, median of ${PASSES} passes`, value: round3(dp95), unit: 'ms', target: '≤ 5 ms', ok: dp95 <= 5 });
    // With a profile the energy target comes from the expenditure estimate (a filter over all ten
    // years, run once per ~120-day window and kept until the database changes).
    call(diaryCtx, 'profile.set', { sex: 'male', birthDate: '1990-01-01', heightCm: 180, activityLevel: 'moderate' });
    const withProfile = days
      .map((date) =>
        time(() => {
          call(diaryCtx, 'meal.list', { date });
          call(diaryCtx, 'nutrition.day', { date });
          call(diaryCtx, 'food.frequent', { limit: 6 });
        }),
      )
      .sort((a, b) => a - b);
    figures.push({ name: 'food: day view p50 with a profile (energy target from the expenditure estimate), 10-year diary, 200 random days', value: round3(percentile(withProfile, 0.5)), unit: 'ms', target: 'informational' });
    figures.push({ name: 'food: day view p95 with a profile, 10-year diary, 200 random days', value: round3(percentile(withProfile, 0.95)), unit: 'ms', target: 'informational (each new 120-day window reruns the estimate)' });
    // Paging day by day back from today, as the diary's ‹ button does.
    const paging = Array.from({ length: 60 }, (_, i) => addDays(env.today, -i))
      .map((date) => time(() => call(diaryCtx, 'nutrition.day', { date })))
      .sort((a, b) => a - b);
    figures.push({ name: 'food: nutrition.day p95 paging back 60 days with a profile, 10-year diary', value: round3(percentile(paging, 0.95)), unit: 'ms', target: '≤ 5 ms', ok: percentile(paging, 0.95) <= 5 });
    const afterWrite = Array.from({ length: 5 }, (_, i) => {
      call(diaryCtx, 'meal.add', { date: env.today, meal: 'Snacks', quick: { kcal: 100 + i } });
      return time(() => call(diaryCtx, 'nutrition.day', { date: env.today }));
    }).sort((a, b) => a - b);
    figures.push({ name: 'food: nutrition.day right after logging, with a profile (reruns the estimate), 10-year diary, median', value: round3(afterWrite[2]), unit: 'ms', target: 'informational' });
    const report = time(() => call(diaryCtx, 'report.get', { from: addDays(env.today, -3652), to: env.today }));
    figures.push({ name: 'food: report over 10 years with daily intake', value: Math.round(report), unit: 'ms', target: 'informational' });
    diaryCtx.db.close();
    if (process.env.BENCH_VERBOSE) console.error(`(setup: 20k custom foods ${Math.round(setupMs)} ms, 10-year diary ${Math.round(diaryMs)} ms)`);
    return figures;
  },
};


// Standalone: npx tsx scripts/bench/food.ts
if (/bench[\\/]food\.[tj]s$/.test(process.argv[1] ?? '')) {
  const dir = mkdtempSync(join(tmpdir(), 'hp-bench-food-'));
  const today = '2026-11-26';
  const env: BenchEnv = {
    dir,
    tenYearDb: join(dir, 'unused.db'),
    today,
    history: syntheticHistory(today),
    open: (path) => ({ db: openDatabase(path), dbPath: path, ...systemClock({ HYBRID_PLANNER_TODAY: today }) }),
  };
  void Promise.resolve(foodBench.run(env))
    .then((figures) => {
      for (const f of figures) console.log(`${f.ok === false ? '✗' : f.ok ? '✓' : ' '} ${f.name}: ${f.value} ${f.unit} (target ${f.target})`);
    })
    .finally(() => rmSync(dir, { recursive: true, force: true }));
}
