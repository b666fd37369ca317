// Zip access for the streamed importers: yauzl reads the central directory, then inflates one member
// at a time from disk, so a multi-GB export is never held in memory.
import { createReadStream, createWriteStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { invalid } from '../../../errors';

export type ZipMember = Entry;

/** Opens a zip and lists its file members; a damaged or truncated zip is refused with what is wrong. */
export async function openZip(path: string): Promise<{ zip: ZipFile; members: ZipMember[] }> {
  await fileSize(path);
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
  } catch (err) {
    throw damaged(path, err);
  }
  const members: ZipMember[] = [];
  try {
    for await (const entry of zip.eachEntry()) if (!entry.fileName.endsWith('/')) members.push(entry);
  } catch (err) {
    zip.close();
    throw damaged(path, err);
  }
  return { zip, members };
}

/** A member's bytes as a stream; a corrupt member surfaces as the same clear error while reading. */
export async function memberStream(zip: ZipFile, member: ZipMember): Promise<Readable> {
  try {
    return await zip.openReadStreamPromise(member);
  } catch (err) {
    throw damaged(member.fileName, err);
  }
}

/** A small member (JSON, a FIT file) whole. */
export async function readMember(zip: ZipFile, member: ZipMember): Promise<Buffer> {
  const stream = await memberStream(zip, member);
  const parts: Buffer[] = [];
  try {
    for await (const part of stream) parts.push(part as Buffer);
  } catch (err) {
    throw damaged(member.fileName, err);
  }
  return Buffer.concat(parts);
}

/** Copies a member to a file (a database or a nested zip, which need random access). */
export async function copyMember(zip: ZipFile, member: ZipMember, file: string, signal?: AbortSignal): Promise<void> {
  const stream = await memberStream(zip, member);
  try {
    await pipeline(stream, createWriteStream(file), { signal });
  } catch (err) {
    throw signal?.aborted ? err : damaged(member.fileName, err);
  }
}

/** A plain file as a stream plus its size, for progress. */
export async function fileStream(path: string): Promise<{ stream: Readable; size: number }> {
  const size = await fileSize(path);
  return { stream: createReadStream(path, { highWaterMark: 256 * 1024 }), size };
}

/** The size of a file that exists and is not empty, else a clear refusal. */
export async function fileSize(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info || !info.isFile()) throw invalid('file', `Cannot read ${path}: no such file.`);
  if (info.size === 0) throw invalid('file', `${path} is empty (0 bytes): there is nothing to import.`);
  return info.size;
}

export function damaged(what: string, err: unknown): Error {
  const detail = err instanceof Error ? err.message : String(err);
  return invalid('file', `${what} is not a readable zip file — it is damaged or incomplete (${detail}). Download or copy the export again.`);
}

/** Member path without folders, lower-case, for choosing what to open (detection itself is by content). */
export const baseName = (member: ZipMember): string => member.fileName.slice(member.fileName.lastIndexOf('/') + 1).toLowerCase();

/** Whether a file starts like a zip (local file header "PK\x03\x04"); refuses a missing or empty file. */
export async function isZipFile(path: string): Promise<boolean> {
  await fileSize(path);
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && buffer.readUInt32LE(0) === 0x04034b50;
  } finally {
    await file.close();
  }
}
