import type { ActionStatus } from '../../shared/domain';
import type { BenchScale } from './data/generateNetwork';

/** What seeding a scale wrote and how long it took. */
export type SeedReport = {
  mainNetworkId: string;
  largeMeetingId: string;
  /** `datasetFingerprint` of the generated rows. */
  fingerprint: string;
  /** Rows written per table, audit entries excluded. */
  rows: Record<string, number>;
  generateMs: number;
  writeMs: number;
};

/** One timed repetition measured inside the page, with what it found. */
export type Timing = { ms: number; count: number };

/** Which actions the filter measures select: a status, or the actions one partner owns. */
export type ActionsQuery = {
  networkId: string;
  today: string;
  status: ActionStatus | null;
  ownerOrganizationId: string | null;
};

/** The functions the bench page exposes to the Node runner, which calls them with `page.evaluate`. */
export type BenchApi = {
  /** Generates a scale in the page and writes it into the app's database through `addDataset`. */
  seed: (scale: BenchScale, nowIso: string) => Promise<SeedReport>;
  /** Parses an .xlsx file (base64) with SheetJS and turns its first sheet into objects. */
  sheetjsRead: (key: string, base64: string | null) => Promise<Timing>;
  /** Puts `count` action rows read from the app's database into an empty store, in one transaction. */
  rawIndexedDbPut: (count: number) => Promise<Timing>;
  /** Reads every action with a plain IndexedDB cursor and keeps those matching the query's status. */
  cursorScan: (query: ActionsQuery) => Promise<Timing>;
  /** Reads the actions of the query's status through the app's Dexie compound index. */
  dexieIndexedQuery: (query: ActionsQuery) => Promise<Timing>;
  /** Runs the actions feature's own query, or says why it cannot. */
  actionsFilter: (query: ActionsQuery) => Promise<Timing | { pending: string }>;
};

declare global {
  /** Installed by the bench page (test/bench/browser/main.ts). */
  var regiaBench: BenchApi | undefined;
  /** Set by the cold-start init script when the overview shows the number of members. */
  var regiaOverviewDrawnAt: number | undefined;
}
