import { BrowserWindow } from 'electron';
import { appOrigin } from '../../shared/security';
import { mainWindowOptions } from './windowOptions';

/** Where the main window finds its preload script. */
export type MainWindowOptions = {
  /** Absolute path of the bundled preload (`dist/main/preload.cjs`). */
  preloadPath: string;
  /** Absolute path of Regia's window icon (`dist/renderer/icon.png`). */
  iconPath?: string;
};

/** Opens Regia's window on `app://regia/index.html`, isolated and sandboxed, shown once painted. */
export function createMainWindow({ preloadPath, iconPath }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, iconPath));
  window.once('ready-to-show', () => window.show());
  window.loadURL(`${appOrigin}/index.html`).catch((error: unknown) => {
    console.error('Regia: impossibile caricare la finestra', error);
  });
  return window;
}
