import { format } from 'date-fns';
import type { FileFilter } from '../../../shared/contract';

/** The file filter of Regia backups in open and save dialogs. */
export const backupFileFilters: FileFilter[] = [{ name: 'Backup di Regia', extensions: ['regia'] }];

/** The suggested name of a backup saved at a given time, e.g. `regia-backup-2026-03-14-0930.regia`. */
export function backupFileName(now: Date): string {
  return `regia-backup-${format(now, 'yyyy-MM-dd-HHmm')}.regia`;
}
