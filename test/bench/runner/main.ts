import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { format } from 'date-fns';
import type { SeedReport } from '../benchApi';
import {
  datasetFingerprint,
  generateNetwork,
  scaleCounts,
  type BenchNetwork,
} from '../data/generateNetwork';
import { partnerWorkbookRows, rosterWorkbookRows } from '../data/spreadsheets';
import { measureGroups } from '../measures';
import { launchProfile } from './browser';
import { benchHostFolder, buildBenchHost, startPreview } from './host';
import type { BenchSession, BenchWorkbook } from './measure';
import { buildResults } from './report';
import { runGroups } from './runGroups';
import { keptSeed, keepSeed } from './keptProfile';
import { writeStartFloorPage } from './startFloorPage';
import { writeReport } from './writeReport';
import { saveWorkbook } from './workbooks';

/** Options of a run, from the command line. */
export type BenchOptions = {
  runs: number;
  only: string[];
  port: number;
  /** A browser profile kept between runs, seeded once (`--profile DIR`); a temporary one if absent. */
  profile?: string;
};

/** Reads `--runs N`, `--only id,id`, `--port N` (or REGIA_BENCH_PORT) and `--profile DIR`. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const value = (name: string): string | undefined => {
    const index = argv.indexOf(name);
    return index === -1 ? undefined : argv[index + 1];
  };
  const runs = Number(value('--runs') ?? 5);
  // Not 4190: browsers and Node's fetch refuse it (ManageSieve, on the Fetch standard's bad ports).
  const port = Number(value('--port') ?? process.env.REGIA_BENCH_PORT ?? 4191);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number ≥ 1.');
  if (!Number.isInteger(port)) throw new Error('--port needs a port number.');
  const only = (value('--only') ?? '').split(',').filter(Boolean);
  const profile = value('--profile');
  return { runs, only, port, ...(profile ? { profile: path.resolve(profile) } : {}) };
}

const started = performance.now();
function log(message: string): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
  console.log(`[${seconds} s] ${message}`);
}

function workbook(
  folder: string,
  name: string,
  rows: BenchWorkbook['rows'],
  sheet: string,
): BenchWorkbook {
  const saved = saveWorkbook(folder, name, rows, sheet);
  log(
    `wrote ${path.relative(process.cwd(), saved.path)} (${rows.length - 1} rows, ${(saved.bytes.byteLength / 1e6).toFixed(1)} MB)`,
  );
  return { ...saved, rows };
}

/** The full Chromium version, which the reduced user agent string no longer carries. */
async function browserVersion(context: BrowserContext): Promise<string> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  try {
    const { product } = await cdp.send('Browser.getVersion');
    return product.replace(/^\D*\//, '');
  } finally {
    await cdp.detach();
  }
}

function sameRowCounts(seeded: SeedReport, network: BenchNetwork): boolean {
  return Object.entries(network.dataset).every(
    ([table, rows]) => (seeded.rows[table] ?? 0) === rows.length,
  );
}

/** Seeds the large network into the app's database through the bench page. */
async function seedLarge(page: Page, now: Date): Promise<SeedReport> {
  return page.evaluate(
    ([nowIso]) => {
      if (!globalThis.regiaBench) throw new Error('The bench page did not install its API.');
      return globalThis.regiaBench.seed('large', nowIso);
    },
    [now.toISOString()] as const,
  );
}

async function openBenchPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('[bench] ')) log(`  page: ${text.slice(8)}`);
    // The bench host has no favicon; Chromium asks for one anyway.
    else if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
      log(`  page error: ${text}`);
    }
  });
  page.on('pageerror', (error) => log(`  page error: ${error.message}`));
  await page.goto(`${url}test/bench/browser/index.html`);
  await page.waitForFunction(() => globalThis.regiaBench !== undefined, undefined, {
    timeout: 30_000,
  });
  return page;
}

