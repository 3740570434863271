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
