import { useEffect } from 'react';
import { afterReloadMessageKey, useBackupActions } from '../features/backup';
import { notifySuccess } from './notify';
import { useRegia } from './RegiaContext';

/** How long after start-up the daily backup is taken, so it never slows the first screen. */
const dailyBackupDelayMs = 4000;

/** Once per start: the message left by a restore, and the day's automatic backup. */
export function useStartupTasks(): void {
  const { t } = useRegia();
  const { writeDailyBackupIfDue } = useBackupActions();

  useEffect(() => {
    const message = sessionStorage.getItem(afterReloadMessageKey);
    if (message) {
      sessionStorage.removeItem(afterReloadMessageKey);
      notifySuccess(t, message);
    }
  }, [t]);

  useEffect(() => {
    const timer = setTimeout(() => void writeDailyBackupIfDue(), dailyBackupDelayMs);
    return () => clearTimeout(timer);
  }, [writeDailyBackupIfDue]);
}
