import { join } from 'node:path';
import type { CoreContext } from '../../../src/main/core/context';
import { call } from '../../../src/main/core/dispatch';
import { getJob } from '../../../src/main/core/imports/jobs';
import { openDatabase } from '../../../src/main/store/db';
import type { ImportJob } from '../../../src/shared/contract/imports';

export const TODAY = '2026-11-26';
export const fixture = (name: string) => join(__dirname, '../../fixtures/imports', name);

export function importContext(): CoreContext {
  const db = openDatabase(':memory:');
  return { db, dbPath: ':memory:', today: () => TODAY, now: () => new Date(`${TODAY}T12:00:00Z`) };
}

/** Starts reading a fixture and waits until its job has finished parsing. */
export async function preview(ctx: CoreContext, name: string, extra: Record<string, unknown> = {}): Promise<ImportJob> {
  const started = call(ctx, 'imports.preview', { path: name.startsWith('/') ? name : fixture(name), ...extra });
  await getJob(started.jobId).done;
  return call(ctx, 'imports.progress', { jobId: started.jobId });
}

/** preview + commit. */
export async function importFile(ctx: CoreContext, name: string, unit?: 'kg' | 'lb') {
  const job = await preview(ctx, name);
  if (job.status !== 'ready') throw new Error(`${name}: ${job.status} ${job.error}`);
  return { job, result: call(ctx, 'imports.commit', { jobId: job.jobId, ...(unit ? { unit } : {}) }) };
}

/** Every table's rows, for "nothing changed" checks. */
export function dump(ctx: CoreContext, opts: { withImports?: boolean } = {}): Record<string, unknown[]> {
  const tables = ctx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name").pluck().all() as string[];
  const out: Record<string, unknown[]> = {};
  for (const t of tables) {
    if (!opts.withImports && t.startsWith('import_')) continue;
    out[t] = ctx.db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all();
  }
  return out;
}
