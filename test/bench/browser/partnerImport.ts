import type { Action } from '../../../shared/domain';
import { buildImportPlan, buildPartnerBase } from '../../../shared/exchange';
import {
  addDataset,
  createRegiaDatabase,
  databaseName,
  createRepositories,
  openRegiaDatabase,
  type RegiaDatabase,
  type Repositories,
  type RepositoryContext,
} from '../../../renderer/db';
import { exportBatchRecord } from '../../../renderer/features/exchange/export/exportBatchRecord';
import { applyImportPlan } from '../../../renderer/features/exchange/import/applyImport';
import { prepareImport } from '../../../renderer/features/exchange/import/prepareImport';
import { readSpreadsheetInWorker } from '../../../renderer/spreadsheet/readInWorker';
import type { ImportTiming, PartnerReturnRequest, PreparedReturn, Timing } from '../benchApi';
import { returnedWorkbookBytes } from '../data/partnerReturn';
import { openDatabase, rememberWorkbook, transactionDone } from './floors';
import { progress } from './seed';

/** A partner's workbook as exported and returned: the file, and the actions as exported. */
export type ReturnedWorkbook = {
  networkId: string;
  fileName: string;
  bytes: Uint8Array;
  exported: Action[];
  /** The import batches of this file so far, removed before it is imported again. */
  importBatchIds: string[];
  /** Rows of the workbook's actions, contacts and indicators sheets. */
  sheetRows: { actions: number; contacts: number; indicators: number };
};

let state: ReturnedWorkbook | null = null;

/** The key under which the returned workbook is kept for the SheetJS floor. */
export const returnedWorkbookKey = 'partner-return';

/** The repositories' context of the bench: every write is the benchmark user's. */
export function contextOf(db: RegiaDatabase): RepositoryContext {
  return { db, identity: () => ({ userName: 'Benchmark', userOrganization: 'Regia' }) };
}

/** Runs work on a connection of its own to the app's database, closed afterwards. */
export async function withDatabase<T>(work: (db: RegiaDatabase) => Promise<T>): Promise<T> {
  const db = createRegiaDatabase();
  await openRegiaDatabase(db);
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

function base64Of(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(text);
}

/** What to export to one partner and get back: these actions, given to the partner first. */
export type ReturnRequest = {
  networkId: string;
  partnerId: string;
  actions: readonly Action[];
  today: string;
  fileName: string;
};

/**
 * Setup of an import (not timed): gives the partner the actions (no partner of the generated
 * data owns more than a few dozen), exports its workbook with the exchange feature's own code
 * and records the export batch as the export does, then edits the actions sheet as a partner
 * would and answers the returned file.
 */
export async function exportReturnedWorkbook(
  db: RegiaDatabase,
  request: ReturnRequest,
): Promise<ReturnedWorkbook> {
  const network = await db.networks.get(request.networkId);
  const partner = await db.organizations.get(request.partnerId);
  if (!network || !partner) throw new Error('The import partner or its network is missing.');
  const contacts = await db.contacts.where('organizationId').equals(partner.id).toArray();
  const owned = request.actions.map((action) => ({
    ...action,
    ownerOrganizationId: partner.id,
    ownerContactId: contacts[0]?.id ?? null,
  }));
  await db.actions.bulkPut(owned);
  const projects = await db.projects.where('networkId').equals(network.id).toArray();
  const indicators = await db.indicators
    .where('projectId')
    .anyOf(projects.map((project) => project.id))
    .toArray();
  const indicatorValues = await db.indicatorValues
    .where('indicatorId')
    .anyOf(indicators.map((indicator) => indicator.id))
    .toArray();
  const batchId = crypto.randomUUID();
  const exportedAt = new Date().toISOString();
  const base = buildPartnerBase({
    network,
    partner,
    actions: owned,
    contacts,
    projects,
    indicators,
    indicatorValues,
    batchId,
    exportedAt,
    returnBy: request.today,
    today: request.today,
  });
  const batch = exportBatchRecord({
    batchId,
    exportedAt,
    networkId: network.id,
    partnerId: partner.id,
    fileName: request.fileName,
    base,
  });
  await addDataset(contextOf(db), { exchangeBatches: [batch] }, { source: 'ui' });
  return {
    networkId: network.id,
    fileName: request.fileName,
    bytes: returnedWorkbookBytes(base),
    exported: owned,
    importBatchIds: [],
    sheetRows: {
      actions: base.sheets.actions.length,
      contacts: base.sheets.contacts.length,
      indicators: base.sheets.indicators.length,
    },
  };
}

/**
 * Setup of the import measure (not timed): gives one partner `rows` actions of the network and
 * writes the workbook it returns (exportReturnedWorkbook), kept for the SheetJS floor.
 */
export async function preparePartnerReturn(request: PartnerReturnRequest): Promise<PreparedReturn> {
  return withDatabase(async (db) => {
    const chosen = (await db.actions.where('networkId').equals(request.networkId).toArray())
      .filter((action) => action.archivedAt === null)
      .slice(0, request.rows);
    if (chosen.length < request.rows) {
      throw new Error(`The network has ${chosen.length} live actions, ${request.rows} wanted.`);
    }
    const returned = await exportReturnedWorkbook(db, {
      networkId: request.networkId,
      partnerId: request.partnerId,
      actions: chosen,
      today: request.today,
      fileName: `scheda-restituita-${request.rows}.xlsx`,
    });
    progress(`gave ${chosen.length.toLocaleString('en')} actions to one partner and exported them`);
    rememberWorkbook(returnedWorkbookKey, returned.bytes);
    state = returned;
    return {
      base64: base64Of(returned.bytes),
      rows: returned.sheetRows.actions,
      contacts: returned.sheetRows.contacts,
      indicators: returned.sheetRows.indicators,
    };
  });
}

/**
 * Untimed, before an import of a file imported before: its actions go back to their exported
 * state and its earlier import batches are removed, so it applies the same changes again.
 */
export async function resetReturnedWorkbook(
  db: RegiaDatabase,
  returned: ReturnedWorkbook,
): Promise<void> {
  await db.actions.bulkPut(returned.exported);
  await db.exchangeBatches.bulkDelete(returned.importBatchIds.splice(0));
}

/**
 * One import of a returned workbook as the exchange page does it, without the dialogs: its
 * fingerprint taken and read in the spreadsheet worker as the web host opens a file, recognised
 * and merged (prepareImport), every change the partner made accepted (the review's defaults),
 * then `beforeConfirmed` (where the page takes its safety copy) and the apply in one
 * transaction. Its time runs from the read to the apply's commit.
 */
export async function importReturnedWorkbook(
  db: RegiaDatabase,
  repositories: Repositories,
  returned: ReturnedWorkbook,
  beforeConfirmed: () => Promise<void> = () => Promise.resolve(),
): Promise<ImportTiming> {
  const start = performance.now();
  // As the web host opens a file: its bytes' SHA-256, then the reading in the worker.
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new Uint8Array(returned.bytes)),
  );
  const fingerprint = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
  const read = await readSpreadsheetInWorker(returned.bytes);
  if (!read.ok) throw new Error(`The returned workbook was refused: ${read.problem.code}`);
  const parsed = performance.now();
  const review = await prepareImport(
    db,
    returned.networkId,
    returned.fileName,
    read.grid,
    fingerprint,
  );
  const plan = buildImportPlan(review.review, review.base, new Map());
  const merged = performance.now();
  await beforeConfirmed();
  const confirmed = performance.now();
  const batch = await applyImportPlan(db, repositories, plan, {
    networkId: returned.networkId,
    fileName: returned.fileName,
    fingerprint: review.fingerprint,
    review: review.review,
    stale: review.stale,
  });
  const applied = performance.now();
  returned.importBatchIds.push(batch.id);
  return {
    ms: applied - start,
    parseMs: parsed - start,
    mergeMs: merged - parsed,
    applyMs: applied - confirmed,
    actions: plan.actions.length,
    counts: review.review.counts,
  };
}

