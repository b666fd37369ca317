// First-run build of the SR24 food tables from the bundled resource. The build is idempotent and
// keyed by the resource's content hash: a new app version with a new resource rebuilds the SR24 rows
// (custom foods, recipes and the diary are untouched; entries keep their snapshots).
import type Database from 'better-sqlite3';
import { NUTRIENTS } from '../../../shared/food/nutrients';
import type { CoreContext } from '../context';
import { AppError } from '../../errors';
import { foodResourceVersion, loadFoodResource, type LoadedResource } from './resource';
import { RANKING_VERSION, staticPrior } from './ranking';
import { clearSr24Text, sr24TextWriter } from './searchText';
import { builtVersion, clearSr24Rows, markBuilt, sr24Count, sr24Writer } from './store/build';
import { foodCounts } from './store/foods';
import { optimize } from './store/search';
import { decodeTerms, encodeTerms } from './text';

export interface FoodDbStatus {
  built: boolean;
  /** True when the built tables come from a different resource than the one shipped (rebuild due). */
  outdated: boolean;
  usdaFoods: number;
  customFoods: number;
  recipes: number;
  version: string | null;
}

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

const storedVersion = builtVersion;

function loadShipped(): LoadedResource {
  const loaded = loadFoodResource();
  shippedVersion = buildVersion(loaded.version);
  return loaded;
}

export function foodDbStatus(db: Database.Database): FoodDbStatus {
  const version = storedVersion(db);
  const counts = foodCounts(db);
  const ship = shipped();
  return {
    built: version !== null,
    outdated: version !== null && ship !== null && version !== ship,
    usdaFoods: counts.usda,
    customFoods: counts.custom,
    recipes: counts.recipes,
    version,
  };
}

export interface BuildResult {
  foods: number;
  measures: number;
  ms: number;
  version: string;
}

/** Foods written per step of a stepped build (about 50–100 ms each here). */
export const BUILD_STEP_FOODS = 1000;

const idx = (key: string) => NUTRIENTS.findIndex((n) => n.key === key);
const [iKcal, iProtein, iCarbs, iFat] = ['energyKcal', 'proteinG', 'carbsG', 'fatG'].map(idx);

interface PreparedFood {
  id: number;
  ref: string;
  name: string;
  deprecated: 0 | 1;
  atwater: [number, number, number];
  values: (number | null)[];
  measures: [number, string, number][];
  terms: string;
  known: number;
  prior: number;
  rank: number;
}

/** A build in progress: the resource read and ordered, and how many foods are written. */
interface BuildJob {
  foods: PreparedFood[];
  version: string;
  written: number;
  measures: number;
  t0: number;
}

