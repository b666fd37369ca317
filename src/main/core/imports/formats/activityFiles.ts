// Activity files found inside an export (Strava's activities/ folder, Garmin's uploaded files, a zip or a
// folder of them): each is recognised by its content (FIT header, <gpx>, <TrainingCenterDatabase>, and
// inside gzip, which Strava uses for most of them), never by its name. A file that cannot be read is a
// rejected row; the other activities still import.
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { AppError } from '../../../errors';
import type { ImportRecord, ParseOptions } from '../records';
import { fitRecords, isFit } from './fit';
import { gpxRecords, isGpx } from './gpx';
import { isTcx, tcxRecords } from './tcx';

/** The records of one activity file's bytes; `line` numbers the file among the export's activities. */
export async function activityFileRecords(bytes: Buffer, what: string, line: number, options: ParseOptions): Promise<ImportRecord[]> {
  try {
    const data = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
    const out: ImportRecord[] = [];
    if (isFit(data)) out.push(...(await fitRecords(data, what)));
    else if (isGpx(data)) for await (const r of gpxRecords(Readable.from([data]), what, null, options)) out.push(r);
    else if (isTcx(data)) for await (const r of tcxRecords(Readable.from([data]), what, null, options)) out.push(r);
    else return [{ kind: 'reject', line, reason: `${what} is not a FIT, GPX or TCX activity.` }];
    // Inside an export, a record's line is the file's number among the activities.
    return out.map((r) => ({ ...r, line }));
  } catch (err) {
    if (options.signal?.aborted) throw err;
    const reason = err instanceof AppError ? err.message : `${what} could not be read (${(err as Error).message}).`;
    return [{ kind: 'reject', line, reason }];
  }
}
