// The cheap first pass over an Apple Health export. Most of a multi-GB export is heart-rate, step and
// energy samples the app never uses; parsing each into an attribute map is most of the cost of a full
// SAX parse. This pass works on the raw bytes: it finds each `<Record`, reads only its `type="…"` and
// cuts out the records of other types (self-closing or with children) before anything is decoded, so
// saxes sees the document's structure and only the records worth keeping.

const RECORD = Buffer.from('<Record');
const TYPE_AT = Buffer.from(' type="');
const TYPE_ANY = Buffer.from('type="');
const RECORD_END = Buffer.from('</Record>');
const QUOTE = 0x22;
const GT = 0x3e;
const SLASH = 0x2f;

/** Index just past the `>` of the start tag whose attributes begin at `from` (quotes may hold `>`), or -1. */
function tagEnd(data: Buffer, from: number): number {
  let i = from;
  for (;;) {
    const gt = data.indexOf(GT, i);
    if (gt < 0) return -1;
    const quote = data.indexOf(QUOTE, i);
    if (quote < 0 || gt < quote) return gt + 1;
    const close = data.indexOf(QUOTE, quote + 1);
    if (close < 0) return -1;
    i = close + 1;
  }
}

const isBlank = (data: Buffer, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) {
    const c = data[i];
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return false;
  }
  return true;
};

export class RecordFilter {
  private carry: Buffer | null = null;
  /** Every `<Record` seen, kept or not: the record number in messages. */
  seen = 0;
  /** The record numbers of the kept records, in document order (saxes sees them in the same order). */
  readonly keptNumbers: number[] = [];

  constructor(private readonly keep: ReadonlySet<string>) {}

  /** The bytes of `chunk` worth parsing, as one buffer (the tail of an unfinished tag waits for the next chunk). */
  push(chunk: Buffer): Buffer {
    const data = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = null;
    const out: Buffer[] = [];
    let emitFrom = 0;
    let pos = 0;
    for (;;) {
      const at = data.indexOf(RECORD, pos);
      if (at < 0) {
        // `<Record` may straddle the chunk end: hold back its possible start.
        const safe = Math.max(emitFrom, data.length - RECORD.length);
        if (safe > emitFrom) out.push(data.subarray(emitFrom, safe));
        this.carry = data.subarray(safe);
        break;
      }
      const after = at + RECORD.length;
      if (after + TYPE_AT.length > data.length) {
        if (at > emitFrom) out.push(data.subarray(emitFrom, at));
        this.carry = data.subarray(at);
        break;
      }
      const next = data[after];
      if (next !== 0x20 && next !== 0x0a && next !== 0x0d && next !== 0x09) {
        pos = after; // `<RecordSomething>`: not ours to judge
        continue;
      }
      // Apple writes `type` first; anywhere else in the tag works too, just slower.
      let typeStart = data.compare(TYPE_AT, 0, TYPE_AT.length, after, after + TYPE_AT.length) === 0 ? after + TYPE_AT.length : -1;
      if (typeStart < 0) {
        const end = tagEnd(data, after);
        if (end < 0) {
          if (at > emitFrom) out.push(data.subarray(emitFrom, at));
          this.carry = data.subarray(at);
          break;
        }
        const t = data.indexOf(TYPE_ANY, after);
        typeStart = t >= 0 && t < end ? t + TYPE_ANY.length : -1;
      }
      const typeEnd = typeStart < 0 ? -1 : data.indexOf(QUOTE, typeStart);
      if (typeStart >= 0 && typeEnd < 0) {
        if (at > emitFrom) out.push(data.subarray(emitFrom, at));
        this.carry = data.subarray(at);
        break;
      }
      if (typeStart >= 0 && this.keep.has(data.toString('latin1', typeStart, typeEnd))) {
        this.seen += 1;
        this.keptNumbers.push(this.seen);
        pos = typeEnd;
        continue;
      }
      // Not kept: find where the whole element ends.
      const end = tagEnd(data, typeStart < 0 ? after : typeEnd + 1);
      let elementEnd = -1;
      if (end >= 0) elementEnd = data[end - 2] === SLASH ? end : data.indexOf(RECORD_END, end);
      if (elementEnd < 0) {
        if (at > emitFrom) out.push(data.subarray(emitFrom, at));
        this.carry = data.subarray(at);
        break;
      }
      if (data[end - 2] !== SLASH) elementEnd += RECORD_END.length;
      this.seen += 1;
      // The blank between two skipped records is not worth a write.
      if (at > emitFrom && !(at - emitFrom <= 16 && isBlank(data, emitFrom, at))) out.push(data.subarray(emitFrom, at));
      emitFrom = elementEnd;
      pos = elementEnd;
    }
    return out.length === 1 ? out[0] : Buffer.concat(out);
  }

  /** What is left at the end of the input (an unfinished element of a truncated file, for saxes to refuse). */
  end(): Buffer {
    const rest = this.carry ?? Buffer.alloc(0);
    this.carry = null;
    return rest;
  }
}
