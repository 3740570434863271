import { zipSync } from 'fflate';
import { validateArguments, type RegiaApi } from '../../shared/contract';
import { isOpenableDocument, isSafeExternalUrl } from '../../shared/security';
import { readSpreadsheetInWorker } from '../spreadsheet/readInWorker';
import { WebBackupStore } from './webBackupStore';
import { downloadFile, pickFile } from './webFiles';

const spreadsheetFilters = [
  { name: 'Fogli di calcolo', extensions: ['xlsx', 'xls', 'ods', 'csv'] },
];

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
  openSpreadsheet: async (request) => {
    validateArguments('openSpreadsheet', [request]);
    const file = await pickFile(spreadsheetFilters);
    if (!file) return null;
    const digest = new Uint8Array(
      await crypto.subtle.digest('SHA-256', new Uint8Array(file.bytes)),
    );
    const fingerprint = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
    return { name: file.name, fingerprint, result: await readSpreadsheetInWorker(file.bytes) };
  },
  saveFiles: (request) => {
    const [{ archiveName, files }] = validateArguments('saveFiles', [request]);
    // A browser cannot write into a folder: one file is downloaded as it is, several as one zip.
    const [single] = files;
    if (files.length === 1 && single) {
      downloadFile(single.name, single.bytes);
      return Promise.resolve({ saved: true, location: single.name, count: 1 });
    }
    const archive = zipSync(Object.fromEntries(files.map((file) => [file.name, file.bytes])), {
      level: 0,
    });
    downloadFile(archiveName, archive);
    return Promise.resolve({ saved: true, location: archiveName, count: files.length });
  },
  printToPdf: (request) => {
    validateArguments('printToPdf', [request]);
    // The browser's own print dialog saves the PDF ("Salva come PDF"); whether it did is not known.
    window.print();
    return Promise.resolve({ saved: false, location: null });
  },
  renderPdf: () => {
    validateArguments('renderPdf', []);
    // A page cannot print itself into bytes: window.print() only opens the print dialog, and a
    // PDF drawn from a screenshot would be an untagged picture. The caller attaches the DOCX.
    return Promise.resolve(null);
  },
  openDocument: (request) => {
    const [{ name, bytes }] = validateArguments('openDocument', [request]);
    if (!isOpenableDocument(name)) return Promise.resolve(false);
    // A browser cannot hand a file to another program: it downloads it for the user to open.
    downloadFile(name, bytes);
    return Promise.resolve(true);
  },
  openEmailDraft: (request) => {
    const [{ name, bytes }] = validateArguments('openEmailDraft', [request]);
    // A browser cannot start the mail program: the draft is downloaded for the user to open.
    downloadFile(name, bytes);
    return Promise.resolve(true);
  },
  onMenuCommand: () => () => undefined,
};
