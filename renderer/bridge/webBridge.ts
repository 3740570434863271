import { validateArguments, type RegiaApi } from '../../shared/contract';
import { isSafeExternalUrl } from '../../shared/security';
import { WebBackupStore } from './webBackupStore';
import { downloadFile, pickFile } from './webFiles';

const backups = new WebBackupStore();

/**
 * The contract implemented in a browser tab: files through the file picker and downloads,
 * automatic backups in a database of their own. Arguments are checked like the desktop's main does.
 */
export const webBridge: RegiaApi = {
  getAppInfo: () => {
    validateArguments('getAppInfo', []);
    return Promise.resolve({
      name: 'Regia',
      version: __APP_VERSION__,
      host: 'web' as const,
      platform: navigator.platform || 'web',
      dataLocation: `IndexedDB · ${location.origin}`,
    });
  },
  openFile: (request) => {
    const [{ filters }] = validateArguments('openFile', [request]);
    return pickFile(filters);
  },
  saveFile: (request) => {
    const [{ suggestedName, bytes }] = validateArguments('saveFile', [request]);
    downloadFile(suggestedName, bytes);
    return Promise.resolve({ saved: true, location: suggestedName });
  },
  writeAutomaticBackup: (request) => {
    const [{ reason, bytes }] = validateArguments('writeAutomaticBackup', [request]);
    return backups.write(reason, bytes);
  },
  listAutomaticBackups: () => backups.list(),
  readAutomaticBackup: (fileName) => {
    const [name] = validateArguments('readAutomaticBackup', [fileName]);
    return backups.read(name);
  },
  openExternal: (link) => {
    const [{ url }] = validateArguments('openExternal', [link]);
    if (!isSafeExternalUrl(url)) return Promise.resolve(false);
    window.open(url, '_blank', 'noopener,noreferrer');
    return Promise.resolve(true);
  },
  onMenuCommand: () => () => undefined,
};
