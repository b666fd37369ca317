// The bundled food database: resources/foods/usda-sr24.json.gz, written by
// scripts/convert-usda-sr24.ts from USDA SR24. Read only here, when the food tables are built.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { NUTRIENTS } from '../../../shared/food/nutrients';

export const FOOD_RESOURCE_FORMAT = 1;
const FOOD_RESOURCE_FILE = 'usda-sr24.json.gz';

/**
 * One food: [5-digit id, name, deprecated (0/1), [protein, fat, carbohydrate Atwater factors],
 * nutrient values aligned with `nutrients` (null = unknown), measures [amount, name, grams for `amount` units]].
 */
export type ResourceFood = [string, string, 0 | 1, [number, number, number], (number | null)[], [number, string, number][]];

export interface FoodResource {
  format: number;
  source: string;
  credit: string;
  nutrients: { key: string; unit: string; sr24: string }[];
  foods: ResourceFood[];
}

/** `dir` and up to `levels` of its ancestors, nearest first. */
function upFrom(dir: string, levels: number): string[] {
  const dirs = [dir];
  for (let i = 0; i < levels && dirname(dirs[dirs.length - 1]) !== dirs[dirs.length - 1]; i++) dirs.push(dirname(dirs[dirs.length - 1]));
  return dirs;
}

/** Where the resource lives: HYBRID_PLANNER_FOODS, else next to the app (built or from source). */
function foodResourcePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.HYBRID_PLANNER_FOODS) return env.HYBRID_PLANNER_FOODS;
  const candidates = [
    // <app>/resources, the nearest one up from this module wherever the bundler put it: out/main/*.js
    // or out/main/chunks/*.js (built CLI / Electron main), src/main/core/food/*.ts (tests, tsx). A
    // fixed relative path broke when this code moved into a shared chunk: the CLI then found the file
    // only when started from the checkout's root.
    ...upFrom(__dirname, 6).map((dir) => resolve(dir, 'resources/foods', FOOD_RESOURCE_FILE)),
    // Packaged Electron app: process.resourcesPath/foods
    ...((process as { resourcesPath?: string }).resourcesPath ? [resolve((process as { resourcesPath?: string }).resourcesPath!, 'foods', FOOD_RESOURCE_FILE)] : []),
    resolve(process.cwd(), 'resources/foods', FOOD_RESOURCE_FILE),
  ];
  return candidates.find((p) => existsSync(p)) ?? candidates[0];
}

export interface LoadedResource {
  resource: FoodResource;
  /** Short content hash: the food tables are rebuilt when the shipped resource changes. */
  version: string;
  path: string;
}

/** The content hash of the shipped resource, without parsing it (a few ms). */
export function foodResourceVersion(path = foodResourcePath()): string | null {
  if (!existsSync(path)) return null;
  return createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
}

export function loadFoodResource(path = foodResourcePath()): LoadedResource {
  if (!existsSync(path)) {
    throw new Error(`The bundled food database is missing (${path}). Reinstall the app, or run "npm run foods:convert" in a checkout.`);
  }
  const gz = readFileSync(path);
  const resource = JSON.parse(gunzipSync(gz).toString('utf8')) as FoodResource;
  if (resource.format !== FOOD_RESOURCE_FORMAT) throw new Error(`${path}: unsupported food resource format ${resource.format}.`);
  // The value columns must line up with the app's nutrient list.
  const keys = resource.nutrients.map((n) => n.key).join(',');
  if (keys !== NUTRIENTS.map((n) => n.key).join(',')) {
    throw new Error(`${path}: its nutrient list does not match this version of the app; run "npm run foods:convert".`);
  }
  return { resource, version: createHash('sha256').update(gz).digest('hex').slice(0, 16), path };
}
