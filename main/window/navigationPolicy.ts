import { isSafeExternalUrl } from '../../shared/security';
import { isAppUrl } from '../security';

/** Whether the window may navigate or be redirected to a URL: only within the app's own origin. */
export function mayNavigateTo(url: string): boolean {
  return isAppUrl(url);
}

/** What to do with a request for a new window: never open one; hand safe web links to the system browser. */
export function newWindowDecision(url: string): { openInSystemBrowser: boolean } {
  return { openInSystemBrowser: isSafeExternalUrl(url) };
}
