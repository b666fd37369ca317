import { setTimeout as sleep } from 'node:timers/promises';
import { resolve } from 'node:path';
import type { ImportBatch, ImportJob } from '../../../shared/contract/imports';
import { COUNT_LABELS } from '../../../shared/imports';
import { AppError } from '../../errors';
import { call } from '../call';
import { int, str, table } from '../args';
import type { Command } from '../types';

/** The preview as a user reads it: what would be added, duplicates, the question, the rejected rows. */
function describePreview(job: ImportJob): string {
  const p = job.preview!;
  const lines = [`${job.fileName}: ${job.format?.label}`];
  const counts = COUNT_LABELS.filter(([k]) => p.counts[k] > 0).map(([k, label]) => `${p.counts[k]} ${label.toLowerCase()}`);
  lines.push(counts.length ? `To add: ${counts.join(', ')}${p.from ? ` (${p.from} to ${p.to})` : ''}.` : 'Nothing new to add.');
  if (p.newExercises.length) lines.push(`New custom exercises: ${p.newExercises.join(', ')}.`);
  if (p.alreadyImported) lines.push(`This file was imported before (import #${p.alreadyImported.batchId}).`);
  if (p.duplicates.inDatabase || p.duplicates.inFile) lines.push(`Duplicates skipped: ${p.duplicates.inDatabase} already in the database, ${p.duplicates.inFile} repeated in the file.`);
  for (const q of p.questions) lines.push(`Question: ${q.text} (--unit ${q.options.join('|')})`);
  if (p.rejectedCount) {
    lines.push(`Rows not imported: ${p.rejectedCount}`);
    for (const r of p.rejected.slice(0, 20)) lines.push(`  line ${r.line}: ${r.reason}`);
    if (p.rejectedCount > 20) lines.push(`  … and ${p.rejectedCount - 20} more (--json lists up to 200)`);
  }
  return lines.join('\n');
}

const describeCounts = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `${n} ${table}`)
    .join(', ') || 'nothing';

const describeBatch = (b: ImportBatch) => `#${b.id} ${b.fileName} (${b.format})`;

export const importCommands: Command[] = [
  {
    path: ['import'],
    summary: 'Import a file (Strong, Hevy, MyFitnessPal, Cronometer, a CSV of weigh-ins or sleep, …): prints the preview, then writes it unless --dry-run.',
    usage: 'import FILE [--dry-run] [--unit kg|lb]',
    options: { 'dry-run': { type: 'boolean' }, unit: { type: 'string' } },
    positionals: true,
    async run({ ctx, values, positionals, print, json, io }) {
      if (positionals.length !== 1) throw new AppError('invalid_input', 'Give exactly one FILE to import.', 'path');
      const unit = str(values, 'unit');
      if (unit !== undefined && unit !== 'kg' && unit !== 'lb') throw new AppError('invalid_input', '--unit must be kg or lb.', 'unit');
      const path = resolve(positionals[0]);
      // Our own export goes back whole (every table, as exported) into an empty database.
      const { sniffFile } = await import('../../core/imports/registry');
      const { detectOwnExport, importOwnExport, ownExportCounts } = await import('../../core/exports/restoreExport');
      if (detectOwnExport(await sniffFile(path))) {
        if (values['dry-run']) {
          const counts = ownExportCounts(path);
          print({ dryRun: true, format: 'hybrid-planner-export', counts }, () => `A Hybrid Planner export: ${describeCounts(counts)}.\nDry run: nothing was written.`);
          return;
        }
        const { call: coreCall } = await import('../../core/dispatch');
        const counts = importOwnExport(ctx, path, coreCall);
        print({ format: 'hybrid-planner-export', counts }, () => `Restored a Hybrid Planner export: ${describeCounts(counts)}.`);
        return;
      }
      let job = call(ctx, 'imports.preview', { path });
      while (job.status === 'parsing') {
        await sleep(20);
        job = call(ctx, 'imports.progress', { jobId: job.jobId });
      }
      if (job.status !== 'ready') throw new AppError('invalid_input', job.error ?? `${job.fileName} was not read (${job.status}).`, 'file');
      if (values['dry-run']) {
        call(ctx, 'imports.cancel', { jobId: job.jobId });
        print({ dryRun: true, ...job }, () => `${describePreview(job)}\nDry run: nothing was written.`);
        return;
      }
      if (!json) io.out(describePreview(job));
      const result = call(ctx, 'imports.commit', { jobId: job.jobId, ...(unit ? { unit: unit as 'kg' | 'lb' } : {}) });
      print({ ...job, result }, () => (result.batch ? `Imported as ${describeBatch(result.batch)}; undo with: imports undo --id ${result.batch.id}` : 'Nothing new: nothing was written.'));
    },
  },
  {
    path: ['imports', 'list'],
    summary: 'Every import, newest first, with what it added.',
    usage: 'imports list',
    options: {},
    run({ ctx, print }) {
      const list = call(ctx, 'imports.list', {});
      print(list, () =>
        list.length === 0
          ? 'Nothing imported yet.'
          : table(
              ['id', 'file', 'format', 'imported', 'added', 'undone'],
              list.map((b) => [b.id, b.fileName, b.format, b.createdAt.slice(0, 16).replace('T', ' '), Object.entries(b.counts).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(', '), b.undoneAt ? b.undoneAt.slice(0, 10) : '']),
            ),
      );
    },
  },
  {
    path: ['imports', 'undo'],
    summary: 'Remove everything an import added.',
    usage: 'imports undo --id ID',
    options: { id: { type: 'string' } },
    run({ ctx, values, print }) {
      const id = int(values, 'id');
      if (id === undefined) throw new AppError('invalid_input', '--id is required.', 'id');
      const r = call(ctx, 'imports.undo', { batchId: id });
      print(r, () => `Undid ${describeBatch(r.batch)}: ${r.removed} rows removed.`);
    },
  },
];
