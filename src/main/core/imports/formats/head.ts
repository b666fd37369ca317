import { open } from 'node:fs/promises';

/** The first `max` bytes of a file (all of a smaller one). */
export async function readFirstBytes(path: string, max = 65536): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(max);
    const { bytesRead } = await fh.read(buf, 0, max, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