/**
 * One import of the returned workbook of preparePartnerReturn (importReturnedWorkbook), after
 * its untimed reset, so every run applies the same changes to the same database.
 */
export async function importPartnerReturn(): Promise<ImportTiming> {
  const prepared = state;
  if (!prepared) throw new Error('preparePartnerReturn must run first.');
  return withDatabase(async (db) => {
    await resetReturnedWorkbook(db, prepared);
    return importReturnedWorkbook(db, createRepositories(contextOf(db)), prepared);
  });
}

/** The tables an import of actions writes, in the order it writes them. */
const importedTables = ['exchangeBatches', 'actions', 'actionUpdates', 'auditEntries'] as const;

/**
 * The floor of an import's apply: the very records the last import wrote (the updated actions,
 * their timeline entries, the batch and every audit entry) put again with the raw IndexedDB API
 * into the app's own stores, with their indexes, in one strict transaction. Untimed before it,
 * the created records are deleted and the actions set back as exported, so the puts write what
 * the import wrote over what it found.
 */
export async function rawWriteOfLastImport(): Promise<Timing> {
  const prepared = state;
  const batchId = prepared?.importBatchIds.at(-1);
  if (!prepared || batchId === undefined) throw new Error('importPartnerReturn must run first.');
  const rows = await withDatabase(async (db) => {
    const auditEntries = await db.auditEntries.where('batchId').equals(batchId).toArray();
    const idsOf = (table: string): string[] => [
      ...new Set(
        auditEntries.filter((entry) => entry.table === table).map((entry) => entry.recordId),
      ),
    ];
    const [exchangeBatches, actions, actionUpdates] = await Promise.all([
      db.exchangeBatches.bulkGet(idsOf('exchangeBatches')),
      db.actions.bulkGet(idsOf('actions')),
      db.actionUpdates.bulkGet(idsOf('actionUpdates')),
    ]);
    await db.transaction('rw', [db.actions, db.actionUpdates, db.auditEntries], async () => {
      await db.auditEntries.bulkDelete(auditEntries.map((entry) => entry.id));
      await db.actionUpdates.bulkDelete(idsOf('actionUpdates'));
      await db.actions.bulkPut(prepared.exported);
    });
    return { exchangeBatches, actions, actionUpdates, auditEntries };
  });
  const idb = await openDatabase(databaseName);
  try {
    const start = performance.now();
    const writing = idb.transaction([...importedTables], 'readwrite', { durability: 'strict' });
    let count = 0;
    for (const table of importedTables) {
      const store = writing.objectStore(table);
      for (const row of rows[table]) {
        if (row === undefined) continue;
        store.put(row);
        count += 1;
      }
    }
    await transactionDone(writing);
    return { ms: performance.now() - start, count };
  } finally {
    idb.close();
  }
}
