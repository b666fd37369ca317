// The Import screen in Chromium (browser mode): a Strong CSV uploaded, previewed, committed; the
// Training log and Insights fill from it; the import is undone from the history. Screenshots and axe.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { addDays } from '../../src/shared/dates';
import { expect, SCREENSHOT_DIR, startApp, test, watchConsole } from './fixtures';

const TODAY = '2026-11-26';

/** Eight weeks of a Strong export (semicolon dialect): three lifting sessions a week, warm-ups and Rest Timer rows. */
function strongExport(): { path: string; sessions: number; sets: number } {
  const lines = ['Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration'];
  let sessions = 0;
  let sets = 0;
  for (let d = 56; d >= 1; d--) {
    const date = addDays(TODAY, -d);
    if (d % 7 !== 1 && d % 7 !== 3 && d % 7 !== 5) continue;
    sessions++;
    const lifts = d % 7 === 1 ? ['Squat (Barbell)', 'Deadlift (Barbell)'] : ['Bench Press (Barbell)', 'Overhead Press (Barbell)'];
    for (const ex of lifts) {
      const base = ex.startsWith('Squat') ? 110 : ex.startsWith('Dead') ? 140 : ex.startsWith('Bench') ? 85 : 55;
      lines.push(`${date} 07:00:00;"Session";"${ex}";W;${base / 2};kg;5;;;;0;"";"";1h 5m`);
      for (let s = 1; s <= 3; s++) lines.push(`${date} 07:00:00;"Session";"${ex}";${s};${base + (56 - d) * 0.25};kg;5;8;;;0;"";"";1h 5m`);
      lines.push(`${date} 07:00:00;"Session";"${ex}";Rest Timer;;;;;;;180;"";"";1h 5m`);
      sets += 4;
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'hp-e2e-import-'));
  const path = join(dir, 'strong_workouts.csv');
  writeFileSync(path, `\uFEFF${lines.join('\n')}\n`);
  return { path, sessions, sets };
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const size = page.viewportSize()!;
  for (const width of [1024, 1440]) {
    await page.setViewportSize({ width, height: size.height });
    const height = await page.evaluate(() => document.querySelector('main')!.scrollHeight + 40);
    await page.setViewportSize({ width, height: Math.max(size.height, height) });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: join(SCREENSHOT_DIR, `import-${name}-${width}-${colorScheme}.png`) });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(size);
}