/** Reads the resource into rows: search terms, static prior and search order (no writes). */
function prepareBuild(loaded: LoadedResource): BuildJob {
  const t0 = performance.now();
  const foods: PreparedFood[] = loaded.resource.foods.map(([ref, name, deprecated, atwater, values, foodMeasures]) => {
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
  // Search order: by static prior (ranking.ts), likeliest first; ties by SR24 number.
  [...foods].sort((a, b) => b.prior - a.prior || a.id - b.id).forEach((f, i) => (f.rank = i + 1));
  return { foods, version: buildVersion(loaded.version), written: 0, measures: 0, t0 };
}

/**
 * Writes the job's next foods up to `to`; call inside a transaction. The first write clears the old
 * SR24 rows and the built mark, the last one sets the mark: until then the database counts as not
 * built, so anyone else needing foods builds them whole (ensureFoodDatabase) instead of reading half.
 */
function writeFoods(db: Database.Database, job: BuildJob, to: number): void {
  if (job.written === 0) {
    builtConnections.delete(db);
    clearSr24Text(db);
    clearSr24Rows(db);
  }
  const writeFood = sr24Writer(db);
  const writeText = sr24TextWriter(db);
  // Counted on the job only once the rows are in (a failure leaves the job where it was).
  let measures = 0;
  for (let i = job.written; i < to; i++) {
    const f = job.foods[i];
    const nutrients: Record<string, number> = {};
    f.values.forEach((v, j) => {
      if (v !== null) nutrients[NUTRIENTS[j].key] = v;
    });
    writeFood({
      id: f.id, ref: f.ref, name: f.name, deprecated: f.deprecated, kcal: f.values[iKcal], proteinG: f.values[iProtein], carbsG: f.values[iCarbs], fatG: f.values[iFat],
      nutrients, known: f.known, measures: f.measures, terms: f.terms, rank: f.rank, prior: f.prior, atwater: f.atwater,
    });
    writeText(f.rank, f.name);
    measures += f.measures.length;
  }
  if (to === job.foods.length) {
    optimize(db);
    const idsByRank: number[] = [];
    for (const f of job.foods) idsByRank[f.rank - 1] = f.id;
    markBuilt(db, job.version, idsByRank);
  }
  job.written = to;
  job.measures += measures;
}

function finished(db: Database.Database, job: BuildJob): BuildResult {
  builtConnections.add(db);
  return { foods: job.foods.length, measures: job.measures, ms: performance.now() - job.t0, version: job.version };
}

/**
 * (Re)builds the SR24 rows of the food tables in one transaction, reporting progress per
 * BUILD_STEP_FOODS foods. A failure leaves the previous state untouched.
 */
export function buildFoodDatabase(
  db: Database.Database,
  progress?: CoreContext['progress'],
  loaded: LoadedResource = loadShipped(),
): BuildResult {
  const t0 = performance.now();
  const total = loaded.resource.foods.length;
  const report = (done: number, message?: string) => progress?.({ task: 'food-database', done, total, message });
  report(0, 'Preparing the USDA SR24 food database…');
  const job = { ...prepareBuild(loaded), t0 };
  db.transaction(() => {
    while (job.written < total) {
      writeFoods(db, job, Math.min(total, job.written + BUILD_STEP_FOODS));
      if (job.written < total) report(job.written);
    }
  })();
  steps.delete(db);
  report(total, 'Food database ready.');
  return finished(db, job);
}

export interface BuildStep {
  /** Foods written so far, of `total`. */
  done: number;
  total: number;
  finished: boolean;
  /** What this step did, for the screen. */
  message: string;
  /** Set on the last step. */
  result: BuildResult | null;
}

// A stepped build's job, per connection: the state of work in progress between calls, not a cache
// of data (nothing derived from the tables is kept in it), so the change feed has no say over it.
const steps = new WeakMap<Database.Database, BuildJob>();

/**
 * One step of a build a screen can follow: the first call reads the resource, each later one writes
 * the next BUILD_STEP_FOODS foods in its own transaction, the last one marks the tables built. A
 * screen calls it until `finished`, showing done/total between calls (handlers are synchronous, so a
 * single long call could not report progress to a browser). Already built and current → finished at
 * once (unless `force`). If the steps are abandoned, the tables count as not built and the next
 * build starts over.
 */
export function buildFoodDatabaseStep(db: Database.Database, opts: { force?: boolean } = {}, progress?: CoreContext['progress']): BuildStep {
  let job = steps.get(db);
  const status = foodDbStatus(db);
  const current = status.built && !status.outdated;
  if (!job || (job.written === 0 && current && !opts.force)) {
    steps.delete(db);
    if (current && !opts.force) return { done: status.usdaFoods, total: status.usdaFoods, finished: true, message: 'Food database ready.', result: null };
    try {
      job = prepareBuild(loadShipped());
    } catch (err) {
      throw new AppError('internal', `The food database could not be prepared: ${(err as Error).message}`);
    }
    steps.set(db, job);
    const message = 'Read the USDA SR24 foods and their household measures.';
    progress?.({ task: 'food-database', done: 0, total: job.foods.length, message });
    return { done: 0, total: job.foods.length, finished: false, message, result: null };
  }
  const total = job.foods.length;
  // Someone else built the tables whole in the meantime (e.g. a CLI command on the same file).
  if (job.written > 0 && status.built && status.version === job.version) {
    steps.delete(db);
    return { done: total, total, finished: true, message: 'Food database ready.', result: finished(db, job) };
  }
  // The rows must be where this job left them (a failed or rolled-back step, another writer):
  // otherwise start the writing over.
  if (job.written > 0 && sr24Count(db) !== job.written) {
    job.written = 0;
    job.measures = 0;
  }
  const j = job;
  try {
    db.transaction(() => writeFoods(db, j, Math.min(total, j.written + BUILD_STEP_FOODS)))();
  } catch (err) {
    steps.delete(db);
    throw err;
  }
  const done = job.written;
  progress?.({ task: 'food-database', done, total, message: done === total ? 'Food database ready.' : undefined });
  if (done < total) return { done, total, finished: false, message: `Wrote ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} foods.`, result: null };
  steps.delete(db);
  return { done, total, finished: true, message: 'Food database ready.', result: finished(db, job) };
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
