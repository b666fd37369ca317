// imports.*: read a file in the background, preview it, commit it in one transaction, list and undo.
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportJob } from '../../../shared/contract/imports';
import { invalid, AppError } from '../../errors';
import type { CoreContext } from '../context';
import type { DomainHandlers } from '../handlerTypes';
import { commitPlan, undoBatch } from './commit';
import { cancelJob, finishJob, getJob, startJob, type Job } from './jobs';
import { planImport, summarize, type AnswerUnit } from './preview';
import { importers, supportedFormats } from './registry';
import { batchWithHash, listBatches, type Batch } from './store';
import { takeUpload } from './uploads';

const MAX_REJECTS_SHOWN = 200;

function jobState(ctx: CoreContext, job: Job): ImportJob {
  let preview: ImportJob['preview'] = null;
  if (job.status === 'ready' && job.parsed) {
    const plan = planImport(ctx.db, job.parsed, ctx.today());
    const { counts, from, to } = summarize(plan);
    const prior = job.hash ? batchWithHash(ctx.db, job.hash) : undefined;
    preview = {
      counts,
      from,
      to,
      questions: plan.needsUnit ? [{ id: 'unit', text: 'This file gives weights without a unit. Are they kilograms or pounds?', options: ['kg', 'lb'] }] : [],
      duplicates: plan.duplicates,
      rejected: plan.rejects.slice(0, MAX_REJECTS_SHOWN).map((r) => ({ line: r.line, reason: r.reason })),
      rejectedCount: plan.rejects.length,
      newExercises: plan.newExercises.slice(0, 50),
      alreadyImported: prior ? { batchId: prior.id, createdAt: prior.createdAt } : null,
      mapping: job.mapping,
    };
  }
  return {
    jobId: job.id,
    fileName: job.fileName,
    status: job.status,
    format: job.importer ? { id: job.importer.id, label: job.importer.label } : null,
    progress: job.progress,
    error: job.error,
    preview,
  };
}

const publicBatch = ({ fileHash: _hash, ...b }: Batch) => ({ ...b, formatLabel: importers.find((i) => i.id === b.format)?.label ?? b.format });

type ImportsMethod = 'imports.formats' | 'imports.preview' | 'imports.progress' | 'imports.cancel' | 'imports.commit' | 'imports.list' | 'imports.undo';

export const importsHandlers: DomainHandlers<ImportsMethod> = {
  'imports.formats': () => supportedFormats(),

  'imports.preview': (input, ctx) => {
    let file: { path: string; name: string; size: number; temp: boolean };
    if (input.uploadId !== undefined) file = { ...takeUpload(input.uploadId), temp: true };
    else {
      const path = input.path!;
      let size: number;
      try {
        const st = statSync(path);
        if (!st.isFile()) throw invalid('path', `${path} is a folder, not a file: choose the export file itself.`);
        size = st.size;
      } catch (err) {
        if (err instanceof AppError) throw err;
        throw invalid('path', `There is no file at ${path}.`);
      }
      file = { path, name: basename(path), size, temp: false };
    }
    if (file.size === 0) throw invalid('file', `${file.name} is empty (0 bytes): there is nothing to import.`);
    return jobState(ctx, startJob(file.path, file.name, { temp: file.temp, size: file.size, mapping: input.mapping }));
  },

  'imports.progress': (input, ctx) => jobState(ctx, getJob(input.jobId)),

  'imports.cancel': (input, ctx) => jobState(ctx, cancelJob(input.jobId)),

  'imports.commit': (input, ctx) => {
    const job = getJob(input.jobId);
    if (job.status === 'parsing') throw new AppError('conflict', `${job.fileName} is still being read: wait for its preview.`, 'jobId');
    if (job.status !== 'ready' || !job.parsed || !job.importer || !job.hash) {
      throw new AppError('conflict', `${job.fileName} cannot be imported: it is ${job.status}${job.error ? ` (${job.error})` : ''}.`, 'jobId');
    }
    const plan = planImport(ctx.db, job.parsed, ctx.today(), input.unit as AnswerUnit | undefined);
    if (plan.needsUnit) throw invalid('unit', `${job.fileName} gives weights without a unit: say whether they are kg or lb (CLI: --unit kg|lb).`);
    const { counts } = summarize(plan);
    if (!plan.weights.length && !plan.nights.length && !plan.foods.length && !plan.sessions.length) {
      finishJob(job);
      return { batch: null, counts: { ...counts } };
    }
    const { batchId } = commitPlan(ctx, plan, { format: job.importer.id, fileName: job.fileName, fileHash: job.hash });
    finishJob(job);
    return { batch: publicBatch(listBatches(ctx.db).find((b) => b.id === batchId)!), counts: { ...counts } };
  },

  'imports.list': (_input, ctx) => listBatches(ctx.db).map(publicBatch),

  'imports.undo': (input, ctx) => {
    const { batch, removed } = undoBatch(ctx, input.batchId);
    return { batch: publicBatch(batch), removed };
  },
};
