import type { BrowserWindowConstructorOptions } from 'electron';
import { translate } from '../../shared/i18n';

/**
 * The options of Regia's main window: isolated, sandboxed, no Node, no webview, web security on;
 * `iconPath` is Regia's own icon (the renderer's `icon.png`), shown by the window on Linux and Windows.
 */
export function mainWindowOptions(
  preloadPath: string,
  iconPath?: string,
): BrowserWindowConstructorOptions {
  return {
    title: translate('it', 'app.name'),
    ...(iconPath ? { icon: iconPath } : {}),
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      preload: preloadPath,
    },
  };
}
