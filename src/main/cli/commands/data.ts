import { call } from '../call';
import { AppError } from '../../errors';
import type { BackupInfo, BackupPreview } from '../../../shared/contract/backup';
import { flag, requireStr, str, table } from '../args';
import type { Command } from '../types';

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

export function describePreview(p: BackupPreview): string {
  const c = p.counts;
  return [
    `${p.path} (schema version ${p.schemaVersion})`,
    `  ${p.from ? `${p.from} → ${p.to}` : 'nothing logged'}${p.hasProfile ? ', with a profile' : ', no profile'}`,
    `  ${c.weighIns} weigh-ins, ${c.diaryEntries} diary entries (${c.diaryDays} marked days), ${c.customFoods} custom foods, ${c.recipes} recipes`,
    `  ${c.sessions} sessions with ${c.sets} sets, ${c.sleepNights} nights of sleep, ${c.routines} routines, ${c.templates} templates`,
  ].join('\n');
}

const describeBackup = (b: BackupInfo) => `${b.path} (${b.reason}, ${mb(b.bytes)})`;

export const dataCommands: Command[] = [
  {
    path: ['export'],
    summary: 'Export everything you entered: a zip of CSV files (one per table) or one JSON file (docs/export-format.md).',
    usage: 'export --format csv|json --out PATH',
    options: { format: { type: 'string' }, out: { type: 'string' } },
    async run({ ctx, values, print }) {
      const format = requireStr(values, 'format');
      if (format !== 'csv' && format !== 'json') throw new AppError('invalid_input', `--format must be csv (a zip of CSV files) or json; got "${format}".`, 'format');
      const out = requireStr(values, 'out');
      const { createExport } = await import('../../core/exports/create');
      const r = createExport(ctx, call, format, out);
      const rows = Object.entries(r.counts).filter(([, n]) => n > 0).map(([t, n]) => `${n} ${t}`);
      print(r, () => `Exported to ${r.path} (${mb(r.bytes)}): ${rows.join(', ') || 'nothing entered yet'}.`);
    },
  },
  {
    path: ['backup'],
    summary: 'Back up the database now: into the backups folder next to it, or to --out PATH.',
    usage: 'backup [--out PATH]',
    options: { out: { type: 'string' } },
    async run({ ctx, values, print }) {
      const out = str(values, 'out');
      if (out === undefined) {
        const b = call(ctx, 'backup.create', {});
        print(b, () => `Backed up to ${describeBackup(b)}`);
        return;
      }
      const { copyDatabase } = await import('../../core/backup/backups');
      copyDatabase(ctx.dbPath, out, ctx.db);
      print({ path: out }, () => `Backed up to ${out}`);
    },
  },
  {
    path: ['backups'],
    summary: 'List the backups next to the database, newest first.',
    usage: 'backups',
    options: {},
    run({ ctx, print }) {
      const r = call(ctx, 'backup.list', {});
      print(r, () =>
        r.backups.length === 0
          ? `No backups yet in ${r.folder}.`
          : [`${r.folder} (the newest ${r.keep} are kept)`, table(['taken (UTC)', 'why', 'size', 'name'], r.backups.map((b) => [b.takenAt.slice(0, 19).replace('T', ' '), b.reason, mb(b.bytes), b.name]))].join('\n'),
      );
    },
  },
  {
    path: ['restore'],
    summary: 'Show what a backup holds; with --yes, replace the database with it (the current file is kept first).',
    usage: 'restore PATH [--yes]',
    options: { yes: { type: 'boolean' } },
    positionals: true,
    // Not through the ordinary open: restoring must work when the database itself is damaged.
    async runOnFile({ dbPath, values, positionals, print }) {
      if (positionals.length !== 1) throw new AppError('invalid_input', 'Give the backup to restore: restore PATH [--yes]', 'path');
      const file = positionals[0];
      const [{ previewBackup, DEFAULT_KEEP }, { stageRestore, swapIn }] = await Promise.all([import('../../core/backup/backups'), import('../../core/backup/restore')]);
      const preview = previewBackup(file);
      if (!flag(values, 'yes')) {
        print({ preview, restored: false }, () => `${describePreview(preview)}\n\nNothing was changed. To replace ${dbPath} with it, run again with --yes.`);
        return;
      }
      const staged = stageRestore(dbPath, file, DEFAULT_KEEP);
      swapIn(staged).close();
      const kept = staged.keptAt ? `The previous database is kept at ${staged.keptAt}.` : 'There was no database before.';
      print({ preview, restored: true, dbPath, previous: staged.keptAt || null }, () => `${describePreview(preview)}\n\nRestored into ${dbPath}. ${kept}`);
    },
  },
];
