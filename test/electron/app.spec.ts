import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { appOrigin, contentSecurityPolicy } from '../../shared/security';
import { findElectronBinary, missingBinaryReason, repositoryRoot } from './electronBinary';

const electronBinary = findElectronBinary();

/** The web preferences this test checks, as Electron reports them. */
type CheckedPreferences = {
  contextIsolation?: boolean;
  sandbox?: boolean;
  nodeIntegration?: boolean;
  webviewTag?: boolean;
};

test.describe('Regia in Electron', () => {
  test.skip(!electronBinary, missingBinaryReason);

  let electronApp: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    electronApp = await electron.launch({
      executablePath: electronBinary ?? undefined,
      args: ['.'],
      cwd: repositoryRoot,
    });
    page = await electronApp.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await electronApp.close();
  });

  test('opens the window isolated, sandboxed and without Node', async () => {
    const preferences = await electronApp.evaluate(({ BrowserWindow }) => {
      // getLastWebPreferences is real but missing from Electron's type declarations.
      const contents: { id: number; getLastWebPreferences?: () => CheckedPreferences | null } =
        BrowserWindow.getAllWindows()[0].webContents;
      const last = contents.getLastWebPreferences?.();
      return {
        contextIsolation: last?.contextIsolation,
        sandbox: last?.sandbox,
        nodeIntegration: last?.nodeIntegration,
        webviewTag: last?.webviewTag,
      };
    });

    expect(preferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    });
  });

  test('serves the page from app://regia with the Content-Security-Policy', async () => {
    expect(page.url()).toBe(`${appOrigin}/index.html`);
    const headers = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return {
        status: response.status,
        policy: response.headers.get('content-security-policy'),
        sniffing: response.headers.get('x-content-type-options'),
      };
    }, `${appOrigin}/index.html`);

    expect(headers).toEqual({ status: 200, policy: contentSecurityPolicy, sniffing: 'nosniff' });
  });

  test('exposes the regia bridge but neither require nor process', async () => {
    const globals = await page.evaluate(() => ({
      regia: 'regia' in window,
      require: 'require' in window,
      process: 'process' in globalThis,
    }));

    expect(globals).toEqual({ regia: true, require: false, process: false });
  });

  test('stays on the app when the page tries to navigate away or open a window', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await expect(page.waitForURL('https://example.com/**', { timeout: 2_000 })).rejects.toThrow();
    const opened = await page.evaluate(() => window.open('https://example.com/') !== null);

    expect(page.url()).toBe(`${appOrigin}/index.html`);
    expect(opened).toBe(false);
    expect(electronApp.windows()).toHaveLength(1);
  });

  test('denies the page every permission it asks for', async () => {
    const states = await page.evaluate(async () => {
      const names = ['geolocation', 'notifications', 'camera', 'microphone'] as const;
      const results: string[] = [];
      for (const name of names) {
        try {
          const status = await navigator.permissions.query({ name });
          results.push(status.state);
        } catch {
          results.push('denied');
        }
      }
      const media = await navigator.mediaDevices
        .getUserMedia({ audio: true })
        .then(() => 'granted')
        .catch(() => 'denied');
      return [...results, media];
    });
    expect(states.every((state) => state === 'denied')).toBe(true);
  });
});
