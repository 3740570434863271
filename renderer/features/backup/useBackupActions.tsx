import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useCallback, useMemo } from 'react';
import {
  inspectBackup,
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
  restoreBackupFile,
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
} from './backupInWorker';
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

/** Reads a backup file through in a worker (on the page where no worker runs). */
async function inspectFile(bytes: Uint8Array): Promise<BackupSummary> {
  try {
    return await inspectBackupInWorker(bytes);
  } catch (error) {
    if (!(error instanceof BackupWorkerUnavailable)) throw error;
    const read = withBackupProblem(() => inspectBackup(bytes, backupRowOptions));
    if (!read.ok) throw new BackupFileProblem(read.problem);
    return summaryOfReport(read.value);
  }
}

/** Restores a backup file from a worker (on the page where no worker runs). */
async function restoreFile(
  db: RegiaDatabase,
  bytes: Uint8Array,
  identity: AuditIdentity,
): Promise<BackupSummary> {
  try {
    return await restoreBackupInWorker({ kind: 'restore', databaseName: db.name, bytes, identity });
  } catch (error) {
    if (!(error instanceof BackupWorkerUnavailable)) throw error;
    const restored = await restoreBackupFile(db, bytes, identity);
    return summaryOfReport(restored);
  }
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
          bytes: await encodeDatabase(db, appVersion),
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
    async (bytes: Uint8Array) => {
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
        const summary = await restoreFile(db, bytes, identity);
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
    async (bytes: Uint8Array) => {
      let summary: BackupSummary;
      try {
        summary = await inspectFile(bytes);
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
              await restore(bytes);
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
          if (file) await confirmRestore(file.bytes);
        }),
      restoreAutomatic: (fileName: string) =>
        reportFailure(t, async () => confirmRestore(await bridge.readAutomaticBackup(fileName))),
      writeAutomaticBackup,
      /** Takes the day's automatic backup unless one exists already. */
      writeDailyBackupIfDue: () => reportFailure(t, () => safetyCopy.dailyIfDue()),
    }),
    [t, db, appInfo.version, confirmRestore, writeAutomaticBackup, safetyCopy],
  );
}
