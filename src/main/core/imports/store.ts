// Every SQL statement on import batches and the per-row source links. The rows themselves are written
// and deleted by their own domains' stores; this remembers which batch wrote what.
import type Database from 'better-sqlite3';
import { notFound } from '../../errors';
import { statement } from '../../store/statements';

export type LinkKind = 'weight' | 'sleep' | 'food' | 'day' | 'session' | 'exercise';

export interface Batch {
  id: number;
  format: string;
  fileName: string;
  fileHash: string;
  createdAt: string;
  counts: Record<string, number>;
  undoneAt: string | null;
}

interface BatchRow {
  id: number;
  format: string;
  file_name: string;
  file_hash: string;
  created_at: string;
  counts: string;
  undone_at: string | null;
}
const toBatch = (r: BatchRow): Batch => ({
  id: r.id,
  format: r.format,
  fileName: r.file_name,
  fileHash: r.file_hash,
  createdAt: r.created_at,
  counts: JSON.parse(r.counts) as Record<string, number>,
  undoneAt: r.undone_at,
});
const SELECT = 'SELECT id, format, file_name, file_hash, created_at, counts, undone_at FROM import_batch';

// Batch rows describe imports, not days: no derived data reads them, so they announce no change.
export function insertBatch(db: Database.Database, b: { format: string; fileName: string; fileHash: string }, nowIso: string): number {
  return Number(statement(db, 'INSERT INTO import_batch (format, file_name, file_hash, created_at) VALUES (?, ?, ?, ?)').run(b.format, b.fileName, b.fileHash, nowIso).lastInsertRowid);
}

export function setBatchCounts(db: Database.Database, id: number, counts: Record<string, number>): void {
  statement(db, 'UPDATE import_batch SET counts = ? WHERE id = ?').run(JSON.stringify(counts), id);
}

export function getBatch(db: Database.Database, id: number): Batch {
  const r = statement(db, `${SELECT} WHERE id = ?`).get(id) as BatchRow | undefined;
  if (!r) throw notFound('import', id);
  return toBatch(r);
}

/** Every import, newest first. */
export function listBatches(db: Database.Database): Batch[] {
  return (statement(db, `${SELECT} ORDER BY id DESC`).all() as BatchRow[]).map(toBatch);
}

/** The live (not undone) import of a file with this content, if any. */
export function batchWithHash(db: Database.Database, hash: string): Batch | undefined {
  const r = statement(db, `${SELECT} WHERE file_hash = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1`).get(hash) as BatchRow | undefined;
  return r && toBatch(r);
}

export function markUndone(db: Database.Database, id: number, nowIso: string): void {
  statement(db, 'UPDATE import_batch SET undone_at = ? WHERE id = ?').run(nowIso, id);
}

export function linkRow(db: Database.Database, batchId: number, kind: LinkKind, sourceKey: string, rowId: number, day: string): void {
  statement(db, 'INSERT INTO import_row (source_key, batch_id, kind, row_id, day) VALUES (?, ?, ?, ?, ?)').run(sourceKey, batchId, kind, rowId, day);
}

/** Whether a row with this source key was imported (and not undone). */
export function isKnownKey(db: Database.Database, kind: LinkKind, sourceKey: string): boolean {
  return statement(db, 'SELECT EXISTS(SELECT 1 FROM import_row WHERE source_key = ? AND kind = ?)').pluck().get(sourceKey, kind) === 1;
}

/** The rows a batch wrote, newest first (so a session goes before the exercise it created). */
export function batchLinks(db: Database.Database, batchId: number): { kind: LinkKind; rowId: number; day: string }[] {
  return statement(db, 'SELECT kind, row_id AS rowId, day FROM import_row WHERE batch_id = ? ORDER BY rowid DESC').all(batchId) as { kind: LinkKind; rowId: number; day: string }[];
}

export function deleteLinks(db: Database.Database, batchId: number): void {
  statement(db, 'DELETE FROM import_row WHERE batch_id = ?').run(batchId);
}
