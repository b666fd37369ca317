// Reading a CSV export the way every one of ours needs it: streamed (csv-parse over a file stream, so a
// large export is never held in memory), decoded strictly as UTF-8 (a wrong encoding is an error, not
// silently mangled names), BOM dropped, the delimiter sniffed from the header line, columns matched by
// header name, progress in bytes and records, and cancel through an AbortSignal.
import { createReadStream, statSync } from 'node:fs';
import { pipeline, Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { invalid } from '../../../errors';
import type { ParseOptions } from '../records';

/** One data row: its 1-based line in the file and its cells by normalised header name. */
export interface CsvRow {
  line: number;
  get(column: string): string;
  has(column: string): boolean;
}

class Row implements CsvRow {
  constructor(
    readonly line: number,
    private readonly cells: string[],
    private readonly index: Map<string, number>,
  ) {}
  get(column: string): string {
    const i = this.index.get(column);
    return i === undefined ? '' : (this.cells[i] ?? '').trim();
  }
  has(column: string): boolean {
    return this.index.has(column);
  }
}

/** A header as we compare it: lower case, quotes and surrounding spaces gone. */
export const headerKey = (h: string): string => h.replace(/^\uFEFF/, '').trim().replace(/^"|"$/g, '').trim().toLowerCase();

/** The header cells of a CSV's first line (as text), delimiter sniffed. */
export function headerOf(head: Buffer): { columns: string[]; delimiter: string } | null {
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  if (!first.trim()) return null;
  const delimiter = sniffDelimiter(first);
  return { columns: splitLine(first, delimiter).map(headerKey), delimiter };
}

/** The delimiter used most outside quotes in the header line (comma, semicolon or tab). */
export function sniffDelimiter(line: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  const [best, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return n > 0 ? best : ',';
}

function splitLine(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Whether every one of `required` is a column of `columns`. */
export const hasColumns = (columns: string[], required: string[]): boolean => required.every((c) => columns.includes(c));

/** UTF-8 text chunks of a byte stream; anything else (UTF-16, Latin-1) stops with a clear error. */
async function* utf8(source: AsyncIterable<Buffer>, name: string, onBytes: (n: number) => void): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  for await (const chunk of source) {
    if (first && chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
      throw invalid('file', `${name} is UTF-16 text: export or save it again as UTF-8 CSV.`);
    }
    first = false;
    onBytes(chunk.length);
    try {
      yield decoder.decode(chunk, { stream: true });
    } catch {
      throw invalid('file', `${name} is not UTF-8 text (it may be Latin-1 or Windows-1252): export or save it again as UTF-8 CSV.`);
    }
  }
  try {
    yield decoder.decode();
  } catch {
    throw invalid('file', `${name} ends in the middle of a character: the file is cut short or not UTF-8.`);
  }
}

/**
 * The data rows of a CSV (file path or byte stream), header matched by name. `required` columns must
 * all be there, else the whole file is refused naming the missing ones.
 */
export async function* csvRows(
  input: string | { stream: AsyncIterable<Buffer>; size: number | null },
  name: string,
  required: string[],
  options: ParseOptions,
): AsyncGenerator<CsvRow> {
  const source = typeof input === 'string' ? createReadStream(input, { highWaterMark: 1 << 20 }) : input.stream;
  const totalBytes = typeof input === 'string' ? statSync(input).size : input.size;
  let bytes = 0;
  let records = 0;
  const text = utf8(source, name, (n) => (bytes += n));
  // The delimiter comes from the header line, so the parser is made once the first line is in.
  let head = '';
  let next = await text.next();
  while (!next.done && !head.includes('\n') && head.length < 1 << 16) {
    head += next.value;
    if (!head.includes('\n')) next = await text.next();
  }
  if (!head.replace(/^\uFEFF/, '').trim()) throw invalid('file', `${name} is empty: there is nothing to import.`);
  const delimiter = sniffDelimiter(head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]);
  async function* rest(): AsyncGenerator<string> {
    yield head;
    if (next.done) return;
    for (;;) {
      next = await text.next();
      if (next.done) return;
      yield next.value;
    }
  }
  // No `info` option: it copies an object per record and triples the parse time. Lines are counted
  // here instead: one per record, plus the newlines inside its quoted fields; empty lines still count.
  const parser = parse({ delimiter, relax_column_count: true, bom: true, relax_quotes: true });
  // pipeline carries a read or decoding error into the parser (so the loop below throws it) and
  // tears every stage down when the loop stops early.
  pipeline(Readable.from(rest()), parser, () => undefined);
  let index: Map<string, number> | null = null;
  try {
    let line = 0;
    for await (const record of parser as AsyncIterable<string[]>) {
      line++;
      for (const cell of record) if (cell.includes('\n')) line += cell.split('\n').length - 1;
      if (record.length === 1 && record[0].trim() === '') continue;
      if (!index) {
        index = new Map(record.map((h, i) => [headerKey(h), i] as const));
        const missing = required.filter((c) => !index!.has(c));
        if (missing.length) throw invalid('file', `${name} has no ${missing.map((m) => `"${m}"`).join(', ')} column${missing.length > 1 ? 's' : ''}: it is not a complete export (its header: ${record.join(', ')}).`);
        continue;
      }
      records++;
      if ((records & 1023) === 0) {
        options.signal?.throwIfAborted();
        options.onProgress?.({ bytes, totalBytes, records });
      }
      yield new Row(line, record, index);
    }
  } finally {
    parser.destroy();
    const closable = source as { destroy?: () => void };
    if (typeof closable.destroy === 'function') closable.destroy();
  }
  options.onProgress?.({ bytes, totalBytes, records });
}

/** A number as exports write it: "1,000.0" (thousands comma), "82,5" (decimal comma) → number; empty → null; garbage → NaN. */
export function parseNumber(raw: string): number | null {
  const s = raw.trim().replace(/^"|"$/g, '');
  if (s === '') return null;
  let t = s.replace(/\s/g, '');
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  else if (/^-?\d+,\d+$/.test(t)) t = t.replace(',', '.');
  return /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t) ? Number(t) : NaN;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** A local date and time as the exports write them, or null: "2019-01-11 12:31:54", "2019-01-11T12:31", "5 Dec 2025, 11:37", "2022-11-03". */
export function parseLocalDateTime(raw: string): { date: string; time: string } | null {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/.exec(s);
  if (m) return checked(+m[1], +m[2], +m[3], m[4] ? +m[4] : 0, m[5] ? +m[5] : 0);
  m = /^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4}),? (\d{1,2}):(\d{2})$/.exec(s);
  if (m) {
    const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
    return month ? checked(+m[3], month, +m[1], +m[4], +m[5]) : null;
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return checked(+m[3], +m[1], +m[2], 0, 0);
  return null;
}

function checked(y: number, mo: number, d: number, h: number, mi: number): { date: string; time: string } | null {
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1900 || y > 2100 || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d || h > 23 || mi > 59) return null;
  return { date: `${y}-${pad(mo)}-${pad(d)}`, time: `${pad(h)}:${pad(mi)}` };
}
