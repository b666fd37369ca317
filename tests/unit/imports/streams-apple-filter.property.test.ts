// The byte-level pass that drops unused Apple Health records is hand-written, so it is checked against
// random documents: whatever the record mix (self-closing or with children, `type` first or not,
// values holding ">", "/", quotes as entities, non-ASCII) and however the bytes are chunked, saxes must
// see exactly the kept records, in order, and nothing else.
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { RecordFilter } from '../../../src/main/core/imports/formats/appleHealthFilter';

const KEPT = ['HKQuantityTypeIdentifierBodyMass', 'HKCategoryTypeIdentifierSleepAnalysis'];
const SKIPPED = ['HKQuantityTypeIdentifierHeartRate', 'HKQuantityTypeIdentifierStepCount', 'HKQuantityTypeIdentifierBodyMassIndex'];

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

const recordArb = fc.record({
  type: fc.constantFrom(...KEPT, ...SKIPPED),
  value: fc.string({ unit: fc.constantFrom('a', '7', '>', '/', ' ', '"', '&', '<', 'é', '’', '😴'), maxLength: 12 }),
  typeFirst: fc.boolean(),
  children: fc.nat({ max: 2 }),
});

function documentOf(records: { type: string; value: string; typeFirst: boolean; children: number }[]): string {
  const body = records
    .map((r, i) => {
      const attrs = r.typeFirst ? `type="${r.type}" value="${escape(r.value)}" n="${i}"` : `value="${escape(r.value)}" n="${i}" type="${r.type}"`;
      const kids = Array.from({ length: r.children }, (_, k) => `\n  <MetadataEntry key="k${k}" value="${escape(r.value)}"/>`).join('');
      return r.children ? ` <Record ${attrs}>${kids}\n </Record>\n` : ` <Record ${attrs}/>\n`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<HealthData locale="en_US">\n <ExportDate value="x"/>\n${body}</HealthData>\n`;
}

function parsedRecords(chunks: Buffer[]): { type: string; value: string; n: string }[] {
  const parser = new SaxesParser();
  const seen: { type: string; value: string; n: string }[] = [];
  parser.on('opentag', (tag) => {
    if (tag.name === 'Record') {
      const a = tag.attributes as Record<string, string>;
      seen.push({ type: a.type, value: a.value, n: a.n });
    }
  });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const c of chunks) parser.write(decoder.decode(c, { stream: true }));
  parser.write(decoder.decode());
  parser.close();
  return seen;
}

describe('Apple Health record filter (property)', () => {
  it('passes exactly the kept records to saxes, whatever the chunking', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 25 }), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 10 }), (records, sizes) => {
        const xml = Buffer.from(documentOf(records));
        const filter = new RecordFilter(new Set(KEPT));
        const out: Buffer[] = [];
        for (let at = 0, i = 0; at < xml.length; i++) {
          const size = sizes[i % sizes.length];
          out.push(filter.push(xml.subarray(at, at + size)));
          at += size;
        }
        out.push(filter.end());
        const expected = records.map((r, i) => ({ ...r, n: String(i) })).filter((r) => KEPT.includes(r.type)).map((r) => ({ type: r.type, value: r.value, n: r.n }));
        expect(parsedRecords(out)).toEqual(expected);
        expect(filter.seen).toBe(records.length);
        expect(filter.keptNumbers).toEqual(expected.map((r) => Number(r.n) + 1));
      }),
      { numRuns: 300 },
    );
  });
});
