import type { Locator, Page } from '@playwright/test';
import { normalizeForSearch } from '../../../shared/search';
import { openAppPage } from '../runner/appPage';
import type { BenchSession, GroupResult, MeasureGroup } from '../runner/measure';
import { heapMegabytes } from './heap';

/** Typed one character at a time; the first query is the warm-up. */
const warmUpQuery = 'milano';
const queries = ['rozzano', 'coop', 'girasole', 'lodi', 'fonda'];

/** How long the roster must stay unchanged before a keystroke's update counts as finished. */
const quietMs = 400;

type SearchProbe = { keydownAt: number; changedAt: number; frameAt: number };

declare global {
  /** Installed by the roster search measure on the search box. */
  var regiaSearchProbe: SearchProbe | undefined;
}

/** Times each keystroke from keydown to the frame after the last change of the page's main area. */
function installProbe(input: HTMLElement | SVGElement): void {
  const probe: SearchProbe = { keydownAt: 0, changedAt: 0, frameAt: 0 };
  globalThis.regiaSearchProbe = probe;
  input.addEventListener(
    'keydown',
    () => {
      probe.keydownAt = performance.now();
      probe.changedAt = 0;
      probe.frameAt = 0;
    },
    { capture: true },
  );
  const main = document.querySelector('main') ?? document.body;
  new MutationObserver(() => {
    probe.changedAt = performance.now();
    requestAnimationFrame(() => {
      probe.frameAt = performance.now();
    });
  }).observe(main, { childList: true, subtree: true, characterData: true });
}

async function settled(page: Page): Promise<SearchProbe> {
  await page.waitForFunction(
    (quiet) => {
      const probe = globalThis.regiaSearchProbe;
      if (!probe) return false;
      const last = Math.max(probe.keydownAt, probe.changedAt);
      return performance.now() - last > quiet && probe.frameAt >= probe.changedAt;
    },
    quietMs,
    { polling: 50, timeout: 60_000 },
  );
  const probe = await page.evaluate(() => globalThis.regiaSearchProbe);
  if (!probe) throw new Error('The search probe disappeared: the page was reloaded.');
  return probe;
}

/** How many members match a query the way the roster search matches: every word a word prefix. */
function expectedMatches(session: BenchSession, query: string): number {
  const words = normalizeForSearch(query).split(' ').filter(Boolean);
  return session.network.dataset.organizations.filter((organization) =>
    words.every((word) => organization.searchWords.some((candidate) => candidate.startsWith(word))),
  ).length;
}

async function openRoster(
  session: BenchSession,
  page: Page,
): Promise<{ search: Locator; rows: Locator }> {
  await page
    .getByRole('navigation', { name: 'Navigazione principale' })
    .getByRole('link', { name: 'Rete', exact: true })
    .click();
  const rows = page.locator('[data-testid="roster-table"] tbody tr');
  const search = page
    .getByRole('textbox', { name: 'Cerca', exact: true })
    .or(page.getByRole('searchbox', { name: 'Cerca', exact: true }));
  const start = Date.now();
  await rows.first().waitFor({ timeout: 120_000 });
  await search.waitFor({ timeout: 10_000 });
  session.log(`roster search: the Rete page listed its members in ${Date.now() - start} ms`);
  return { search, rows };
}

/** The roster search with every organization of the large network: keystroke to updated list. */
export const rosterSearch: MeasureGroup = {
  name: 'roster search',
  measures: [
    {
      id: 'roster.search',
      title: 'roster search, keystroke to updated list (5,000 members)',
      host: 'chromium',
      unit: 'ms',
      targets: [{ kind: 'below', limit: 50, statistic: 'p95', text: '< 50 ms p95' }],
    },
    {
      id: 'app.heap-roster',
      title: 'renderer JS heap with the Rete page listing 5,000 members, after GC',
      host: 'chromium',
      unit: 'MB',
      targets: [{ kind: 'below', limit: 300, statistic: 'median', text: '< 300 MB' }],
    },
  ],
  run: async (session): Promise<GroupResult> => {
    const page = await openAppPage(session);
    let roster: { search: Locator; rows: Locator };
    try {
      roster = await openRoster(session, page);
    } catch (error) {
      return {
        samples: {},
        pending: {
          'app.heap-roster': 'roster page not usable for the bench',
          'roster.search': `roster page not usable for the bench: ${String(error).split('\n')[0]}`,
        },
      };
    }
    await roster.search.evaluate(installProbe);
    await roster.search.click();
    const samples: number[] = [];
    const heaps: number[] = [];
    let unchanged = 0;
    for (const query of [warmUpQuery, ...queries]) {
      for (let length = 1; length <= query.length; length += 1) {
        await page.keyboard.type(query.charAt(length - 1));
        const probe = await settled(page);
        const typed = query.slice(0, length);
        const expected = expectedMatches(session, typed);
        const shown = await roster.rows.count();
        if (expected > 0 && shown === 0) {
          throw new Error(
            `After typing "${typed}" the roster shows no rows; ${expected} organizations match.`,
          );
        }
        if (probe.changedAt === 0) {
          unchanged += 1;
          continue;
        }
        const latency = Math.max(probe.frameAt, probe.changedAt) - probe.keydownAt;
        if (query !== warmUpQuery) samples.push(latency);
        session.log(
          `roster search: "${typed}" ${latency.toFixed(0)} ms (${shown} rows drawn, ${expected} match)${query === warmUpQuery ? ' warm-up' : ''}`,
        );
      }
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await settled(page);
      // With the whole list back on screen: the heap the roster keeps alive.
      if (query !== warmUpQuery) heaps.push(await heapMegabytes(page));
    }
    return {
      samples: { 'roster.search': samples, 'app.heap-roster': heaps },
      notes: {
        'roster.search': `${samples.length} keystrokes over ${queries.map((query) => `"${query}"`).join(', ')}${unchanged > 0 ? `; ${unchanged} keystroke(s) changed nothing on screen and are not counted` : ''}`,
        'app.heap-roster': 'taken after each query is cleared, with every member listed again',
      },
    };
  },
};
