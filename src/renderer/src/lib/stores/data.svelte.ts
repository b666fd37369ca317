// The Data screen's state: the backups next to the database, how many are kept, and exports.
import type { Output } from '../../../../shared/contract';
import { call, download } from '../api';

export type BackupList = Output<'backup.list'>;
export type Backup = BackupList['backups'][number];
export type Preview = Output<'backup.preview'>;
export type ExportResult = Output<'export.create'>;

class DataStore {
  list = $state.raw<BackupList | null>(null);

  async load(): Promise<void> {
    this.list = await call('backup.list', {});
  }
  async backUp(): Promise<Backup> {
    const b = await call('backup.create', {});
    await this.load();
    return b;
  }
  preview(name: string): Promise<Preview> {
    return call('backup.preview', { name });
  }
  async restore(name: string): Promise<Output<'backup.restore'>> {
    const r = await call('backup.restore', { name });
    await this.load();
    return r;
  }
  async setKeep(keep: number): Promise<void> {
    await call('backup.setKeep', { keep });
    await this.load();
  }
  /** Writes the export next to the database; in browser mode the file is then downloaded too. */
  async exportAs(format: 'csv' | 'json'): Promise<{ result: ExportResult; downloaded: boolean }> {
    const result = await call('export.create', { format });
    return { result, downloaded: await download(`/download/${encodeURIComponent(result.name)}`, result.name) };
  }
}

export const data = new DataStore();
