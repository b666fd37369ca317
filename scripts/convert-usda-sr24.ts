// Converts the USDA SR24 jar (a zip of one XML file per food, from Debian's `cronometer` package) into
// the compact resource the app ships: resources/foods/usda-sr24.json.gz.
//
//   npm run foods:convert [-- --in /path/to/usda_sr24.jar] [-- --out resources/foods/usda-sr24.json.gz]
//
// Keeps every food (current ones from foods.index, retired ones flagged deprecated), every household
// measure exactly as SR24 gives it (amount, name, grams for `amount` units) and the nutrients listed
// in src/shared/food/nutrients.ts, per 100 g. A nutrient absent from a food's XML is stored as null
// (unknown), never 0. The output is deterministic (sorted, no timestamps) so re-running it gives the
// same bytes.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync, strFromU8, unzipSync } from 'fflate';
import { NUTRIENTS, cleanNumber } from '../src/shared/food/nutrients';
import { FOOD_RESOURCE_FORMAT, type FoodResource, type ResourceFood } from '../src/main/core/food/resource';

const ROOT = resolve(__dirname, '..');

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-zA-Z_][\w-]*)="([^"]*)"/g)) out[m[1]] = decodeXml(m[2]);
  return out;
}

function number(value: string | undefined, what: string): number {
  const n = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isFinite(n)) throw new Error(`${what}: not a number (${value})`);
  return n;
}

function readIndex(files: Record<string, Uint8Array>, name: string): Map<string, string> {
  const file = files[`usda_sr24/${name}`];
  if (!file) throw new Error(`${name} is missing from the jar`);
  const map = new Map<string, string>();
  for (const line of strFromU8(file).split(/\r?\n/)) {
    const bar = line.indexOf('|');
    if (bar > 0) map.set(line.slice(0, bar).trim(), line.slice(bar + 1).trim());
  }
  return map;
}

export interface ParsedFood {
  uid: string;
  name: string;
  atwater: [number, number, number];
  values: (number | null)[];
  measures: [number, string, number][];
}

export function parseFoodXml(xml: string, file: string): ParsedFood {
  const foodTag = /<food\s[^>]*?\/?>/.exec(xml);
  if (!foodTag) throw new Error(`${file}: no <food> element`);
  const food = attributes(foodTag[0]);
  if (!/^\d{5}$/.test(food.uid ?? '')) throw new Error(`${file}: bad uid ${food.uid}`);
  if (!food.name) throw new Error(`${file}: food without a name`);
  const measures: [number, string, number][] = [];
  for (const m of xml.matchAll(/<measure\s[^>]*?\/>/g)) {
    const a = attributes(m[0]);
    measures.push([number(a.amount, `${file} measure amount`), a.name, number(a.grams, `${file} measure grams`)]);
  }
  const byName = new Map<string, number>();
  for (const m of xml.matchAll(/<nutrient\s[^>]*?\/>/g)) {
    const a = attributes(m[0]);
    byName.set(a.name, number(a.amount, `${file} nutrient ${a.name}`));
  }
  const values = NUTRIENTS.map((n) => {
    const v = byName.get(n.sr24);
    return v === undefined ? null : cleanNumber(v * (n.sr24Factor ?? 1));
  });
  const atwater: [number, number, number] = [number(food.pcf, `${file} pcf`), number(food.fcf, `${file} fcf`), number(food.ccf, `${file} ccf`)];
  return { uid: food.uid, name: food.name, atwater, values, measures };
}

export function convert(jar: Uint8Array): FoodResource {
  const files = unzipSync(jar);
  const current = readIndex(files, 'foods.index');
  const retired = readIndex(files, 'deprecated.index');
  const foods: ResourceFood[] = [];
  for (const path of Object.keys(files).sort()) {
    const m = /^usda_sr24\/(\d{5})\.xml$/.exec(path);
    if (!m) continue;
    const parsed = parseFoodXml(strFromU8(files[path]), path);
    if (parsed.uid !== m[1]) throw new Error(`${path}: uid ${parsed.uid} does not match the file name`);
    // A few ids sit in both indexes; foods.index (the current list) wins.
    const deprecated = !current.has(parsed.uid);
    if (deprecated && !retired.has(parsed.uid)) console.warn(`${path}: in neither index; kept as deprecated`);
    foods.push([parsed.uid, parsed.name, deprecated ? 1 : 0, parsed.atwater, parsed.values, parsed.measures]);
  }
  return {
    format: FOOD_RESOURCE_FORMAT,
    source: 'USDA National Nutrient Database for Standard Reference, Release 24 (USDA ARS), public domain',
    credit: 'USDA ARS, SR24',
    nutrients: NUTRIENTS.map((n) => ({ key: n.key, unit: n.unit, sr24: n.sr24 })),
    foods,
  };
}

function main(): void {
  const { values } = parseArgs({
    options: { in: { type: 'string' }, out: { type: 'string' } },
  });
  const input = values.in ?? '/work/shared/data/usda_sr24.jar';
  const output = resolve(ROOT, values.out ?? 'resources/foods/usda-sr24.json.gz');
  const resource = convert(new Uint8Array(readFileSync(input)));
  const json = JSON.stringify(resource);
  const gz = gzipSync(new TextEncoder().encode(json), { level: 9, mtime: 0 });
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, gz);
  const deprecated = resource.foods.filter((f) => f[2] === 1).length;
  const measures = resource.foods.reduce((s, f) => s + f[5].length, 0);
  console.log(
    `Wrote ${output}: ${resource.foods.length} foods (${resource.foods.length - deprecated} current, ${deprecated} deprecated), ` +
      `${measures} measures, ${resource.nutrients.length} nutrients; ${(json.length / 1e6).toFixed(2)} MB JSON, ` +
      `${(gz.length / 1e6).toFixed(2)} MB gzipped; sha256 ${createHash('sha256').update(gz).digest('hex').slice(0, 16)}`,
  );
}

// Run only as a script (tests import convert/parseFoodXml).
if (/convert-usda-sr24\.[tj]s$/.test(process.argv[1] ?? '')) main();
