import { chromium, type BrowserContext } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../../e2e/playwright.config';

/**
 * Debian's Chromium on a persistent profile: IndexedDB lives on disk as in the desktop app,
 * so the timings include real storage. Same executable and flags as the end-to-end tests.
 */
export function launchProfile(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumExecutable,
    args: chromiumArgs,
    locale: 'it-IT',
    timezoneId: 'Europe/Rome',
    viewport: { width: 1366, height: 800 },
    // The runner closes the browser, the preview server and the profile itself on Ctrl-C;
    // Playwright's own handlers would exit the process before the server is stopped.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}
