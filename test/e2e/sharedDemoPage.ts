import type { BrowserContext, Page } from '@playwright/test';
import { test } from './fixtures';
import { RegiaApp } from './pages/RegiaApp';

/** How the shared page is set up before the app first opens in it. */
export type SharedDemoPageOptions = {
  /** Run on the new page before the app opens: init scripts, emulated media. */
  prepare?: (page: Page) => Promise<void>;
};

/**
 * One page holding the demo network, opened once for all the tests of the spec file (or describe
 * block) that calls this, instead of a fresh context and app start per test (about 3 s each).
 * For tests that only read, or that write only records of their own: each test starts wherever
 * the previous one left the page, so it navigates to what it needs first. After a failure
 * Playwright starts a new worker for the rest of the file, which opens a fresh page, so a failed
 * test cannot leave its state to the next.
 */
export function sharedDemoPage(options: SharedDemoPageOptions = {}): () => Page {
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  test.beforeAll(async ({ browser, demoNetwork }, testInfo) => {
    // The app's first start under a load of 30 runs past the default minute a hook gets.
    testInfo.setTimeout(Math.max(testInfo.timeout, 120_000));
    // Outside a test Playwright does not add the project's options: they are passed here.
    const { baseURL, locale, timezoneId } = testInfo.project.use;
    context = await browser.newContext({
      baseURL,
      locale,
      timezoneId,
      acceptDownloads: true,
      storageState: demoNetwork,
    });
    page = await context.newPage();
    await options.prepare?.(page);
    const app = new RegiaApp(page);
    await app.open();
    await app.waitForDemo();
  });
  test.afterAll(async () => {
    await context?.close();
  });
  return () => {
    if (!page)
      throw new Error('The shared demo page is opened in beforeAll: use it inside a test.');
    return page;
  };
}
