import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { RegiaApp } from './pages/RegiaApp';

async function counts(
  app: RegiaApp,
): Promise<{ members: number; actions: number; projects: number }> {
  await app.goTo('Panoramica');
  return {
    members: await app.statistic('stat-members'),
    actions: await app.statistic('stat-open-actions'),
    projects: await app.statistic('stat-projects'),
  };
}

/** Deletes Regia's database the way a lost profile would, and reloads. */
async function clearDatabase(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('regia');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(new Error('delete failed'));
      }),
  );
  await page.goto('./#/');
  await page.reload();
}

// Each test loads the demo, visits pages and writes or restores backups in a worker: on a loaded
// 2-core machine that runs past the default 60 s with every step passing.
test.slow();

test('backup, clear and restore bring every record back', async ({ demoPage: page }) => {
  const app = new RegiaApp(page);
  await app.open();
  await app.waitForDemo();
  const before = await counts(app);

  await app.goTo('Impostazioni');
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Salva backup su file…' }).click();
  const download = await downloadPromise;
  // The backup is taken off the page, in a worker.
  expect(workers.some((url) => url.includes('backupWorker'))).toBe(true);
  expect(download.suggestedFilename()).toMatch(/^regia-backup-\d{4}-\d{2}-\d{2}-\d{4}\.regia$/);
  const backupPath = test.info().outputPath('backup.regia');
  await download.saveAs(backupPath);
  expect((await readFile(backupPath)).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));

  await clearDatabase(page);
  await expect(page.getByRole('heading', { name: 'Benvenuto in Regia' })).toBeVisible({
    timeout: 30_000,
  });

  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Ripristina da un backup' }).click();
  await (await chooserPromise).setFiles(backupPath);
  const dialog = page.getByRole('dialog', { name: 'Ripristinare questo backup?' });
  await expect(dialog.getByTestId('backup-summary')).toContainText(
    'Patto Territoriale per il Lavoro Sud-Est Milano',
  );
  await expect(dialog.getByRole('row', { name: /^Enti \d+$/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Sostituisci i dati e ripristina' }).click();

  await expect(page.getByText(/Ripristino completato/)).toBeVisible({ timeout: 60_000 });
  expect(await counts(app)).toEqual(before);
});

test('restoring over existing data first saves an automatic backup of it', async ({
  demoPage: page,
}) => {
  const app = new RegiaApp(page);
  await app.open();
  await app.waitForDemo();
  await app.goTo('Impostazioni');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Salva backup su file…' }).click();
  const backupPath = test.info().outputPath('backup.regia');
  await (await downloadPromise).saveAs(backupPath);

  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Ripristina da file…' }).click();
  await (await chooserPromise).setFiles(backupPath);
  await page.getByRole('button', { name: 'Sostituisci i dati e ripristina' }).click();
  await expect(page.getByText(/Ripristino completato/)).toBeVisible({ timeout: 60_000 });

  await app.goTo('Impostazioni');
  await expect(page.getByTestId('automatic-backups')).toContainText('prima di un ripristino');
});

test('a file that is not a backup is refused and nothing changes', async ({ demoPage: page }) => {
  const app = new RegiaApp(page);
  await app.open();
  await app.waitForDemo();
  const before = await counts(app);
  await app.goTo('Impostazioni');
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Ripristina da file…' }).click();
  await (
    await chooserPromise
  ).setFiles({
    name: 'verbale.regia',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('questo non è un backup'),
  });
  await expect(page.getByText(/non è un backup di Regia valido/)).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Ripristinare questo backup?' })).toHaveCount(0);
  expect(await counts(app)).toEqual(before);
});