/** Runs every benchmark and writes bench-results.json; returns the process exit code. */
export async function runBenchmarks(root: string, argv: readonly string[]): Promise<number> {
  const options = parseOptions(argv);
  const startLoad = os.loadavg()[0] ?? 0;
  const closers: (() => Promise<void>)[] = [];
  const closeAll = async (): Promise<void> => {
    for (const close of closers.splice(0).reverse()) {
      await close().catch((error: unknown) => log(`while closing: ${String(error)}`));
    }
  };
  let stopping = false;
  const interrupted = (): void => {
    stopping = true;
    log('interrupted: closing Chromium and the preview server');
    void closeAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  process.once('SIGHUP', interrupted);
  try {
    log(
      `npm run bench: ${options.runs} runs after a warm-up per measure; the whole run takes 8–15 minutes on 2 cores`,
    );
    log(`building the bench host (app + bench page) into ${benchHostFolder(options.port)}…`);
    buildBenchHost(root, options.port);
    writeStartFloorPage(path.join(root, benchHostFolder(options.port)));

    const now = new Date();
    const today = format(now, 'yyyy-MM-dd');
    log('generating the large network in Node (for the workbooks and the expected results)…');
    const network = generateNetwork({ scale: 'large', now });
    const folder = path.join(root, 'test-results', `bench-${options.port}`);
    const workbooks = {
      partner: workbook(
        folder,
        'partner-20000.xlsx',
        partnerWorkbookRows(network.dataset, network.mainNetworkId, 20_000),
        'Azioni',
      ),
      roster: workbook(
        folder,
        'roster-5000.xlsx',
        rosterWorkbookRows(network.dataset, network.mainNetworkId, 5_000),
        'Rete',
      ),
    };

    const server = await startPreview(root, options.port);
    closers.push(server.stop);
    log(`bench host served at ${server.url}`);

    const profileDir = options.profile ?? mkdtempSync(path.join(os.tmpdir(), 'regia-bench-'));
    if (!options.profile)
      closers.push(() => Promise.resolve(rmSync(profileDir, { recursive: true, force: true })));
    const fingerprint = datasetFingerprint(network.dataset);
    // Before the browser opens the profile: a kept one that holds other rows is emptied.
    const kept = options.profile ? keptSeed(profileDir, fingerprint) : null;
    let context = await launchProfile(profileDir);
    closers.push(() => context.close());
    let bench: Page | null = null;
    const chromiumVersion = await browserVersion(context);

    const benchPage = async (): Promise<Page> => {
      if (!bench || bench.isClosed()) bench = await openBenchPage(context, server.url);
      return bench;
    };
    let seeded: SeedReport;
    let seedSeconds = 0;
    if (kept) {
      seeded = kept;
      log(
        `the kept profile ${profileDir} holds today's large network already (and whatever earlier runs' measures wrote into it): not seeded again`,
      );
    } else {
      log(
        `seeding the large network into IndexedDB through addDataset (${scaleCounts.large.actions.toLocaleString('en')} actions; takes 2–9 minutes)…`,
      );
      const seedStart = performance.now();
      seeded = await seedLarge(await benchPage(), now);
      if (
        seeded.mainNetworkId !== network.mainNetworkId ||
        seeded.largeMeetingId !== network.largeMeetingId ||
        seeded.fingerprint !== fingerprint ||
        !sameRowCounts(seeded, network)
      ) {
        throw new Error(
          'The page generated different rows than Node from the same seed and day: check that the generator is deterministic and both run in the Europe/Rome time zone.',
        );
      }
      if (options.profile) keepSeed(profileDir, seeded);
      seedSeconds = (performance.now() - seedStart) / 1000;
      log(
        `seeded in ${seedSeconds.toFixed(0)} s (generate ${(seeded.generateMs / 1000).toFixed(1)} s, write ${(seeded.writeMs / 1000).toFixed(1)} s)`,
      );
    }

    const session: BenchSession = {
      root,
      runs: options.runs,
      url: server.url,
      network,
      seed: seeded,
      today,
      workbooks,
      context: () => context,
      relaunch: async () => {
        await context.close();
        context = await launchProfile(profileDir);
        bench = null;
        return context;
      },
      benchPage,
      log,
    };

    const collected = await runGroups(measureGroups, session, options.only);

    const specs = measureGroups
      .flatMap((group) => group.measures)
      .filter((spec) => collected.has(spec.id));
    const results = buildResults(specs, collected);
    const tableFile = writeReport(root, results, {
      startLoad,
      chromium: chromiumVersion,
      durationSeconds: Math.round((performance.now() - started) / 1000),
      runsPerMeasure: options.runs,
      data: { scale: 'large', today, rows: seeded.rows, seedSeconds: Math.round(seedSeconds) },
      folder,
    });
    log(
      `results written to bench-results.json; the README's table to ${path.relative(root, tableFile)}`,
    );
    return results.some((result) => result.outcome === 'failed') ? 1 : 0;
  } catch (error) {
    // Once interrupted, what fails is only the work the closed browser was doing.
    if (stopping) return 130;
    throw error;
  } finally {
    await closeAll();
    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
    process.removeListener('SIGHUP', interrupted);
  }
}
