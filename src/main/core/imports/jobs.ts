// Reading a file is slow work outside any transaction: a job parses it in the background (streamed,
// with progress and cancel) and keeps the records until the user commits or leaves. Handlers stay
// synchronous: they start a job, report on it, and commit what it parsed in one transaction.
import { createHash, randomUUID } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import { AppError } from '../../errors';
import type { ColumnMapping, ImportProgress, Importer } from './records';
import type { Parsed } from './preview';
import { detect, sniffFile } from './registry';

export type JobStatus = 'parsing' | 'ready' | 'failed' | 'cancelled' | 'committed';

export interface Job {
  id: string;
  fileName: string;
  path: string;
  /** An uploaded copy, deleted when the job ends. */
  temp: boolean;
  status: JobStatus;
  importer: Importer | null;
  progress: ImportProgress;
  parsed: Parsed | null;
  error: string | null;
  hash: string | null;
  mapping: { columns: string[]; mapping: ColumnMapping } | null;
  controller: AbortController;
  done: Promise<void>;
}

const jobs = new Map<string, Job>();
/** Jobs kept for their status and records; older ones are dropped. */
const MAX_JOBS = 8;

/** What identifies a file's content cheaply even at several GB: its size and its first and last MiB. */
async function fileHash(path: string): Promise<string> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    const h = createHash('sha256').update(String(size));
    const chunk = Buffer.alloc(Math.min(size, 1 << 20));
    await fh.read(chunk, 0, chunk.length, 0);
    h.update(chunk);
    await fh.read(chunk, 0, chunk.length, Math.max(0, size - chunk.length));
    return h.update(chunk).digest('hex');
  } finally {
    await fh.close();
  }
}

async function run(job: Job, mapping: ColumnMapping | undefined): Promise<void> {
  try {
    const sniff = await sniffFile(job.path, job.fileName);
    const importer = detect(sniff);
    job.importer = importer;
    if (importer.mapping) {
      const m = importer.mapping(sniff);
      job.mapping = { columns: m.columns, mapping: mapping ?? m.guess };
    }
    job.hash = await fileHash(job.path);
    const parsed: Parsed = { records: [], rejects: [] };
    const signal = job.controller.signal;
    for await (const r of importer.parse(job.path, { signal, onProgress: (p) => (job.progress = p), mapping })) {
      signal.throwIfAborted();
      if (r.kind === 'reject') parsed.rejects.push(r);
      else parsed.records.push(r);
    }
    signal.throwIfAborted();
    job.progress = { ...job.progress, records: Math.max(job.progress.records, parsed.records.length + parsed.rejects.length) };
    job.parsed = parsed;
    job.status = 'ready';
  } catch (err) {
    if (job.controller.signal.aborted) job.status = 'cancelled';
    else {
      job.status = 'failed';
      job.error = err instanceof AppError ? err.message : `${job.fileName} could not be read: ${err instanceof Error ? err.message : String(err)}.`;
    }
    await release(job);
  }
}

async function release(job: Job): Promise<void> {
  job.parsed = job.status === 'ready' ? job.parsed : null;
  if (job.temp) await rm(job.path, { force: true });
}

/** Starts reading a file; the job reports progress until it is ready, failed or cancelled. */
export function startJob(path: string, fileName: string, opts: { temp: boolean; size: number; mapping?: ColumnMapping }): Job {
  const job: Job = {
    id: randomUUID(),
    fileName,
    path,
    temp: opts.temp,
    status: 'parsing',
    importer: null,
    progress: { bytes: 0, totalBytes: opts.size, records: 0 },
    parsed: null,
    error: null,
    hash: null,
    mapping: null,
    controller: new AbortController(),
    done: Promise.resolve(),
  };
  job.done = run(job, opts.mapping);
  jobs.set(job.id, job);
  for (const old of [...jobs.values()].slice(0, Math.max(0, jobs.size - MAX_JOBS))) {
    old.controller.abort();
    jobs.delete(old.id);
    if (old.status !== 'parsing') void release(old);
  }
  return job;
}

export function getJob(id: string): Job {
  const job = jobs.get(id);
  if (!job) throw new AppError('not_found', `No import ${id} is open (it finished, was cancelled, or the app restarted): choose the file again.`, 'jobId');
  return job;
}

/** Stops a job: parsing ends, its records and any uploaded copy are dropped. Nothing was written. */
export function cancelJob(id: string): Job {
  const job = getJob(id);
  if (job.status === 'parsing') job.controller.abort();
  else if (job.status === 'ready') {
    job.status = 'cancelled';
    void release(job);
  }
  return job;
}

/** After a commit: the records are written, the job keeps only its status. */
export function finishJob(job: Job): void {
  job.status = 'committed';
  void release(job);
}
