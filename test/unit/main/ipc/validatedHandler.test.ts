import { describe, expect, it } from 'vitest';
import { ContractViolation, type SaveFileRequest } from '../../../../shared/contract';
import { createValidatedHandler } from '../../../../main/ipc/validatedHandler';

const appPage = 'app://regia/index.html';

function recordingOpenExternal(): {
  handler: (link: { url: string }) => Promise<boolean>;
  calls: string[];
} {
  const calls: string[] = [];
  return {
    calls,
    handler: (link) => {
      calls.push(link.url);
      return Promise.resolve(true);
    },
  };
}

function saveRequest(overrides: Partial<Record<keyof SaveFileRequest, unknown>>): unknown {
  return {
    title: 'Esporta',
    suggestedName: 'azioni.xlsx',
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    bytes: new Uint8Array([1, 2, 3]),
    ...overrides,
  };
}

describe('createValidatedHandler', () => {
  it('passes valid arguments from the app page to the handler and returns its result', async () => {
    const { handler, calls } = recordingOpenExternal();
    const openExternal = createValidatedHandler('openExternal', handler);

    await expect(
      openExternal(appPage, [{ url: 'https://www.regione.lombardia.it/' }]),
    ).resolves.toBe(true);
    expect(calls).toEqual(['https://www.regione.lombardia.it/']);
  });

  it.each([
    ['another web origin', 'https://example.com/'],
    ['another host on the app scheme', 'app://evil/index.html'],
    ['a local file', 'file:///work/main/dist/renderer/index.html'],
    ['a destroyed frame', null],
    ['an unknown frame', undefined],
  ])('refuses a call from %s without running the handler', async (_description, senderUrl) => {
    const { handler, calls } = recordingOpenExternal();
    const openExternal = createValidatedHandler('openExternal', handler);

    await expect(openExternal(senderUrl, [{ url: 'https://example.com/' }])).rejects.toThrow(
      'Richiesta rifiutata: non proviene dalla finestra di Regia.',
    );
    expect(calls).toEqual([]);
  });

  it.each([
    ['a javascript: link', [{ url: 'javascript:alert(1)' }]],
    ['a file: link', [{ url: 'file:///etc/passwd' }]],
    ['a bare string instead of an object', ['https://example.com/']],
    ['no argument', []],
    ['an extra argument', [{ url: 'https://example.com/' }, 'extra']],
  ])('refuses openExternal with %s', async (_description, args) => {
    const { handler, calls } = recordingOpenExternal();
    const openExternal = createValidatedHandler('openExternal', handler);

    const call = openExternal(appPage, args);

    await expect(call).rejects.toBeInstanceOf(ContractViolation);
    await expect(call).rejects.toThrow('Richiesta non valida per "openExternal"');
    expect(calls).toEqual([]);
  });

  it.each([
    ['a file name with a slash', { suggestedName: '../../.bashrc' }],
    ['a file name with a backslash', { suggestedName: '..\\autoexec.bat' }],
    ['bytes that are a plain array', { bytes: [1, 2, 3] }],
    ['bytes that are a string', { bytes: 'AQID' }],
    ['a filter extension with a dot', { filters: [{ name: 'Excel', extensions: ['.xlsx'] }] }],
  ])('refuses saveFile with %s', async (_description, overrides) => {
    let called = false;
    const saveFile = createValidatedHandler('saveFile', () => {
      called = true;
      return Promise.resolve({ saved: true, location: '/tmp/x' });
    });

    await expect(saveFile(appPage, [saveRequest(overrides)])).rejects.toThrow(
      /^Richiesta non valida per "saveFile": /,
    );
    expect(called).toBe(false);
  });

  it('refuses a backup with a reason the contract does not know', async () => {
    let called = false;
    const writeBackup = createValidatedHandler('writeAutomaticBackup', () => {
      called = true;
      return Promise.resolve({
        fileName: 'regia-20250314-093000-000-daily.regia',
        reason: 'daily',
        createdAt: '2025-03-14T09:30:00.000Z',
        sizeBytes: 1,
      });
    });

    await expect(
      writeBackup(appPage, [{ reason: 'whenever', bytes: new Uint8Array([1]) }]),
    ).rejects.toBeInstanceOf(ContractViolation);
    expect(called).toBe(false);
  });

  it('hands the handler the bytes of a valid save request', async () => {
    const received: SaveFileRequest[] = [];
    const saveFile = createValidatedHandler('saveFile', (request) => {
      received.push(request);
      return Promise.resolve({ saved: true, location: '/home/coordinatrice/azioni.xlsx' });
    });

    await expect(saveFile(appPage, [saveRequest({})])).resolves.toEqual({
      saved: true,
      location: '/home/coordinatrice/azioni.xlsx',
    });
    expect(received).toHaveLength(1);
    expect(received[0]?.bytes).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('refuses to return a result the contract does not allow', async () => {
    const readBackup = createValidatedHandler('readAutomaticBackup', () =>
      // A handler that breaks the contract at run time, as a bug would.
      Promise.resolve(JSON.parse('"not bytes"')),
    );

    await expect(readBackup(appPage, ['regia-20250314-093000-000-daily.regia'])).rejects.toThrow(
      'risposta non conforme al contratto',
    );
  });
});
