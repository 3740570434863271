import { shell, type WebContents } from 'electron';
import { mayNavigateTo, newWindowDecision } from './navigationPolicy';

/**
 * Keeps a web contents on the app's own pages: navigation and redirects elsewhere are refused,
 * new windows are never created (safe https links open in the system browser instead), and
 * `<webview>` elements are never attached.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!mayNavigateTo(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!mayNavigateTo(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (newWindowDecision(url).openInSystemBrowser) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
