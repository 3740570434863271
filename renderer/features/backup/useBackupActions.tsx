import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useCallback, useMemo } from 'react';
import {
  decodeBackup,
  encodeBackup,
  summarizeBackup,
  type Backup,
  type BackupProblem,
} from '../../../shared/backup';
import type { BackupReason } from '../../../shared/contract';
import { tableNames } from '../../../shared/domain';
import { bridge } from '../../bridge';
import { restoreDatabase, snapshotDatabase, type RegiaDatabase } from '../../db';
import { todayIsoDate } from '../../app/formatting';
import { notifyProblem, notifySuccess, reportFailure } from '../../app/notify';
import { useRegia, type Translate } from '../../app/RegiaContext';
import { BackupSummaryView } from './BackupSummaryView';
import { backupFileFilters, backupFileName } from './backupFileName';
import { encodeBackupInWorker } from './encodeInWorker';

/** The key under which a message survives the reload that follows a restore. */
export const afterReloadMessageKey = 'regia.afterReloadMessage';

async function hasAnyData(db: RegiaDatabase): Promise<boolean> {
  const counts = await Promise.all(
    tableNames.filter((name) => name !== 'settings').map((name) => db.table(name).count()),
  );
  return counts.some((count) => count > 0);
}

function problemMessage(t: Translate, problem: BackupProblem): string {
  return problem.kind === 'newer'
    ? t('error.backupNewer', { version: problem.formatVersion })
    : t('error.backupInvalid', { details: problem.details });
}

/** Backup and restore as the user sees them: files, confirmation, safety copy, notifications. */
export function useBackupActions() {
  const { db, t, appInfo, settings } = useRegia();

  // In a worker, so that a large network's backup never freezes the page; on the page itself
  // only where workers cannot open the database.
  const encodeCurrent = useCallback(
    () =>
      encodeBackupInWorker(db.name, appInfo.version).catch(async () =>
        encodeBackup(await snapshotDatabase(db, appInfo.version)),
      ),
    [db, appInfo.version],
  );

  const writeAutomaticBackup = useCallback(
    async (reason: BackupReason) => {
      if (!(await hasAnyData(db))) return null;
      return bridge.writeAutomaticBackup({ reason, bytes: await encodeCurrent() });
    },
    [db, encodeCurrent],
  );

  const restore = useCallback(
    async (backup: Backup) => {
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
        const count = await restoreDatabase(db, backup, identity);
        sessionStorage.setItem(afterReloadMessageKey, t('backup.restored', { count }));
        location.reload();
      } finally {
        notifications.hide(loadingId);
      }
    },
    [db, t, settings.userName, settings.userOrganization, writeAutomaticBackup],
  );

  const confirmRestore = useCallback(
    (bytes: Uint8Array) => {
      const decoded = decodeBackup(bytes);
      if (!decoded.ok) {
        notifyProblem(t, problemMessage(t, decoded.problem));
        return;
      }
      modals.openConfirmModal({
        title: t('backup.confirmTitle'),
        size: 'lg',
        children: <BackupSummaryView summary={summarizeBackup(decoded.backup)} />,
        labels: { confirm: t('backup.confirmRestore'), cancel: t('common.cancel') },
        confirmProps: { color: 'red' },
        onConfirm: () => void reportFailure(t, () => restore(decoded.backup)),
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
            bytes: await encodeCurrent(),
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
          if (file) confirmRestore(file.bytes);
        }),
      restoreAutomatic: (fileName: string) =>
        reportFailure(t, async () => confirmRestore(await bridge.readAutomaticBackup(fileName))),
      writeAutomaticBackup,
      /** Takes the day's automatic backup unless one exists already. */
      writeDailyBackupIfDue: () =>
        reportFailure(t, async () => {
          const today = todayIsoDate();
          const backups = await bridge.listAutomaticBackups();
          const hasToday = backups.some(
            (backup) => todayIsoDate(new Date(backup.createdAt)) === today,
          );
          if (!hasToday) await writeAutomaticBackup('daily');
        }),
    }),
    [t, encodeCurrent, confirmRestore, writeAutomaticBackup],
  );
}
