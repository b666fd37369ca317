// Writes an export to a file, table by table (the JSON file) or member by member (the zip of CSVs,
// through fflate's streaming Zip), so a long history never sits in memory as one string. The file
// appears whole or not at all.
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { AppError } from '../../errors';
import { csvName, MANIFEST, TABLE_NAMES, TABLES, type ColumnType, type ExportDocument, type TableName } from './tables';

export type ExportFormat = 'csv' | 'json';

function csvCell(v: unknown, type: ColumnType): string {
  if (v === null || v === undefined) return '';
  const text = type === 'j' ? JSON.stringify(v) : String(v);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 lines of one table: the header, then a line per row. */
export function* csvLines(doc: ExportDocument, table: TableName): Generator<string> {
  const columns = Object.entries(TABLES[table]) as [string, ColumnType][];
  yield `${columns.map(([c]) => c).join(',')}\r\n`;
  for (const row of doc[table] as Record<string, unknown>[]) yield `${columns.map(([c, t]) => csvCell(row[c], t)).join(',')}\r\n`;
}

const header = (doc: ExportDocument) => ({ format: doc.format, version: doc.version, exportedAt: doc.exportedAt, schemaVersion: doc.schemaVersion });

/** Writes `doc` to `out` (which must not exist yet); returns its size in bytes. */
export function writeExport(doc: ExportDocument, format: ExportFormat, out: string): number {
  if (existsSync(out)) throw new AppError('conflict', `${out} already exists; choose a new file name.`, 'out');
  const partial = `${out}.partial`;
  const fd = openSync(partial, 'w');
  let bytes = 0;
  const put = (chunk: Uint8Array) => {
    writeSync(fd, chunk);
    bytes += chunk.length;
  };
  try {
    if (format === 'json') {
      const head = JSON.stringify(header(doc));
      put(strToU8(`${head.slice(0, -1)}`));
      for (const t of TABLE_NAMES) {
        put(strToU8(`,\n${JSON.stringify(t)}:[`));
        (doc[t] as unknown[]).forEach((row, i) => put(strToU8(`${i ? ',' : ''}\n${JSON.stringify(row)}`)));
        put(strToU8(']'));
      }
      put(strToU8('\n}\n'));
    } else {
      let failure: Error | null = null;
      const zip = new Zip((err, chunk) => {
        if (err) failure = err;
        else put(chunk);
      });
      const member = (name: string, lines: Iterable<string>) => {
        const file = new ZipDeflate(name, { level: 6 });
        zip.add(file);
        // Deflate in blocks of about 64 KiB: a push per line would compress (and flush) tiny pieces.
        let block = '';
        for (const line of lines) {
          block += line;
          if (block.length >= 65_536) {
            file.push(strToU8(block));
            block = '';
          }
        }
        file.push(strToU8(block), true);
      };
      member(MANIFEST, [JSON.stringify(header(doc), null, 2)]);
      for (const t of TABLE_NAMES) member(csvName(t), csvLines(doc, t));
      zip.end();
      if (failure) throw failure;
    }
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw err;
  }
  closeSync(fd);
  renameSync(partial, out);
  return bytes;
}
