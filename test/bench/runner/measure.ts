import type { BrowserContext, Page } from '@playwright/test';
import type { SeedReport } from '../benchApi';
import type { BenchNetwork } from '../data/generateNetwork';
import type { SheetRows } from '../data/spreadsheets';

/** Where a measure runs: in the Node runner (as the desktop app's main process does) or in Chromium. */
export type Host = 'node' | 'chromium';

/** What a figure is judged against; the bench prints the text beside it. */
export type Target =
  | { kind: 'below'; limit: number; statistic: 'median' | 'p95'; text: string }
  | { kind: 'ratio'; limit: number; text: string };

/** One figure of the bench. */
export type MeasureSpec = {
  id: string;
  title: string;
  host: Host;
  unit: 'ms' | 'MB';
  /** Empty for floors and informative figures. */
  targets: Target[];
  /** Ids of the measures whose medians add up to this one's floor, in the same run. */
  floor?: string[];
};

/** A workbook written for the run, with the rows it was written from. */
export type BenchWorkbook = { path: string; bytes: Uint8Array; rows: SheetRows };

/** What the measures share: the built host, the browser profile and the generated data. */
export type BenchSession = {
  root: string;
  /** Measured repetitions after the warm-up. */
  runs: number;
  /** Base URL of the bench host, ending in "/". */
  url: string;
  /** The large network as generated in Node: the same rows the bench page seeded. */
  network: BenchNetwork;
  seed: SeedReport;
  /** Today as `yyyy-MM-dd`, the day the data was generated around. */
  today: string;
  workbooks: { partner: BenchWorkbook; roster: BenchWorkbook };
  /** The current browser context on the persistent profile. */
  context: () => BrowserContext;
  /** Closes the browser and opens it again on the same profile: a cold start of the app. */
  relaunch: () => Promise<BrowserContext>;
  /** The bench page in the current context, opened if needed. */
  benchPage: () => Promise<Page>;
  /** Prints a progress line. */
  log: (message: string) => void;
};

/** Samples and remarks a group of measures produced. */
export type GroupResult = {
  samples: Record<string, number[]>;
  /** Remarks printed under the table and kept in the JSON, by measure id. */
  notes?: Record<string, string>;
  /** Measures of the group that could not run, with the reason. */
  pending?: Record<string, string>;
};

/** Measures taken together; a later feature adds its own group file and lists it in measures/index.ts. */
export type MeasureGroup = {
  name: string;
  measures: MeasureSpec[];
  /** Set while the feature measured does not exist: its measures are reported pending. */
  pending?: string;
  run?: (session: BenchSession) => Promise<GroupResult>;
};

/**
 * One warm-up (discarded) and then `count` measured repetitions of `once` (`session.runs` unless
 * a measure needs more samples for its 95th percentile). Slow repetitions are logged as they
 * finish, quick ones in one line at the end.
 */
export async function repeat(
  session: BenchSession,
  label: string,
  once: (run: number) => Promise<number>,
  count: number = session.runs,
): Promise<number[]> {
  const samples: number[] = [];
  let warmUp = Number.NaN;
  for (let run = 0; run <= count; run += 1) {
    const value = await once(run);
    if (run === 0) warmUp = value;
    else samples.push(value);
    if (value >= 1_000) {
      session.log(`${label}: ${run === 0 ? 'warm-up' : `run ${run}/${count}`} ${value.toFixed(0)}`);
    }
  }
  if (samples.every((value) => value < 1_000)) {
    const figures = samples.map((value) => value.toFixed(1)).join(', ');
    session.log(`${label}: warm-up ${warmUp.toFixed(1)}, runs ${figures}`);
  }
  return samples;
}
