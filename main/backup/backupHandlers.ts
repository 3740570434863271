import path from 'node:path';
import { app } from 'electron';
import type { AutomaticBackup, AutomaticBackupRequest } from '../../shared/contract';
import {
  listAutomaticBackups,
  readAutomaticBackup,
  writeAutomaticBackup,
} from './automaticBackups';

/** The folder of automatic backups, beside the app's own data. */
export function automaticBackupsFolder(): string {
  return path.join(app.getPath('userData'), 'backups');
}

/** Handles `writeAutomaticBackup`: saves the renderer's database snapshot in the backups folder. */
export function writeAutomaticBackupHandler(
  request: AutomaticBackupRequest,
): Promise<AutomaticBackup> {
  return writeAutomaticBackup(automaticBackupsFolder(), request);
}

/** Handles `listAutomaticBackups`. */
export function listAutomaticBackupsHandler(): Promise<AutomaticBackup[]> {
  return listAutomaticBackups(automaticBackupsFolder());
}

/** Handles `readAutomaticBackup`. */
export function readAutomaticBackupHandler(fileName: string): Promise<Uint8Array<ArrayBuffer>> {
  return readAutomaticBackup(automaticBackupsFolder(), fileName);
}
