// First-run build of the SR24 food tables from the bundled resource. The build is idempotent and
// keyed by the resource's content hash: a new app version with a new resource rebuilds the SR24 rows
// (custom foods, recipes and the diary are untouched; entries keep their snapshots).
import type Database from 'better-sqlite3';
import { NUTRIENTS } from '../../../shared/food/nutrients';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { foodResourceVersion, loadFoodResource, type LoadedResource } from './resource';
import { RANKING_VERSION, staticPrior } from './ranking';
import { sr24Changed } from './search';
import { decodeTerms, encodeTerms } from './text';

const VERSION_KEY = 'food.sr24.version';
export const SR24_SOURCE = 'usda-sr24';

export interface FoodDbStatus {
  built: boolean;
  /** True when the built tables come from a different resource than the one shipped (rebuild due). */
  outdated: boolean;
  usdaFoods: number;
  customFoods: number;
  recipes: number;
  version: string | null;
}

/** The 5-digit SR24 id of a food row id (5064 → '05064'). */
export const sr24Ref = (id: number): string => String(id).padStart(5, '0');

// Which connections are known to be built, so the check costs nothing after the first call.
const builtConnections = new WeakSet<Database.Database>();
let shippedVersion: string | null | undefined;

/** What a build is keyed by: the resource's content and the ranking it was ordered with. */
const buildVersion = (resourceVersion: string) => `${resourceVersion}:r${RANKING_VERSION}`;

function shipped(): string | null {
  if (shippedVersion === undefined) {
    const v = foodResourceVersion();
    shippedVersion = v === null ? null : buildVersion(v);
  }
  return shippedVersion;
}

function storedVersion(db: Database.Database): string | null {
  const r = db.prepare('SELECT value FROM settings WHERE key = ?').get(VERSION_KEY) as { value: string } | undefined;
  return r?.value ?? null;
}

function loadShipped(): LoadedResource {
  const loaded = loadFoodResource();
  shippedVersion = buildVersion(loaded.version);
  return loaded;
}

export function foodDbStatus(db: Database.Database): FoodDbStatus {
  const version = storedVersion(db);
  const counts = db
    .prepare(
      `SELECT SUM(source = 'usda-sr24') AS usda, SUM(source = 'custom' AND archived = 0) AS custom,
              SUM(source = 'recipe' AND archived = 0) AS recipes FROM food`,
    )
    .get() as { usda: number | null; custom: number | null; recipes: number | null };
  const ship = shipped();
  return {
    built: version !== null,
    outdated: version !== null && ship !== null && version !== ship,
    usdaFoods: counts.usda ?? 0,
    customFoods: counts.custom ?? 0,
    recipes: counts.recipes ?? 0,
    version,
  };
}

export interface BuildResult {
  foods: number;
  measures: number;
  ms: number;
  version: string;
}

/**
 * (Re)builds the SR24 rows of the food tables in one transaction, reporting progress per 500 foods.
 * A failure leaves the previous state untouched.
 */
export function buildFoodDatabase(
  db: Database.Database,
  progress?: CoreContext['progress'],
  loaded: LoadedResource = loadShipped(),
): BuildResult {
  const t0 = performance.now();
  const { resource, version } = loaded;
  const total = resource.foods.length;
  const report = (done: number, message?: string) => progress?.({ task: 'food-database', done, total, message });
  report(0, 'Preparing the USDA SR24 food database…');

  const insertFood = db.prepare(
    `INSERT INTO food (id, source, ref, name, deprecated, kcal, protein_g, carbs_g, fat_g, nutrients,
                       known_nutrients, measure_count, search_terms, search_rank, search_prior, atwater)
     VALUES (?, 'usda-sr24', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMeasure = db.prepare('INSERT INTO food_measure (food_id, position, amount, name, grams) VALUES (?, ?, ?, ?, ?)');
  const idx = (key: string) => NUTRIENTS.findIndex((n) => n.key === key);
  const [iKcal, iProtein, iCarbs, iFat] = ['energyKcal', 'proteinG', 'carbsG', 'fatG'].map(idx);

  // Search order: by static prior (ranking.ts), likeliest first; ties by SR24 number.
  const prepared = resource.foods.map(([ref, name, deprecated, atwater, values, foodMeasures]) => {
    const id = Number(ref);
    const terms = encodeTerms(name);
    const measures = foodMeasures.filter(([amount, , grams]) => amount > 0 && grams > 0);
    const known = values.filter((v) => v !== null).length;
    const prior = staticPrior({
      id,
      name,
      source: 'usda-sr24',
      deprecated: deprecated === 1,
      terms: decodeTerms(terms).terms,
      hasEnergy: values[iKcal] !== null,
      knownNutrients: known,
      measures: measures.length,
    });
    return { id, ref, name, deprecated, atwater, values, measures, terms, known, prior, rank: 0 };
  });
  [...prepared].sort((a, b) => b.prior - a.prior || a.id - b.id).forEach((f, i) => (f.rank = i + 1));
  let measures = 0;

  db.transaction(() => {
    // Search reads an in-memory index (termIndex.ts) built from search_terms; the FTS5 tables of
    // schema 2 are no longer written, and emptied here so an older file does not keep a stale copy.
    db.prepare('DELETE FROM food_fts').run();
    db.prepare('DELETE FROM user_food_fts').run();
    db.prepare("DELETE FROM food WHERE source = 'usda-sr24'").run(); // measures cascade
    prepared.forEach((f, i) => {
      const nutrients: Record<string, number> = {};
      f.values.forEach((v, j) => {
        if (v !== null) nutrients[NUTRIENTS[j].key] = v;
      });
      insertFood.run(
        f.id, f.ref, f.name, f.deprecated, f.values[iKcal], f.values[iProtein], f.values[iCarbs], f.values[iFat],
        JSON.stringify(nutrients), f.known, f.measures.length, f.terms, f.rank, f.prior, JSON.stringify(f.atwater),
      );
      f.measures.forEach(([amount, mName, grams], position) => insertMeasure.run(f.id, position, amount, mName, grams));
      measures += f.measures.length;
      if ((i + 1) % 500 === 0) report(i + 1);
    });
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(VERSION_KEY, buildVersion(version));
  })();
  builtConnections.add(db);
  sr24Changed(db);
  report(total, 'Food database ready.');
  return { foods: total, measures, ms: performance.now() - t0, version: buildVersion(version) };
}

/** Builds the SR24 tables if this database has none yet (or an outdated set). Cheap after the first call. */
export function ensureFoodDatabase(ctx: Pick<CoreContext, 'db' | 'progress'>): void {
  if (builtConnections.has(ctx.db)) return;
  const stored = storedVersion(ctx.db);
  // Built from the shipped resource, or built and the resource is missing (keep what is there).
  if (stored !== null && (stored === shipped() || shipped() === null)) {
    builtConnections.add(ctx.db);
    return;
  }
  try {
    buildFoodDatabase(ctx.db, ctx.progress, loadShipped());
  } catch (err) {
    throw new AppError('internal', `The food database could not be prepared: ${(err as Error).message}`);
  }
}

/** Forget the per-connection "built" mark (tests that rebuild on purpose). */
export function forgetBuilt(db: Database.Database): void {
  builtConnections.delete(db);
}
