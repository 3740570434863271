import Dexie from 'dexie';
import { createRepositories } from '../../../renderer/db';
import { WebBackupStore } from '../../../renderer/bridge/webBackupStore';
import {
  writeBackupInWorker,
  writeIncrementalInWorker,
} from '../../../renderer/features/backup/backupInWorker';
import { nextCopy, type NextCopy } from '../../../renderer/features/backup/incrementalCopy';
import { SafetyCopy, type SafetyCopyOutcome } from '../../../renderer/features/backup/safetyCopy';
import type { PreparedReturnsDay, ReturnsDayRequest, ReturnsDayTiming } from '../benchApi';
import {
  contextOf,
  exportReturnedWorkbook,
  importReturnedWorkbook,
  resetReturnedWorkbook,
  withDatabase,
  type ReturnedWorkbook,
} from './partnerImport';
import { progress } from './seed';

/** The workbooks of the day, one per partner, in the order they are imported. */
let returned: ReturnedWorkbook[] = [];

/**
 * Setup of the returns day (not timed): each partner is given `rowsEach` actions of the network
 * and its returned workbook written, as the 20,000-row import measure does for one partner. The
 * actions come from the end of the network's list: that measure takes its own from the start.
 */
export async function prepareReturnsDay(request: ReturnsDayRequest): Promise<PreparedReturnsDay> {
  return withDatabase(async (db) => {
    const live = (await db.actions.where('networkId').equals(request.networkId).toArray()).filter(
      (action) => action.archivedAt === null,
    );
    const needed = request.partnerIds.length * request.rowsEach;
    if (live.length < needed) {
      throw new Error(`The network has ${live.length} live actions, ${needed} wanted.`);
    }
    const pool = live.slice(live.length - needed);
    returned = [];
    for (const [index, partnerId] of request.partnerIds.entries()) {
      returned.push(
        await exportReturnedWorkbook(db, {
          networkId: request.networkId,
          partnerId,
          actions: pool.slice(index * request.rowsEach, (index + 1) * request.rowsEach),
          today: request.today,
          fileName: `scheda-restituita-${index + 1}.xlsx`,
        }),
      );
    }
    progress(`exported ${returned.length} partners' workbooks of ${request.rowsEach} actions`);
    return {
      rows: returned.map((workbook) => workbook.sheetRows.actions),
      megabytes: returned.reduce((sum, workbook) => sum + workbook.bytes.byteLength, 0) / 1e6,
    };
  });
}

/** The page's next automatic copy (useBackupActions): incremental on the store's recent full copy. */
function copyOf(store: WebBackupStore, databaseName: string): Promise<NextCopy> {
  return nextCopy({
    listBackups: () => store.list(),
    readBackup: (fileName) => store.read(fileName),
    writeIncremental: (base) => writeIncrementalInWorker(databaseName, 'bench', base),
    writeFull: () => writeBackupInWorker(databaseName, 'bench'),
  });
}

/** The page's safety copy (useBackupActions) over a backup store of the day's own. */
function safetyCopyInto(store: WebBackupStore, databaseName: string): SafetyCopy {
  return new SafetyCopy({
    listBackups: () => store.list(),
    writeBackup: async (reason) => store.write(reason, (await copyOf(store, databaseName)).bytes),
  });
}

/**
 * A returns day: the first `workbooks` returned workbooks imported back to back on one open
 * database, as the exchange page imports them (importReturnedWorkbook), each after the safety
 * copy the page takes before applying. The day starts with a backup store of its own holding the
 * week's full copy from an earlier day and no copy of today, so its first import writes the day's
 * copy as the app's first import of a day does: incremental on that full copy. After the day, one
 * more copy holds the day's changes (untimed in the day). The store is deleted afterwards.
 * Untimed before it, the workbooks are reset.
 */
export async function importReturnsDay(
  workbooks: number,
  withSafetyCopy: boolean,
): Promise<ReturnsDayTiming> {
  const day = returned.slice(0, workbooks);
  if (day.length < workbooks) throw new Error('prepareReturnsDay must run first.');
  return withDatabase(async (db) => {
    for (const workbook of day) await resetReturnedWorkbook(db, workbook);
    const repositories = createRepositories(contextOf(db));
    const storeName = `regia-bench-returns-${crypto.randomUUID()}`;
    const store = new WebBackupStore(storeName);
    const safetyCopy = safetyCopyInto(store, db.name);
    // The week's full copy, written on an earlier day (untimed): the day's copies build on it.
    const baseStart = performance.now();
    if (withSafetyCopy) {
      await store.write(
        'daily',
        await writeBackupInWorker(db.name, 'bench'),
        new Date(Date.now() - 24 * 60 * 60 * 1000),
      );
    }
    const baseCopyMs = performance.now() - baseStart;
    const outcomes: Record<string, number> = {};
    const safetyCopyMs: number[] = [];
    const takeSafetyCopy = async (): Promise<void> => {
      if (!withSafetyCopy) return;
      const before = performance.now();
      const outcome: SafetyCopyOutcome = await safetyCopy.beforeImport();
      safetyCopyMs.push(performance.now() - before);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    };
    try {
      const workbookMs: number[] = [];
      const stages: ReturnsDayTiming['stages'] = [];
      let actions = 0;
      const start = performance.now();
      for (const workbook of day) {
        const timing = await importReturnedWorkbook(db, repositories, workbook, takeSafetyCopy);
        workbookMs.push(timing.ms);
        stages.push({ parseMs: timing.parseMs, mergeMs: timing.mergeMs, applyMs: timing.applyMs });
        actions += timing.actions;
      }
      const ms = performance.now() - start;
      const backups = await store.list();
      // The next copy after the day (the next morning's, or one before a restore): the day's changes.
      const copyStart = performance.now();
      const copy = withSafetyCopy ? await copyOf(store, db.name) : null;
      const dayCopy = {
        ms: performance.now() - copyStart,
        kind: copy?.kind ?? 'full',
        megabytes: (copy?.bytes.byteLength ?? 0) / 1e6,
      };
      return {
        ms,
        workbookMs,
        safetyCopyMs,
        stages,
        outcomes,
        actions,
        backupMb: backups.reduce((sum, backup) => sum + backup.sizeBytes, 0) / 1e6,
        baseCopyMs,
        dayCopy,
      };
    } finally {
      await Dexie.delete(storeName);
    }
  });
}
