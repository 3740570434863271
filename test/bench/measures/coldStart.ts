import path from 'node:path';
import type { Page } from '@playwright/test';
import { automaticBackupSize } from '../runner/appPage';
import { profileFile, withCpuProfile } from '../runner/cpuProfile';
import type { BenchSession, MeasureGroup } from '../runner/measure';
import { startFloorPath } from '../runner/startFloorPage';
import { heapMegabytes } from './heap';

/**
 * Marks the first frame in which the overview's member count shows a number, and the first in
 * which its overdue-actions count does too: the action figures are read after the rest.
 */
function overviewProbe(): void {
  const shows = (testId: string): boolean => {
    const card = document.querySelector(`[data-testid="${testId}"]`);
    const value = card?.querySelector('p:last-of-type')?.textContent ?? '';
    return /^\d[\d.,\s\u202f]*$/.test(value.trim());
  };
  const observer = new MutationObserver(() => {
    if (globalThis.regiaOverviewDrawnAt === undefined && shows('stat-members')) {
      globalThis.regiaOverviewDrawnAt = Number.NaN;
      requestAnimationFrame(() => {
        globalThis.regiaOverviewDrawnAt = performance.now();
      });
    }
    if (shows('stat-overdue')) {
      observer.disconnect();
      requestAnimationFrame(() => {
        globalThis.regiaOverviewCompleteAt = performance.now();
      });
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

type StartFigures = { coldStart: number; complete: number; heap: number; page: Page };

const startTimeoutMs = 120_000;

/** Says what the page showed instead of the overview, and keeps a screenshot of it. */
async function startFailure(
  session: BenchSession,
  page: Page,
  errors: readonly string[],
  cause: unknown,
): Promise<Error> {
  const screenshot = path.join(session.root, 'test-results', 'bench', 'cold-start-failure.png');
  await page.screenshot({ path: screenshot }).catch(() => undefined);
  const text = await page
    .locator('body')
    .innerText({ timeout: 2_000 })
    .catch(() => '');
  const shown = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  const problems = errors.length > 0 ? `; page errors: ${errors.slice(0, 3).join(' | ')}` : '';
  return new Error(
    `The overview did not show the member count within ${startTimeoutMs / 1000} s; the page showed "${shown}"${problems} (screenshot: ${path.relative(session.root, screenshot)})`,
    { cause },
  );
}

async function startApp(session: BenchSession, profileFile: string | null): Promise<StartFigures> {
  const context = await session.relaunch();
  await context.addInitScript(overviewProbe);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await withCpuProfile(page, profileFile, async () => {
    await page.goto(`${session.url}renderer/index.html`, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(
        () => globalThis.regiaOverviewCompleteAt !== undefined,
        undefined,
        {
          timeout: startTimeoutMs,
          polling: 100,
        },
      );
    } catch (error) {
      throw await startFailure(session, page, errors, error);
    }
  });
  const marks = await page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((mark) => mark.name.startsWith('regia:'))
      .map((mark) => `${mark.name.slice(6)} ${mark.startTime.toFixed(0)}`)
      .join(', '),
  );
  session.log(`cold start: marks ${marks}`);
  const [coldStart, complete] = await page.evaluate(() => [
    globalThis.regiaOverviewDrawnAt ?? Number.NaN,
    globalThis.regiaOverviewCompleteAt ?? Number.NaN,
  ]);
  const shown = await page.getByTestId('stat-members').locator('p').last().innerText();
  const expected = expectedMembers(session);
  if (Number(shown.replace(/\D/g, '')) !== expected) {
    throw new Error(`The overview shows ${shown} members, the seeded network has ${expected}.`);
  }
  return { coldStart, complete, heap: await heapMegabytes(page), page };
}

function expectedMembers(session: BenchSession): number {
  return session.network.dataset.memberships.filter(
    (membership) => membership.networkId === session.seed.mainNetworkId,
  ).length;
}

/**
 * The floor of a cold start: the browser reopened on the same profile, to the frame in which the
 * floor page (no framework) draws one word, or, with `database`, the member count it read from
 * the stored database through its index.
 */
async function startFloorPage(session: BenchSession, database: boolean): Promise<number> {
  const context = await session.relaunch();
  const page = context.pages()[0] ?? (await context.newPage());
  const query = database
    ? `?database=regia&network=${encodeURIComponent(session.seed.mainNetworkId)}`
    : '';
  await page.goto(`${session.url}${startFloorPath}${query}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => globalThis.regiaFloorDrawnAt !== undefined, undefined, {
    timeout: startTimeoutMs,
    polling: 100,
  });
  const shown = await page.locator('p').innerText();
  const expected = database ? String(expectedMembers(session)) : 'Regia';
  if (shown !== expected) throw new Error(`The floor page drew "${shown}", not "${expected}".`);
  return page.evaluate(() => globalThis.regiaFloorDrawnAt ?? Number.NaN);
}

/** The overview's member count must be drawn before the daily backup starts, 4 s after start-up. */
const dailyBackupDelayMs = 4_000;

/**
 * Cold start: the browser reopened on the seeded profile, from navigation start to the frame
 * showing the overview's member count; then the renderer's JS heap after a forced garbage
 * collection. The warm-up start also waits for the app's daily automatic backup, which a first
 * start of the day writes, so it cannot disturb the measured starts.
 */
export const coldStart: MeasureGroup = {
  name: 'cold start',
  measures: [
    {
      id: 'app.cold-start',
      title: 'cold start to the overview’s first figures drawn (large database)',
      host: 'chromium',
      unit: 'ms',
      // Issue 20's target for a quiet machine.
      targets: [{ kind: 'below', limit: 800, statistic: 'median', text: '< 0.8 s' }],
      floor: ['floor.start-database'],
    },
    {
      id: 'floor.start-page',
      title: 'floor: cold start of an empty page of the same host, to one word drawn',
      host: 'chromium',
      unit: 'ms',
      targets: [],
    },
    {
      id: 'floor.start-database',
      title:
        'floor: cold start of a page without framework that opens the large database and draws the member count read by index',
      host: 'chromium',
      unit: 'ms',
      targets: [],
    },
    {
      id: 'app.cold-start-complete',
      title: 'cold start to the overview’s action figures drawn too',
      host: 'chromium',
      unit: 'ms',
      targets: [],
    },
    {
      id: 'app.heap',
      title: 'renderer JS heap after the overview, after GC',
      host: 'chromium',
      unit: 'MB',
      targets: [{ kind: 'below', limit: 300, statistic: 'median', text: '< 300 MB' }],
    },
    {
      id: 'app.daily-backup',
      title: 'daily automatic backup of the large database (first start, once)',
      host: 'chromium',
      unit: 'ms',
      targets: [],
    },
  ],
  run: async (session) => {
    const starts: number[] = [];
    const emptyStarts: number[] = [];
    const databaseStarts: number[] = [];
    const completes: number[] = [];
    const heaps: number[] = [];
    const notes: Record<string, string> = {};
    const backup: number[] = [];
    // Measures before this one opened the app, which wrote the day's backup: remove it, so the
    // warm-up start is a first start of the day again and the backup it writes can be timed.
    // A fresh browser first: no page of the app may hold the backup store open.
    await session.relaunch();
    const benchPage = await session.benchPage();
    await benchPage.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('regia-backups');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error ?? new Error('cannot delete regia-backups'));
          request.onblocked = () => reject(new Error('regia-backups is still open in a page'));
        }),
    );
    for (let run = 0; run <= session.runs; run += 1) {
      // REGIA_BENCH_PROFILE=start (alone or in a list) profiles run 1.
      const profile = profileFile(session.root, 'start', run);
      const figures = await startApp(session, profile);
      if (profile !== null) session.log(`cold start: CPU profile of run 1 written to ${profile}`);
      const what = run === 0 ? 'warm-up' : `run ${run}/${session.runs}`;
      session.log(
        `cold start: ${what} ${figures.coldStart.toFixed(0)} ms (action figures ${figures.complete.toFixed(0)} ms), heap ${figures.heap.toFixed(0)} MB`,
      );
      if (run > 0) {
        // The floors taken between the app's starts share their moment's load.
        const empty = await startFloorPage(session, false);
        const database = await startFloorPage(session, true);
        session.log(
          `cold start floors: run ${run}/${session.runs} empty page ${empty.toFixed(0)} ms, page reading the database ${database.toFixed(0)} ms`,
        );
        emptyStarts.push(empty);
        databaseStarts.push(database);
        starts.push(figures.coldStart);
        completes.push(figures.complete);
        heaps.push(figures.heap);
        continue;
      }
      session.log('cold start: waiting for the daily automatic backup of the first start…');
      const deadline = Date.now() + 300_000;
      let size: number | null = null;
      while (size === null && Date.now() < deadline) {
        await figures.page.waitForTimeout(250);
        size = await automaticBackupSize(figures.page);
      }
      if (size === null)
        throw new Error('The daily automatic backup was not written within 5 min.');
      const writtenAt = await figures.page.evaluate(() => performance.now());
      if (writtenAt < dailyBackupDelayMs)
        throw new Error(
          'A backup was stored before the daily one was due: the timing would be wrong.',
        );
      backup.push(writtenAt - dailyBackupDelayMs);
      notes['app.daily-backup'] =
        `${(size / 1e6).toFixed(1)} MB; timed from its 4 s start-up delay to stored (±250 ms polling)`;
      session.log(
        `daily backup: ${(size / 1e6).toFixed(1)} MB, stored ${(writtenAt / 1000).toFixed(1)} s after start`,
      );
    }
    notes['app.cold-start'] =
      'browser restarted on the same profile for each run; to the frame showing the member count, with the page, the projects and the next meeting';
    notes['app.cold-start-complete'] =
      'to the frame showing the overdue count: the open actions, read once the first figures are shown';
    notes['floor.start-database'] =
      'floor/start.html, written into the bench host by the runner: indexedDB.open, one count on memberships.networkId, then a <p>; each floor start follows an app start of the same run';
    notes['app.heap'] =
      'CDP Performance.getMetrics JSHeapUsedSize after HeapProfiler.collectGarbage';
    return {
      samples: {
        'app.cold-start': starts,
        'floor.start-page': emptyStarts,
        'floor.start-database': databaseStarts,
        'app.cold-start-complete': completes,
        'app.heap': heaps,
        'app.daily-backup': backup,
      },
      notes,
    };
  },
};
