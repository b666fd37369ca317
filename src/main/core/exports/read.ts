// Reads our own export back (the zip of CSVs or the JSON file), recognised by content, every cell
// checked against its column's type so a hand-edited file is refused with the table, line and column.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { unzipSync, strFromU8 } from 'fflate';
import { AppError } from '../../errors';
import type { Sniff } from '../imports/records';
import { csvName, EXPORT_FORMAT, EXPORT_VERSION, MANIFEST, TABLE_NAMES, TABLES, type ColumnType, type ExportDocument, type TableName } from './tables';

const JSON_HEAD = new RegExp(`^\\s*\\{\\s*"format"\\s*:\\s*"${EXPORT_FORMAT}"`);

/** Our export: a zip with our manifest and CSVs, or a JSON file that starts with our format name. */
export function detectOwnExport(sniff: Sniff): boolean {
  if (sniff.zipMembers) return sniff.zipMembers.includes(MANIFEST) && sniff.zipMembers.includes(csvName('weighIns'));
  return JSON_HEAD.test(sniff.head.toString('utf8').replace(/^\uFEFF/, ''));
}

const bad = (where: string, why: string) => new AppError('invalid_input', `This Hybrid Planner export cannot be read: ${where}: ${why}. Nothing was imported.`, 'path');

function checkHeader(h: Record<string, unknown>, where: string): Pick<ExportDocument, 'format' | 'version' | 'exportedAt' | 'schemaVersion'> {
  if (h.format !== EXPORT_FORMAT) throw bad(where, `it is not a ${EXPORT_FORMAT} file`);
  if (typeof h.version !== 'number' || h.version > EXPORT_VERSION) throw bad(where, `it is format version ${String(h.version)}, and this app reads up to ${EXPORT_VERSION}; update Hybrid Planner`);
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: String(h.exportedAt ?? ''), schemaVersion: Number(h.schemaVersion ?? 0) };
}

function fromText(text: string, type: ColumnType): unknown {
  if (text === '') return null;
  if (type === 's') return text;
  if (type === 'n') {
    const n = Number(text);
    if (!Number.isFinite(n)) throw new Error(`"${text}" is not a number`);
    return n;
  }
  if (type === 'b') {
    if (text !== 'true' && text !== 'false') throw new Error(`"${text}" is not true or false`);
    return text === 'true';
  }
  return JSON.parse(text);
}

function checkValue(v: unknown, type: ColumnType): unknown {
  if (v === null || v === undefined) return null;
  const ok = type === 's' ? typeof v === 'string' : type === 'n' ? typeof v === 'number' && Number.isFinite(v) : type === 'b' ? typeof v === 'boolean' : true;
  if (!ok) throw new Error(`${JSON.stringify(v)} is not ${type === 's' ? 'text' : type === 'n' ? 'a number' : 'true or false'}`);
  return v;
}

function rowsOf(table: TableName, raw: Record<string, unknown>[], convert: (v: unknown, t: ColumnType) => unknown, where: (i: number) => string): Record<string, unknown>[] {
  const columns = Object.entries(TABLES[table]) as [string, ColumnType][];
  return raw.map((r, i) => {
    const row: Record<string, unknown> = {};
    for (const [c, t] of columns) {
      try {
        row[c] = convert(r[c], t);
      } catch (err) {
        throw bad(`${where(i)}, column ${c}`, (err as Error).message);
      }
    }
    return row;
  });
}

function readZip(bytes: Uint8Array): ExportDocument {
  const files = unzipSync(bytes, { filter: (f) => f.name === MANIFEST || TABLE_NAMES.some((t) => f.name === csvName(t)) });
  if (!files[MANIFEST]) throw bad('the zip', `${MANIFEST} is missing`);
  const doc = checkHeader(JSON.parse(strFromU8(files[MANIFEST])) as Record<string, unknown>, MANIFEST) as ExportDocument;
  for (const t of TABLE_NAMES) {
    const file = files[csvName(t)];
    if (!file) throw bad('the zip', `${csvName(t)} is missing`);
    const records = parse(strFromU8(file), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
    const header = strFromU8(file.subarray(0, 4096)).replace(/^\uFEFF/, '').split(/\r?\n/)[0].split(',');
    const missing = Object.keys(TABLES[t]).filter((c) => !header.includes(c));
    if (missing.length) throw bad(csvName(t), `the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing`);
    (doc as unknown as Record<string, unknown>)[t] = rowsOf(t, records, (v, type) => fromText(String(v ?? ''), type), (i) => `${csvName(t)} line ${i + 2}`);
  }
  return doc;
}

function readJson(text: string): ExportDocument {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
  } catch (err) {
    throw bad('the JSON file', (err as Error).message);
  }
  const doc = checkHeader(raw, 'the JSON file') as ExportDocument;
  for (const t of TABLE_NAMES) {
    const rows = raw[t];
    if (!Array.isArray(rows)) throw bad('the JSON file', `"${t}" is missing or not a list`);
    (doc as unknown as Record<string, unknown>)[t] = rowsOf(t, rows as Record<string, unknown>[], checkValue, (i) => `"${t}" item ${i + 1}`);
  }
  return doc;
}

/** Our export at `path`, either format, checked cell by cell. */
export function readOwnExport(path: string): ExportDocument {
  const bytes = readFileSync(path);
  // A zip starts with a local file header, "PK\3\4".
  return bytes[0] === 0x50 && bytes[1] === 0x4b ? readZip(bytes) : readJson(bytes.toString('utf8'));
}
