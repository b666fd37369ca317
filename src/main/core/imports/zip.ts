// Zip archives read by random access (yauzl): the member list comes from the central directory and a
// member is streamed on its own, so a multi-GB export is never held in memory. A truncated or damaged
// zip is refused with a clear message.
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { invalid } from '../../errors';

export interface ZipMember {
  name: string;
  size: number;
  open(): Promise<Readable>;
}

export const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
export const isZip = (head: Buffer): boolean => head.subarray(0, 4).equals(ZIP_MAGIC);

/** The members of the zip at `path` (files only); `close` releases it. */
export async function openZip(path: string, name: string): Promise<{ members: ZipMember[]; close(): void }> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
  } catch (err) {
    throw invalid('file', `${name} is a damaged or truncated zip (${err instanceof Error ? err.message : String(err)}): download the export again.`);
  }
  const members: ZipMember[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (e: yauzl.Entry) => {
      if (!e.fileName.endsWith('/')) members.push({ name: e.fileName, size: e.uncompressedSize, open: () => zip.openReadStreamPromise(e) });
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', (err: Error) => reject(invalid('file', `${name} is a damaged zip (${err.message}): download the export again.`)));
    zip.readEntry();
  });
  return { members, close: () => zip.close() };
}

/** The first `max` bytes of a member. */
export async function memberHead(member: ZipMember, max = 65536): Promise<Buffer> {
  const stream = await member.open();
  const chunks: Buffer[] = [];
  let n = 0;
  try {
    for await (const c of stream as AsyncIterable<Buffer>) {
      chunks.push(c);
      n += c.length;
      if (n >= max) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).subarray(0, max);
}
