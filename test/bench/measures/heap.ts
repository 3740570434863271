import type { Page } from '@playwright/test';

/** The page's JS heap in MB after a forced garbage collection: what the data really keeps alive. */
export async function heapMegabytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize');
    if (!used) throw new Error('Chromium reported no JSHeapUsedSize.');
    return used.value / 1024 / 1024;
  } finally {
    await cdp.detach();
  }
}
