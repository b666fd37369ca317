// Every contract method, through dispatch, with inputs shaped like its schema and hostile values at
// any depth: the answer is a valid result or a typed error a person can act on, never "internal",
// and a refused call leaves the database exactly as it was.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, methodNames, type MethodName } from '../../../src/shared/contract';
import { dispatch } from '../../../src/main/core/dispatch';
import type { CoreContext } from '../../../src/main/core/context';
import { openDatabase } from '../../../src/main/store/db';
import { inputFor } from './arbitraries';
import { databaseDump } from './dump';
import { seedSmallHistory } from './seed';

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
// A valid call of these rebuilds whole tables (the food database, the demo history): fewer runs.
const HEAVY = new Set<MethodName>(['demo.load', 'foods.build', 'foods.buildStep']);
const SEED = Number(process.env.FUZZ_SEED ?? 20261126);

let dir: string;
let ctx: CoreContext;
let observer: Database.Database;
let usdaMaxId: number;
const tally = new Map<string, { payloads: number; ok: number; refused: number; internal: number; partial: number }>();

beforeAll(() => {
  process.env.HYBRID_PLANNER_QUIET = '1';
  dir = mkdtempSync(join(tmpdir(), 'hp-fuzz-'));
  const file = join(dir, 'fuzz.db');
  const today = '2026-11-26';
  ctx = { db: openDatabase(file), dbPath: file, today: () => today, now: () => new Date(`${today}T12:00:00Z`) };
  usdaMaxId = seedSmallHistory(ctx);
  // A second connection sees PRAGMA data_version move whenever the first one commits anything.
  observer = new Database(file, { readonly: true });
}, 60_000); // builds the food tables

afterAll(() => {
  const rows = [...tally.values()];
  const sum = (k: keyof (typeof rows)[number]) => rows.reduce((s, r) => s + r[k], 0);
  const payloads = sum('payloads');
  console.log(
    `fuzz: ${payloads} payloads over ${tally.size} methods (${Math.round(payloads / Math.max(1, tally.size))} per method, seed ${SEED}): ` +
      `${sum('ok')} valid results, ${sum('refused')} typed refusals, ${sum('internal')} internal errors, ${sum('partial')} partial writes`,
  );
  observer?.close();
  ctx?.db.close();
  rmSync(dir, { recursive: true, force: true });
});

const dataVersion = () => observer.pragma('data_version', { simple: true }) as number;

// The dump of the database as of a data_version: recomputed only after something was committed.
let cached: { version: number; dump: string } | null = null;
function dumpNow(version: number): string {
  if (cached?.version !== version) cached = { version, dump: databaseDump(ctx.db, usdaMaxId) };
  return cached.dump;
}

describe('every contract method under hostile input', () => {
  it.each(methodNames.map((m) => [m]))('%s answers with a result or a typed error, and a refusal changes nothing', (name: MethodName) => {
    const stats = { payloads: 0, ok: 0, refused: 0, internal: 0, partial: 0 };
    tally.set(name, stats);
    fc.assert(
      fc.property(inputFor(contract[name].input), (input) => {
        const version = dataVersion();
        const before = dumpNow(version);
        const r = dispatch(ctx, name, input);
        stats.payloads++;
        if (r.ok) {
          stats.ok++;
          return;
        }
        stats.refused++;
        const after = dataVersion() === version ? databaseDump(ctx.db, usdaMaxId) : null;
        if (r.error.code === 'internal') stats.internal++;
        if (after !== before) stats.partial++;
        expect(r.error.code, `${name}: ${r.error.message}`).not.toBe('internal');
        expect(r.error.message).toMatch(/\S/);
        expect(r.error.message).not.toMatch(/\n\s+at /);
        expect(after, `${name} refused (${r.error.message}) but wrote to the database (committed or changed rows)`).toBe(before);
      }),
      { numRuns: HEAVY.has(name) ? Math.ceil(RUNS / 6) : RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
