import type { Page } from '@playwright/test';
import type { BenchSession } from './measure';

/**
 * The app's page of the session, loaded and in front, with its navigation drawn. The bench page
 * is opened later and sits in front otherwise: a tab behind it gets no animation frames and its
 * timers are aligned to whole seconds, which would time Chromium's throttling, not the app.
 */
export async function openAppPage(session: BenchSession): Promise<Page> {
  const context = session.context();
  const page = context.pages()[0] ?? (await context.newPage());
  if (!page.url().includes('/renderer/index.html')) {
    await page.goto(`${session.url}renderer/index.html`);
  }
  await page.bringToFront();
  await page
    .getByRole('navigation', { name: 'Navigazione principale' })
    .waitFor({ timeout: 120_000 });
  return page;
}

/** Goes back to the meetings list, so the next opening of a meeting starts from the same place. */
export async function leaveMeeting(page: Page): Promise<void> {
  await page.evaluate(() => {
    location.hash = '#/riunioni';
  });
  await page.getByRole('heading', { level: 1, name: 'Riunioni' }).waitFor({ timeout: 60_000 });
}

/** The largest backup in the app's automatic backup store (null if none), read without creating the store. */
export async function automaticBackupSize(page: Page): Promise<number | null> {
  return page.evaluate(async () => {
    const databases = await indexedDB.databases();
    if (!databases.some((database) => database.name === 'regia-backups')) return null;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('regia-backups');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('cannot open regia-backups'));
    });
    try {
      if (!db.objectStoreNames.contains('backups')) return null;
      const store = db.transaction('backups', 'readonly').objectStore('backups');
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = store.getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('cannot read backups'));
      });
      const sizes = rows.map((row) =>
        typeof row === 'object' && row !== null && 'sizeBytes' in row ? Number(row.sizeBytes) : 0,
      );
      return sizes.length === 0 ? null : Math.max(...sizes);
    } finally {
      db.close();
    }
  });
}

/**
 * Waits until the app's automatic backup store holds a backup: on a first start of the day the
 * app writes its daily backup a few seconds after start, in a worker that takes a core for tens
 * of seconds, which would otherwise land in whatever is timed next.
 */
export async function waitForDailyBackup(page: Page, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await automaticBackupSize(page)) === null) {
    if (Date.now() > deadline) {
      throw new Error(`The daily automatic backup was not written within ${timeoutMs / 1000} s.`);
    }
    await page.waitForTimeout(250);
  }
}
