// Shared by the streamed-importer tests: run an importer to the end, build zips from fixtures, and
// sniff a file the way detection sees it (its first 64 KiB and, for a zip, its member names).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach } from 'vitest';
import type { Importer, ImportRecord, ParseOptions, Sniff } from '../../../src/main/core/imports/records';
import { openZip } from '../../../src/main/core/imports/formats/zip';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'imports');
export const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A scratch folder removed after the test. */
export function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hp-streams-test-'));
  dirs.push(dir);
  return dir;
}

export function writeScratch(name: string, data: Uint8Array | string): string {
  const path = join(scratch(), name);
  writeFileSync(path, data);
  return path;
}

export function writeZip(name: string, members: Record<string, Uint8Array | string>): string {
  const files = Object.fromEntries(Object.entries(members).map(([k, v]) => [k, typeof v === 'string' ? Buffer.from(v) : v]));
  return writeScratch(name, zipSync(files));
}

export async function collect(importer: Importer, path: string, options: ParseOptions = {}): Promise<ImportRecord[]> {
  const out: ImportRecord[] = [];
  for await (const r of importer.parse(path, options)) out.push(r);
  return out;
}

/** The error a parse ends with (fails the test when it ends without one). */
export async function parseError(importer: Importer, path: string, options: ParseOptions = {}): Promise<Error & { code?: string }> {
  try {
    await collect(importer, path, options);
  } catch (err) {
    return err as Error & { code?: string };
  }
  throw new Error(`${path} was parsed without an error`);
}

export async function sniff(path: string): Promise<Sniff> {
  const head = readFileSync(path).subarray(0, 65_536);
  if (head.readUInt32LE(0) !== 0x04034b50) return { name: path, head, zipMembers: null };
  const { zip, members } = await openZip(path);
  zip.close();
  return { name: path, head, zipMembers: members.map((m) => m.fileName) };
}
