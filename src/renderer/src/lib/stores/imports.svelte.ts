// Importing a file: hand it to the core (a path in the desktop app, an upload in browser mode), follow
// the reading's progress, hold the preview until the user commits or cancels; and the import history.
import type { Output } from '../../../../shared/contract';
import type { ColumnMapping } from '../../../../shared/imports';
import { call, fileSource } from '../api';

export type ImportJob = Output<'imports.progress'>;
export type ImportBatch = Output<'imports.list'>[number];
export type CommitResult = Output<'imports.commit'>;

const POLL_MS = 150;

class ImportsStore {
  job = $state.raw<ImportJob | null>(null);
  result = $state.raw<CommitResult | null>(null);
  history = $state.raw<ImportBatch[]>([]);
  formats = $state.raw<string[]>([]);
  busy = $state(false);
  /** The file picked, kept to read it again with another column mapping. */
  private file: File | null = null;

  async load(): Promise<void> {
    const [history, formats] = await Promise.all([call('imports.list', {}), this.formats.length ? Promise.resolve(this.formats) : call('imports.formats', {})]);
    this.history = history;
    this.formats = formats;
  }

  /** Reads a file into a preview (again with `mapping`, for a CSV whose columns the user picks). */
  async open(file: File, mapping?: ColumnMapping): Promise<void> {
    this.file = file;
    this.result = null;
    this.busy = true;
    try {
      const source = await fileSource(file);
      let job = await call('imports.preview', { ...source, ...(mapping ? { mapping } : {}) });
      this.job = job;
      while (job.status === 'parsing') {
        await new Promise((r) => setTimeout(r, POLL_MS));
        job = await call('imports.progress', { jobId: job.jobId });
        if (this.job?.jobId !== job.jobId) return; // another file was picked meanwhile
        this.job = job;
      }
    } finally {
      this.busy = false;
    }
  }

  remap(mapping: ColumnMapping): Promise<void> {
    if (!this.file) return Promise.resolve();
    return this.open(this.file, mapping);
  }

  async cancel(): Promise<void> {
    if (!this.job) return;
    const job = this.job;
    this.job = null;
    this.file = null;
    await call('imports.cancel', { jobId: job.jobId });
  }

  async commit(unit: 'kg' | 'lb' | null): Promise<void> {
    if (!this.job) return;
    this.result = await call('imports.commit', { jobId: this.job.jobId, ...(unit ? { unit } : {}) });
    this.job = null;
    this.file = null;
    await this.load();
  }

  async undo(batchId: number): Promise<Output<'imports.undo'>> {
    const r = await call('imports.undo', { batchId });
    await this.load();
    return r;
  }
}

export const imports = new ImportsStore();
