import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { RegiaApp } from './pages/RegiaApp';

/** What a browser context holds after the demo load: its IndexedDB and local storage. */
export type DemoNetworkState = Awaited<ReturnType<BrowserContext['storageState']>>;

type DemoTestFixtures = {
  /**
   * A page in a fresh context whose IndexedDB already holds the demo network, not yet opened:
   * the test calls `open()` as on an empty app (an init script it adds first still runs).
   */
  demoPage: Page;
};

type DemoWorkerFixtures = {
  /** The demo network as loaded once per worker through «Carica rete di esempio». */
  demoNetwork: DemoNetworkState;
};

/**
 * Playwright's `test` with `demoPage`. Clicking through the demo load costs several seconds of a
 * shared 2-core machine in each test; restoring its storage costs a fraction of that. Tests whose
 * point is the demo load itself (first start, durability) still click through it.
 */
export const test = base.extend<DemoTestFixtures, DemoWorkerFixtures>({
  demoNetwork: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, locale, timezoneId } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, locale, timezoneId });
      const app = new RegiaApp(await context.newPage());
      await app.open();
      await app.loadDemo();
      // The action figures are the last the overview fills in: once they show, every write is done.
      await app.statistic('stat-open-actions');
      const state = await context.storageState({ indexedDB: true });
      await context.close();
      await use(state);
    },
    // Its own budget, outside the first test's: on a loaded machine the demo load nears a minute.
    { scope: 'worker', timeout: 180_000 },
  ],
  demoPage: async ({ browser, demoNetwork }, use) => {
    // The test's own options (base URL, locale, downloads, tracing) are added by Playwright.
    const context = await browser.newContext({ storageState: demoNetwork });
    await use(await context.newPage());
    await context.close();
  },
});

export { expect } from '@playwright/test';
