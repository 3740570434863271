import { describe, expect, it } from 'vitest';
import { isPermissionGranted } from '../../../../main/security';
import { mayNavigateTo, newWindowDecision } from '../../../../main/window/navigationPolicy';
import { mainWindowOptions } from '../../../../main/window/windowOptions';

describe('main window policy', () => {
  it('isolates and sandboxes the renderer without Node', () => {
    const preferences = mainWindowOptions('/app/dist/main/preload.cjs').webPreferences;
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/dist/main/preload.cjs',
    });
  });

  it("shows Regia's own icon in the window when given one, and Electron's default otherwise", () => {
    expect(mainWindowOptions('/p.cjs', '/app/dist/renderer/icon.png').icon).toBe(
      '/app/dist/renderer/icon.png',
    );
    expect(mainWindowOptions('/p.cjs')).not.toHaveProperty('icon');
  });

  it('lets the window navigate only within app://regia', () => {
    expect(mayNavigateTo('app://regia/index.html#/azioni')).toBe(true);
    expect(mayNavigateTo('https://example.com/')).toBe(false);
    expect(mayNavigateTo('file:///etc/passwd')).toBe(false);
    expect(mayNavigateTo('app://evil/index.html')).toBe(false);
    expect(mayNavigateTo('javascript:alert(1)')).toBe(false);
  });

  it('never opens new windows and sends only https links to the system browser', () => {
    expect(newWindowDecision('https://www.cittametropolitana.mi.it/')).toEqual({
      openInSystemBrowser: true,
    });
    expect(newWindowDecision('file:///C:/Windows/system32/calc.exe')).toEqual({
      openInSystemBrowser: false,
    });
    expect(newWindowDecision('smb://server/share')).toEqual({ openInSystemBrowser: false });
    expect(newWindowDecision('http://www.afolmet.it/')).toEqual({ openInSystemBrowser: false });
    expect(newWindowDecision('https://user:secret@example.com/')).toEqual({
      openInSystemBrowser: false,
    });
  });

  it('denies every web permission', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      expect(isPermissionGranted(permission)).toBe(false);
    }
  });
});
