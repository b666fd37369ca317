// The Data screen in Chromium (browser mode): exports download as files, backups list with what each
// holds, restore after a preview and a confirmation; axe finds no serious or critical violation.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, shootView, startApp, test, watchConsole } from './fixtures';
import { dayRangeText } from '../../src/shared/dateFormat';

const TODAY = '2026-11-26';

async function openData(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('nav-data').click();
  await expect(page.getByRole('heading', { name: 'Data', level: 1 })).toBeVisible();
}

/** This screen (the shell around it is checked on its own). */
async function noSeriousViolations(page: Page): Promise<void> {
  const r = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}


test.describe('Data view', () => {
  test('demo data: exports download, the start-up backup previews and restores', async ({ page }) => {
    const app = await startApp({ today: TODAY, demo: true });
    try {
      const errors = watchConsole(page);
      // browser mode backs the demo up a few seconds after it starts, out of the way of the first page
      await expect.poll(async () => (await app.rpc('backup.list', {})).body.value.backups.length, { timeout: 20_000 }).toBe(1);
      await openData(page, app.url);
      const rows = page.getByTestId('backup-row');
      await expect(rows).toHaveCount(1);
      await expect(rows.first()).toContainText('automatic');
      await expect(page.getByTestId('backup-folder')).toHaveText(`${app.dbPath}.backups`);

      const [zip] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
      expect(zip.suggestedFilename()).toMatch(/^hybrid-planner-export-\d{8}T\d{9}Z\.zip$/);
      const files = unzipSync(readFileSync((await zip.path())!));
      const weighIns = strFromU8(files['weighIns.csv']).trim().split('\r\n');
      expect(weighIns[0]).toBe('date,weightKg,bodyFatPct');
      const listed = await app.rpc('weight.list', { from: '2026-01-01', to: TODAY });
      expect(weighIns.length - 1).toBe(listed.body.value.length);
      await expect(page.getByTestId('data-notice')).toContainText(`${app.dbPath}.exports`);

      const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
      const doc = JSON.parse(readFileSync((await json.path())!, 'utf8'));
      expect(doc).toMatchObject({ format: 'hybrid-planner-export', version: 1 });
      expect(doc.weighIns).toHaveLength(listed.body.value.length);
      // the download route wants the token and only serves the exports folder's own files
      const origin = `http://127.0.0.1:${app.port}`;
      expect((await fetch(`${origin}/download/${json.suggestedFilename()}`)).status).toBe(401);
      expect((await fetch(`${origin}/download/..%2Ftest.db`, { headers: { Authorization: `Bearer ${app.token}` } })).status).toBe(404);

      await noSeriousViolations(page);
      await shootView(page, 'data', 1024);
      await shootView(page, 'data', 1440);

      // something new after the backup, which the restore takes away again
      expect((await app.rpc('weight.add', { date: TODAY, weightKg: 60 })).status).toBe(200);
      await page.getByTestId('backup-preview').first().click();
      const panel = page.getByTestId('backup-preview-panel');
      const preview = (await app.rpc('backup.preview', { name: await rows.first().getAttribute('data-name') })).body.value;
      await expect(panel.getByTestId('preview-range')).toContainText(`Covers ${dayRangeText(preview.from, preview.to, 'en-GB', TODAY)}, with a profile; schema version ${preview.schemaVersion}`);
      await expect(panel.getByTestId('preview-counts')).toContainText(`Weigh-ins${preview.counts.weighIns}`);
      await expect(panel.getByTestId('preview-counts')).toContainText(`Sets${preview.counts.sets.toLocaleString('en-US')}`);
      await panel.getByTestId('restore-start').click();
      await expect(panel.getByTestId('restore-warning')).toBeVisible();
      await noSeriousViolations(page);
      await shootView(page, 'data-restore', 1024);
      await panel.getByTestId('restore-confirm').click();
      await expect(page.getByTestId('data-notice')).toContainText('Restored the backup');
      await expect(rows).toHaveCount(2);
      await expect(rows.first()).toContainText('before a restore');
      const after = await app.rpc('weight.list', { from: TODAY, to: TODAY });
      expect(after.body.value.map((w: { weightKg: number }) => w.weightKg)).not.toContain(60);
      expect(errors).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  test('empty database: no backups yet, back up by hand, keep fewer', async ({ page, app }) => {
    const errors = watchConsole(page);
    await openData(page, app.url);
    await expect(page.getByTestId('backups-empty')).toBeVisible();
    await noSeriousViolations(page);
    await shootView(page, 'data-empty', 1024);
    await page.getByTestId('backup-keep').fill('2');
    await page.getByTestId('backup-keep-save').click();
    await expect(page.getByTestId('data-notice')).toHaveText('The newest 2 backups are kept.');
    for (let i = 1; i <= 3; i++) {
      await page.getByTestId('backup-now').click();
      await expect(page.getByTestId('data-notice')).toContainText('Backed up to');
      await expect(page.getByTestId('backup-row')).toHaveCount(Math.min(i, 2));
    }
    await expect(page.getByTestId('backup-row').first()).toContainText('by hand');
    expect(errors).toEqual([]);
  });
});