async function axe(page: Page): Promise<void> {
  // The Import screen itself (the shell's own findings belong to the shell's checks).
  const results = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** An Apple Health export.zip as the iPhone writes it: export.xml inside apple_health_export/. */
function appleHealthZip(): string {
  const xml = readFileSync(join(__dirname, '../fixtures/imports/apple-health-export.xml'));
  const dir = mkdtempSync(join(tmpdir(), 'hp-e2e-ah-'));
  const path = join(dir, 'export.zip');
  writeFileSync(path, zipSync({ 'apple_health_export/export.xml': new Uint8Array(xml), 'apple_health_export/export_cda.xml': new Uint8Array(0) }));
  return path;
}

test.describe('Import screen', () => {
  test('an Apple Health export.zip: preview, commit, weight and sleep fill, undo takes it back', async ({ page }) => {
    // The export's own days (March 2024), so the screens' default ranges show them.
    const app = await startApp({ today: '2024-03-20' });
    try {
      const errors = watchConsole(page);
      await page.goto(app.url);
      await page.getByTestId('nav-import').click();
      await page.getByTestId('import-file').setInputFiles(appleHealthZip());
      const preview = page.getByTestId('import-preview');
      await expect(preview).toContainText('export.zip · Apple Health');
      await expect(preview.locator('[data-count="weighIns"]')).toHaveText('2');
      await expect(preview.locator('[data-count="nights"]')).toHaveText('2');
      await expect(preview.locator('[data-count="sessions"]')).toHaveText('4');
      expect((await app.rpc('weight.list', {})).body.value).toEqual([]);

      await page.getByTestId('import-commit').click();
      await expect(page.getByTestId('import-notice')).toContainText('Imported export.zip');
      // Each weigh-in in kg, the pound one converted; the nights on their wake-up days.
      const weights = (await app.rpc('weight.list', {})).body.value as { date: string; weightKg: number }[];
      expect(weights.map((w) => [w.date, Math.round(w.weightKg * 10) / 10]).sort()).toEqual([
        ['2024-03-14', 81.4],
        ['2024-03-16', 81.7],
      ]);
      const nights = (await app.rpc('sleep.list', {})).body.value as { date: string }[];
      expect(nights.map((n) => n.date).sort()).toEqual(['2024-03-15', '2024-03-16']);

      // The weight chart draws them.
      await page.getByTestId('nav-weight').click();
      const chart = page.getByTestId('weight-chart');
      await expect(chart).toHaveAttribute('data-painted', /\d+/);
      expect(JSON.parse((await chart.getAttribute('data-series'))!).points.map((p: { date: string }) => p.date)).toEqual(['2024-03-14', '2024-03-16']);

      await page.getByTestId('nav-import').click();
      await page.getByTestId('import-undo').click();
      await expect(page.getByTestId('import-history-row')).toContainText('undone');
      expect((await app.rpc('weight.list', {})).body.value).toEqual([]);
      expect((await app.rpc('sleep.list', {})).body.value).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  test('a Strong CSV: preview, commit, the training log and insights fill, undo takes it back', async ({ page }) => {
    const app = await startApp({ today: TODAY });
    const file = strongExport();
    try {
      const errors = watchConsole(page);
      await page.goto(app.url);
      await page.getByTestId('nav-import').click();
      await expect(page.getByTestId('import-history-empty')).toBeVisible();
      await expect(page.getByTestId('import-formats')).toContainText('Strong (CSV)');
      await axe(page);
      await shoot(page, 'empty');

      await page.getByTestId('import-file').setInputFiles(file.path);
      const preview = page.getByTestId('import-preview');
      await expect(preview).toBeVisible();
      await expect(preview).toContainText('strong_workouts.csv · Strong (CSV)');
      await expect(preview.locator('[data-count="sessions"]')).toHaveText(String(file.sessions));
      await expect(preview.locator('[data-count="sets"]')).toHaveText(String(file.sets));
      await expect(page.getByTestId('import-range')).toHaveText('Covers 3 Oct – 25 Nov.');
      // Nothing is written before the commit.
      expect((await app.rpc('session.list', { from: addDays(TODAY, -60), to: TODAY })).body.value).toEqual([]);
      await axe(page);
      await shoot(page, 'preview');

      await page.getByTestId('import-commit').click();
      await expect(page.getByTestId('import-notice')).toContainText('Imported strong_workouts.csv');
      await expect(page.getByTestId('import-history-row')).toHaveCount(1);
      await expect(page.getByTestId('import-history-row')).toContainText(`${file.sessions} sessions, ${file.sets} sets`);
      const logged = (await app.rpc('session.list', { from: addDays(TODAY, -60), to: TODAY })).body.value;
      expect(logged).toHaveLength(file.sessions);

      // The training log lists the imported sessions; the weekly stress chart has their load.
      await page.getByTestId('nav-training').click();
      await expect(page.getByTestId('recent').locator('.recent-session').first()).toContainText('65 min');
      await page.getByTestId('nav-insights').click();
      const stress = page.getByTestId('stress-chart');
      await expect(stress).toHaveAttribute('data-painted', /\d+/);
      const weeks = JSON.parse((await stress.getAttribute('data-series'))!) as { strengthAU: number }[];
      const strength = weeks.reduce((t, w) => t + w.strengthAU, 0);
      expect(strength).toBe(logged.reduce((t: number, s: { loadAU: number }) => t + s.loadAU, 0));

      await page.getByTestId('nav-import').click();
      await expect(page.getByTestId('import-history-row')).toHaveCount(1);
      await axe(page);
      await shoot(page, 'history');
      await page.getByTestId('import-undo').click();
      await expect(page.getByTestId('import-notice')).toContainText(`Undid the import of strong_workouts.csv: ${file.sessions} rows removed.`);
      await expect(page.getByTestId('import-history-row')).toContainText('undone');
      expect((await app.rpc('session.list', { from: addDays(TODAY, -60), to: TODAY })).body.value).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  test('a file without a weight unit asks for it; an unknown file is refused with the formats we read', async ({ page }) => {
    const app = await startApp({ today: TODAY });
    const dir = mkdtempSync(join(tmpdir(), 'hp-e2e-import-'));
    writeFileSync(join(dir, 'Measurement-Summary.csv'), 'Date,Weight\n2026-11-20,180.4\n2026-11-21,179.8\n');
    writeFileSync(join(dir, 'notes.txt'), 'just some words\n');
    try {
      await page.goto(app.url);
      await page.getByTestId('nav-import').click();
      await page.getByTestId('import-file').setInputFiles(join(dir, 'Measurement-Summary.csv'));
      await expect(page.getByTestId('import-unit')).toBeVisible();
      await expect(page.getByTestId('import-commit')).toBeDisabled();
      await page.getByLabel('Pounds (lb)').check();
      await page.getByTestId('import-commit').click();
      await expect(page.getByTestId('import-history-row')).toContainText('2 weigh-ins');
      const w = (await app.rpc('weight.list', { from: '2026-11-20', to: '2026-11-21' })).body.value;
      expect(w.map((x: { weightKg: number }) => x.weightKg)).toEqual([81.56, 81.83]);

      await page.getByTestId('import-file').setInputFiles(join(dir, 'notes.txt'));
      await expect(page.getByTestId('import-failed')).toContainText('notes.txt is not a format we recognise. Formats we import:');
      await expect(page.getByTestId('import-history-row')).toHaveCount(1);
    } finally {
      await app.stop();
    }
  });
});
