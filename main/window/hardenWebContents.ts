import { shell, type WebContents } from 'electron';
import { isSafeExternalUrl } from '../../shared/security';
import { isAppUrl } from '../security';

/**
 * Keeps a web contents on the app's own pages: navigation and redirects elsewhere are refused,
 * new windows are never created (safe http(s) links open in the system browser instead), and
 * `<webview>` elements are never attached.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
