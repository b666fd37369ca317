// A zip or a folder of activity files (Strava's bulk export with its activities/ folder, or any
// collection of FIT, GPX and TCX files): one session per activity.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Importer, ImportRecord, ParseOptions, Sniff } from '../records';
import { activityFileRecords } from './activityFiles';
import { openZip, readMember } from './zip';
import { ACTIVITY_NAME, isActivityCollection } from './zipKinds';

async function* zipActivities(path: string, options: ParseOptions): AsyncGenerator<ImportRecord> {
  const { zip, members } = await openZip(path);
  try {
    const files = members.filter((m) => ACTIVITY_NAME.test(m.fileName));
    let bytes = 0;
    let records = 0;
    const totalBytes = files.reduce((s, m) => s + m.compressedSize, 0);
    for (const [i, member] of files.entries()) {
      options.signal?.throwIfAborted();
      const out = await activityFileRecords(await readMember(zip, member), member.fileName, i + 1, options);
      bytes += member.compressedSize;
      records += out.length;
      options.onProgress?.({ bytes, totalBytes, records });
      yield* out;
    }
  } finally {
    zip.close();
  }
}

async function listFolder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && ACTIVITY_NAME.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

async function* folderActivities(dir: string, options: ParseOptions): AsyncGenerator<ImportRecord> {
  const files = await listFolder(dir);
  let records = 0;
  let bytes = 0;
  for (const [i, file] of files.entries()) {
    options.signal?.throwIfAborted();
    const data = await readFile(file);
    const out = await activityFileRecords(data, file, i + 1, options);
    records += out.length;
    bytes += data.length;
    options.onProgress?.({ bytes, totalBytes: null, records });
    yield* out;
  }
}

export const activitiesImporter: Importer = {
  id: 'activities',
  label: 'Activities (a zip or folder of FIT, GPX and TCX files, e.g. a Strava export)',
  detect: (sniff: Sniff) => sniff.zipMembers !== null && isActivityCollection(sniff.zipMembers),
  async *parse(path: string, options: ParseOptions) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) yield* folderActivities(path, options);
    else yield* zipActivities(path, options);
  },
};
