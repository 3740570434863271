import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useCallback, useMemo } from 'react';
import {
  inspectBackupChain,
  summaryOfReport,
  withBackupProblem,
  type BackupProblem,
  type BackupSummary,
} from '../../../shared/backup';
import type { AutomaticBackup, BackupReason } from '../../../shared/contract';
import { tableNames } from '../../../shared/domain';
import { bridge } from '../../bridge';
import {
  backupRowOptions,
  currentSchemaVersion,
  restoreBackupFiles,
  writeDatabaseBackup,
  type AuditIdentity,
  type RegiaDatabase,
} from '../../db';
import { notifyProblem, notifySuccess, reportFailure } from '../../app/notify';
import { useRegia, type Translate } from '../../app/RegiaContext';
import {
  BackupFileProblem,
  BackupWorkerUnavailable,
  inspectBackupInWorker,
  restoreBackupInWorker,
  writeBackupInWorker,
  writeIncrementalInWorker,
} from './backupInWorker';
import { writeIncrementalBackup } from '../../db/backupDelta';
import { nextCopy } from './incrementalCopy';
import { BackupSummaryView } from './BackupSummaryView';
import { backupFileFilters, backupFileName } from './backupFileName';
import { SafetyCopy } from './safetyCopy';

/** The key under which a message survives the reload that follows a restore. */
export const afterReloadMessageKey = 'regia.afterReloadMessage';

async function hasAnyData(db: RegiaDatabase): Promise<boolean> {
  const counts = await Promise.all(
    tableNames.filter((name) => name !== 'settings').map((name) => db.table(name).count()),
  );
  return counts.some((count) => count > 0);
}

function problemMessage(t: Translate, problem: BackupProblem): string {
  if (problem.kind === 'newer') return t('error.backupNewer', { version: problem.formatVersion });
  if (problem.kind === 'newerSchema') {
    return t('error.backupNewerSchema', {
      version: problem.schemaVersion,
      current: currentSchemaVersion,
    });
  }
  return t('error.backupInvalid', { details: problem.details });
}

/** A backup of the database in a worker; on the page only where a worker cannot open it. */
function encodeDatabase(db: RegiaDatabase, appVersion: string): Promise<Uint8Array> {
  return writeBackupInWorker(db.name, appVersion).catch(() => writeDatabaseBackup(db, appVersion));
}

/** Reads a copy (a full backup, then its incremental copies) through in a worker. */
async function inspectFiles(files: Uint8Array[]): Promise<BackupSummary> {
  try {
    return await inspectBackupInWorker(files);
  } catch (error) {
    if (!(error instanceof BackupWorkerUnavailable)) throw error;
    const read = withBackupProblem(() => inspectBackupChain(files, backupRowOptions));
    if (!read.ok) throw new BackupFileProblem(read.problem);
    return summaryOfReport(read.value);
  }
}

/** Restores a copy from a worker (on the page where no worker runs). */
async function restoreFiles(
  db: RegiaDatabase,
  files: Uint8Array[],
  identity: AuditIdentity,
): Promise<BackupSummary> {
  try {
    return await restoreBackupInWorker({ kind: 'restore', databaseName: db.name, files, identity });
  } catch (error) {
    if (!(error instanceof BackupWorkerUnavailable)) throw error;
    const restored = await restoreBackupFiles(db, files, identity);
    return summaryOfReport(restored);
  }
}

/** The files of an automatic copy: its base first when it is incremental. */
async function automaticCopyFiles(fileName: string): Promise<Uint8Array[]> {
  const listed = await bridge.listAutomaticBackups();
  const baseFileName = listed.find((backup) => backup.fileName === fileName)?.baseFileName;
  const bytes = await bridge.readAutomaticBackup(fileName);
  if (!baseFileName) return [bytes];
  const base = await bridge.readAutomaticBackup(baseFileName).catch(() => null);
  if (!base) {
    throw new BackupFileProblem({
      kind: 'invalid',
      details: `la copia completa su cui si basa (${baseFileName}) non c'è più`,
    });
  }
  return [base, bytes];
}

/** The next automatic copy of the database: incremental where a recent full copy allows it. */
async function encodeAutomaticCopy(db: RegiaDatabase, appVersion: string): Promise<Uint8Array> {
  const copy = await nextCopy({
    listBackups: () => bridge.listAutomaticBackups(),
    readBackup: (fileName) => bridge.readAutomaticBackup(fileName),
    writeIncremental: (base) =>
      writeIncrementalInWorker(db.name, appVersion, base).catch((error: unknown) => {
        if (!(error instanceof BackupWorkerUnavailable)) throw error;
        return writeIncrementalBackup(db, base, appVersion);
      }),
    writeFull: () => encodeDatabase(db, appVersion),
  });
  return copy.bytes;
}

