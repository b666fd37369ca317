// Browser mode has no file paths: the page sends the file's bytes, which land in a private temporary
// file (bounded in size) that an import then reads like any other; the job deletes it when it ends.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { invalid } from '../../errors';

/** The largest file browser mode accepts (an Apple Health export can be several GB). */
export const MAX_UPLOAD_BYTES = 4 * 1024 ** 3;

interface Upload {
  path: string;
  name: string;
  size: number;
}
const uploads = new Map<string, Upload>();

/** Writes an uploaded body to a temporary file; returns its id for imports.preview. */
export async function saveUpload(body: Readable, name: string, declaredBytes: number): Promise<{ uploadId: string; size: number }> {
  if (declaredBytes > MAX_UPLOAD_BYTES) throw invalid('file', `The file is over ${MAX_UPLOAD_BYTES / 1024 ** 3} GB.`);
  const dir = join(tmpdir(), 'hybrid-planner-uploads');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const id = randomUUID();
  const path = join(dir, `${id}.upload`);
  let size = 0;
  try {
    await pipeline(
      body,
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          size += chunk.length;
          if (size > MAX_UPLOAD_BYTES) throw invalid('file', `The file is over ${MAX_UPLOAD_BYTES / 1024 ** 3} GB.`);
          yield chunk;
        }
      },
      createWriteStream(path, { mode: 0o600 }),
    );
  } catch (err) {
    await rm(path, { force: true });
    throw err;
  }
  uploads.set(id, { path, name: basename(name).slice(0, 200) || 'upload', size });
  return { uploadId: id, size };
}

/** The uploaded file for an id (once: the import that takes it owns the file). */
export function takeUpload(id: string): Upload {
  const u = uploads.get(id);
  if (!u) throw invalid('uploadId', 'That upload is gone (already imported or the app restarted): choose the file again.');
  uploads.delete(id);
  return u;
}
