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

/**
 * The file to profile run 1 of a measure into when REGIA_BENCH_PROFILE names it, else null:
 * `REGIA_BENCH_PROFILE=meeting.open,meeting.live npm run bench -- --only meeting.` profiles both.
 */
export function profileFile(root: string, id: string, run: number): string | null {
  const asked = (process.env.REGIA_BENCH_PROFILE ?? '').split(',');
  return run === 1 && asked.includes(id)
    ? path.join(root, 'test-results', 'bench', `${id}.cpuprofile`)
    : null;
}
