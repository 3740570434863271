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

/** What the import measure's setup asks: give `rows` actions to a partner and export them. */
export type PartnerReturnRequest = {
  networkId: string;
  partnerId: string;
  rows: number;
  today: string;
};

/** The returned workbook the setup wrote (base64, to be saved by the runner) and its rows. */
export type PreparedReturn = { base64: string; rows: number; contacts: number; indicators: number };

/** One import of a returned partner workbook, whole and by stage, with what it found. */
export type ImportTiming = {
  ms: number;
  parseMs: number;
  mergeMs: number;
  applyMs: number;
  /** Actions the plan updated. */
  actions: number;
  /** Review lines by outcome. */
  counts: Record<string, number>;
};

/** The returns day's setup: one returned workbook per partner, `rowsEach` changed actions each. */
export type ReturnsDayRequest = {
  networkId: string;
  partnerIds: string[];
  rowsEach: number;
  today: string;
};

/** The workbooks the returns day's setup wrote: the actions rows of each, their size in all. */
export type PreparedReturnsDay = { rows: number[]; megabytes: number };

/** A returns day: its imports back to back, each with the safety copy the app takes first. */
export type ReturnsDayTiming = {
  ms: number;
  /** Each import, from reading the file to the apply's commit, its safety copy included. */
  workbookMs: number[];
  /** The safety copy before each import. */
  safetyCopyMs: number[];
  /** Each import's stages: read in the worker, merge, apply (its safety copy apart). */
  stages: Pick<ImportTiming, 'parseMs' | 'mergeMs' | 'applyMs'>[];
  /** What the safety copies did (written, existing, awaited), by count. */
  outcomes: Record<string, number>;
  /** Actions the day's imports updated. */
  actions: number;
  /** Size of the backups the day wrote. */
  backupMb: number;
  /** The full copy of an earlier day the day's incremental copies build on (written untimed). */
  baseCopyMs: number;
  /** The incremental copy taken after the day: every change of its sixty imports. */
  dayCopy: { ms: number; kind: 'full' | 'incremental'; megabytes: number };
};

/** Which partners' workbooks an export writes. */
export type ExportRequest = { networkId: string; partnerIds: string[]; today: string };

/** One export of partner workbooks and what it wrote. */
export type ExportTiming = { ms: number; count: number; skipped: number; batches: number };

/** One table import of the roster workbook, whole and by stage, with what it did. */
export type RosterImportTiming = {
  ms: number;
  parseMs: number;
  planMs: number;
  applyMs: number;
  rows: number;
  invalidRows: number;
  /** Organizations of the file proposed as links to existing ones. */
  linked: number;
  memberships: number;
  organizations: number;
  contacts: number;
};

/** Which map the map measures draw: a network cut to its most connected organizations. */
export type MapRequest = { networkId: string; nodes: number; edges: number };

/** One opening of the map: first frame and layout settled, from the controller's creation. */
export type MapOpenTiming = {
  layoutMs: number;
  firstFrameMs: number;
  nodes: number;
  edges: number;
};

/** The functions the bench page exposes to the Node runner, which calls them with `page.evaluate`. */
/** A backup or restore: its time, the heap's peak growth meanwhile, the file's size, its rows. */
export type BackupTiming = { ms: number; peakMb: number; sizeMb: number; count: number };

export type BenchApi = {
  /** Writes the whole database into a backup file on the page, keeping it for the restore. */
  backupLarge: () => Promise<BackupTiming>;
  /** Restores the last backup into a separate database, deleted afterwards. */
  restoreLarge: () => Promise<BackupTiming>;
  /** Reads every row of every table with plain IndexedDB cursors: the floor of a backup. */
  cursorReadEveryTable: () => Promise<Timing>;
  /** Reads every row of every table by primary key, one `getAll` per page of rows: the other floor. */
  pagedReadEveryTable: () => Promise<Timing>;
  /** Puts every row of every table, read beforehand, into an empty copy of the schema in one transaction: the floor of a restore. */
  rawPutEveryTable: () => Promise<Timing>;
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
  /** SheetJS parse plus `sheet_to_json` of every sheet of a workbook the page built. */
  sheetjsReadWorkbook: (key: string) => Promise<Timing>;
  /** Gives a partner many actions, exports its workbook and edits it as the partner would. */
  preparePartnerReturn: (request: PartnerReturnRequest) => Promise<PreparedReturn>;
  /** Imports the returned workbook: read, merge, apply. */
  importPartnerReturn: () => Promise<ImportTiming>;
  /** Puts the records the last import wrote again with raw IndexedDB: the apply's floor. */
  rawWriteOfLastImport: () => Promise<Timing>;
  /** Gives each partner some actions, exports its workbook and edits it as the partner would. */
  prepareReturnsDay: (request: ReturnsDayRequest) => Promise<PreparedReturnsDay>;
  /** Imports the first `workbooks` returned workbooks back to back, with or without the safety copy. */
  importReturnsDay: (workbooks: number, withSafetyCopy: boolean) => Promise<ReturnsDayTiming>;
  /** Exports the partners' workbooks through the exchange feature. */
  exportPartners: (request: ExportRequest) => Promise<ExportTiming>;
  /** Writes the same workbooks' sheets with SheetJS. */
  sheetjsWritePartners: (request: ExportRequest) => Promise<Timing>;
  /** Imports the roster workbook (base64, sent once) into a new network through the table import. */
  importRoster: (templateNetworkId: string, base64: string | null) => Promise<RosterImportTiming>;
  /** Opens the network map and waits for its layout to settle. */
  mapOpen: (request: MapRequest) => Promise<MapOpenTiming>;
  /** Pans the opened map (mouse drag or arrow-key pan), or sigma with one node (floor), for some frames; returns the frame intervals. */
  mapPan: (
    frames: number,
    how: 'drag' | 'keys' | 'floor',
  ) => Promise<Timing & { intervals: number[] }>;
};

declare global {
  /** Installed by the bench page (test/bench/browser/main.ts). */
  var regiaBench: BenchApi | undefined;
  /** Set by the cold-start init script when the overview shows the number of members. */
  var regiaOverviewDrawnAt: number | undefined;
  var regiaOverviewCompleteAt: number | undefined;
}
