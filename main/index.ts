import path from 'node:path';
import { app, session, type BrowserWindow } from 'electron';
import { getAppInfo } from './appInfo';
import {
  listAutomaticBackupsHandler,
  readAutomaticBackupHandler,
  writeAutomaticBackupHandler,
} from './backup';
import { openFile, printToPdf, renderPdf, saveFile } from './dialogs';
import { openSpreadsheet, saveFiles } from './exchange';
import { openDocument, openEmailDraft, openExternal, openedDocumentsFolder } from './external';
import { registerIpcHandlers } from './ipc';
import { setApplicationMenu } from './menu';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { isPermissionGranted } from './security';
import { createMainWindow, hardenWebContents } from './window';

// The bundle lives in dist/main; the renderer build sits beside it in dist/renderer.
const preloadPath = path.join(__dirname, 'preload.cjs');
const rendererFolder = path.join(__dirname, '..', 'renderer');

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  mainWindow = createMainWindow({ preloadPath, iconPath: path.join(rendererFolder, 'icon.png') });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionGranted(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission) =>
    isPermissionGranted(permission),
  );
  handleAppProtocol(rendererFolder);
  registerIpcHandlers({
    getAppInfo,
    openFile,
    saveFile,
    writeAutomaticBackup: writeAutomaticBackupHandler,
    listAutomaticBackups: listAutomaticBackupsHandler,
    readAutomaticBackup: readAutomaticBackupHandler,
    openExternal,
    openSpreadsheet,
    saveFiles,
    printToPdf,
    renderPdf,
    openDocument,
    openEmailDraft,
  });
  setApplicationMenu();
  openMainWindow();
}

// One Regia per user: two windows writing one IndexedDB would fight over it.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('activate', () => {
    if (app.isReady() && !mainWindow) openMainWindow();
  });
  app.on('will-quit', () => openedDocumentsFolder.removeNow());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    console.error('Regia: avvio non riuscito', error);
    app.exit(1);
  });
}