// One per database connection: the safety copy being written is shared by every caller. Keyed by
// the connection itself, since the app opens a new one after the database is replaced.
const safetyCopies = new WeakMap<RegiaDatabase, SafetyCopy>();

function safetyCopyOf(db: RegiaDatabase, appVersion: string): SafetyCopy {
  let copy = safetyCopies.get(db);
  if (!copy) {
    copy = new SafetyCopy({
      listBackups: () => bridge.listAutomaticBackups(),
      writeBackup: async (reason: BackupReason): Promise<AutomaticBackup | null> => {
        if (!(await hasAnyData(db))) return null;
        return bridge.writeAutomaticBackup({
          reason,
          bytes: await encodeAutomaticCopy(db, appVersion),
        });
      },
    });
    safetyCopies.set(db, copy);
  }
  return copy;
}

/** Backup and restore as the user sees them: files, confirmation, safety copy, notifications. */
export function useBackupActions() {
  const { db, t, appInfo, settings } = useRegia();
  const safetyCopy = useMemo(() => safetyCopyOf(db, appInfo.version), [db, appInfo.version]);

  // Before an import, the day's full copy (plus the import's own undo) is the safety copy: a
  // full backup is written only when none of today's exists.
  const writeAutomaticBackup = useCallback(
    async (reason: BackupReason): Promise<void> => {
      if (reason === 'beforeImport') await safetyCopy.beforeImport();
      else await safetyCopy.write(reason);
    },
    [safetyCopy],
  );

  const restore = useCallback(
    async (files: Uint8Array[]) => {
      const loadingId = notifications.show({
        loading: true,
        message: t('backup.restoring'),
        autoClose: false,
        withCloseButton: false,
      });
      try {
        await writeAutomaticBackup('beforeRestore');
        const identity = {
          userName: settings.userName,
          userOrganization: settings.userOrganization,
        };
        const summary = await restoreFiles(db, files, identity);
        sessionStorage.setItem(
          afterReloadMessageKey,
          t('backup.restored', { count: summary.totalRows }),
        );
        location.reload();
      } finally {
        notifications.hide(loadingId);
      }
    },
    [db, t, settings.userName, settings.userOrganization, writeAutomaticBackup],
  );

  const confirmRestore = useCallback(
    async (files: () => Promise<Uint8Array[]>) => {
      let summary: BackupSummary;
      let copy: Uint8Array[];
      try {
        copy = await files();
        summary = await inspectFiles(copy);
      } catch (error) {
        if (!(error instanceof BackupFileProblem)) throw error;
        notifyProblem(t, problemMessage(t, error.problem));
        return;
      }
      modals.openConfirmModal({
        title: t('backup.confirmTitle'),
        size: 'lg',
        children: <BackupSummaryView summary={summary} />,
        labels: { confirm: t('backup.confirmRestore'), cancel: t('common.cancel') },
        confirmProps: { color: 'red' },
        onConfirm: () =>
          void reportFailure(t, async () => {
            try {
              await restore(copy);
            } catch (error) {
              if (!(error instanceof BackupFileProblem)) throw error;
              notifyProblem(t, problemMessage(t, error.problem));
            }
          }),
      });
    },
    [t, restore],
  );

  return useMemo(
    () => ({
      saveToFile: () =>
        reportFailure(t, async () => {
          const result = await bridge.saveFile({
            title: t('backup.saveToFile'),
            suggestedName: backupFileName(new Date()),
            filters: backupFileFilters,
            bytes: await encodeDatabase(db, appInfo.version),
          });
          if (result.saved) {
            notifySuccess(
              t,
              result.location
                ? t('backup.savedWhere', { location: result.location })
                : t('backup.saved'),
            );
          }
        }),
      restoreFromFile: () =>
        reportFailure(t, async () => {
          const file = await bridge.openFile({
            title: t('backup.restoreFromFile'),
            filters: backupFileFilters,
          });
          if (file) await confirmRestore(() => Promise.resolve([file.bytes]));
        }),
      restoreAutomatic: (fileName: string) =>
        reportFailure(t, () => confirmRestore(() => automaticCopyFiles(fileName))),
      writeAutomaticBackup,
      /** Takes the day's automatic backup unless one exists already. */
      writeDailyBackupIfDue: () => reportFailure(t, () => safetyCopy.dailyIfDue()),
    }),
    [t, db, appInfo.version, confirmRestore, writeAutomaticBackup, safetyCopy],
  );
}
