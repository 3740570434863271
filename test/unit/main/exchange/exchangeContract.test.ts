import { describe, expect, it } from 'vitest';
import { ContractViolation, type SaveFilesRequest } from '../../../../shared/contract';
import { createValidatedHandler } from '../../../../main/ipc/validatedHandler';

const appPage = 'app://regia/index.html';

function recordingSaveFiles() {
  const calls: SaveFilesRequest[] = [];
  return {
    calls,
    handler: (request: SaveFilesRequest) => {
      calls.push(request);
      return Promise.resolve({
        saved: true,
        location: '/home/giulia/Schede',
        count: request.files.length,
      });
    },
  };
}

const file = (name: string, bytes = new Uint8Array([1])) => ({ name, bytes });

describe('the exchange methods at the IPC boundary', () => {
  it('pass a valid request from the app page through', async () => {
    const { handler, calls } = recordingSaveFiles();
    const saveFiles = createValidatedHandler('saveFiles', handler);
    await expect(
      saveFiles(appPage, [
        { title: 'Esporta', archiveName: 'schede.zip', files: [file('scheda-Segrate.xlsx')] },
      ]),
    ).resolves.toEqual({ saved: true, location: '/home/giulia/Schede', count: 1 });
    expect(calls).toHaveLength(1);
  });

  it.each([
    [
      'a path that leaves the folder',
      [{ title: 'Esporta', archiveName: 'schede.zip', files: [file('../fuori.xlsx')] }],
    ],
    [
      'an absolute path',
      [{ title: 'Esporta', archiveName: 'schede.zip', files: [file('/etc/passwd')] }],
    ],
    [
      'a Windows path',
      [{ title: 'Esporta', archiveName: 'schede.zip', files: [file('C:\\Windows\\x.xlsx')] }],
    ],
    [
      'a name that is only dots',
      [{ title: 'Esporta', archiveName: 'schede.zip', files: [file('..')] }],
    ],
    [
      'the same name twice',
      [{ title: 'Esporta', archiveName: 'schede.zip', files: [file('a.xlsx'), file('a.xlsx')] }],
    ],
    ['no file at all', [{ title: 'Esporta', archiveName: 'schede.zip', files: [] }]],
    [
      'text instead of bytes',
      [{ title: 'Esporta', archiveName: 'schede.zip', files: [{ name: 'a.xlsx', bytes: 'PK' }] }],
    ],
    [
      'an extra key',
      [{ title: 'Esporta', archiveName: 'schede.zip', files: [file('a.xlsx')], folder: '/tmp' }],
    ],
    [
      'an extra argument',
      [{ title: 'Esporta', archiveName: 'schede.zip', files: [file('a.xlsx')] }, '/tmp'],
    ],
  ])('refuse %s for saveFiles with no side effect', async (_case, args) => {
    const { handler, calls } = recordingSaveFiles();
    const saveFiles = createValidatedHandler('saveFiles', handler);
    await expect(saveFiles(appPage, args)).rejects.toBeInstanceOf(ContractViolation);
    expect(calls).toEqual([]);
  });

  it('refuse an openSpreadsheet request with a path in it, or from another page', async () => {
    let opened = 0;
    const openSpreadsheet = createValidatedHandler('openSpreadsheet', () => {
      opened += 1;
      return Promise.resolve(null);
    });
    await expect(
      openSpreadsheet(appPage, [{ title: 'Importa', path: '/etc/passwd' }]),
    ).rejects.toBeInstanceOf(ContractViolation);
    await expect(
      openSpreadsheet('https://example.invalid/', [{ title: 'Importa' }]),
    ).rejects.toThrow(/non proviene dalla finestra di Regia/);
    await expect(openSpreadsheet(appPage, [{ title: 'Importa' }])).resolves.toBeNull();
    expect(opened).toBe(1);
  });

  it('let a valid openSpreadsheet answer through and stop one that names a path', async () => {
    const lying = createValidatedHandler('openSpreadsheet', () =>
      Promise.resolve({
        name: 'scheda.xlsx',
        result: {
          ok: true as const,
          grid: {
            format: 'xlsx' as const,
            sheets: [
              {
                name: 'Azioni',
                hidden: false,
                rows: [[{ kind: 'formula' as const, formula: 'A1', cached: null }]],
              },
            ],
          },
        },
      }),
    );
    await expect(lying(appPage, [{ title: 'Importa' }])).resolves.toMatchObject({
      name: 'scheda.xlsx',
    });
    const broken = createValidatedHandler('openSpreadsheet', () =>
      Promise.resolve({
        name: '../scheda.xlsx',
        result: { ok: false as const, problem: { code: 'damaged' as const, params: {} } },
      }),
    );
    await expect(broken(appPage, [{ title: 'Importa' }])).rejects.toBeInstanceOf(ContractViolation);
  });
});
