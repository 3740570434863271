import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Runs `work`, recording the page's CPU profile when `file` is given (REGIA_BENCH_PROFILE), to
 * find where a measure spends its time; open the file in Chromium's DevTools, Performance tab.
 */
export async function withCpuProfile<T>(
  page: Page,
  file: string | null,
  work: () => Promise<T>,
): Promise<T> {
  if (file === null) return work();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(profile));
    await cdp.detach();
  }
}
