import { describe, expect, it } from 'vitest';
import { contractMethods, maxFileBytes, type ContractMethod } from '../../../../shared/contract';
import { createValidatedHandler } from '../../../../main/ipc/validatedHandler';

const appPage = 'app://regia/index.html';
const bytes = new Uint8Array([1, 2, 3]);

/** A valid argument list for every method that takes arguments, to be spoiled one way at a time. */
const validArguments: Record<ContractMethod, unknown[]> = {
  getAppInfo: [],
  listAutomaticBackups: [],
  openFile: [{ title: 'Apri', filters: [{ name: 'Backup', extensions: ['regia'] }] }],
  saveFile: [
    {
      title: 'Salva',
      suggestedName: 'azioni.xlsx',
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      bytes,
    },
  ],
  writeAutomaticBackup: [{ reason: 'manual', bytes }],
  readAutomaticBackup: ['regia-20250314-093000-000-daily.regia'],
  openExternal: [{ url: 'https://www.regione.lombardia.it/' }],
  openSpreadsheet: [{ title: 'Importa' }],
  saveFiles: [{ title: 'Salva', archiveName: 'schede.zip', files: [{ name: 'a.xlsx', bytes }] }],
  printToPdf: [{ title: 'Stampa', suggestedName: 'verbale.pdf' }],
  openDocument: [{ name: 'relazione.pdf', bytes }],
};

/** Every way a file name chosen by the renderer could point outside where it is allowed. */
const pathTricks = [
  '../../.bashrc',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  'C:win.ini',
  'a\u0000.xlsx',
  'riga\nnuova.xlsx',
  '..',
  '',
];

type Spoiled = { method: ContractMethod; how: string; args: unknown[] };

function spoiledCalls(): Spoiled[] {
  const calls: Spoiled[] = [];
  for (const method of contractMethods) {
    const args = validArguments[method];
    calls.push({ method, how: 'an extra argument', args: [...args, 'extra'] });
    const [first] = args;
    if (first === undefined) continue;
    calls.push({ method, how: 'no argument', args: [] });
    calls.push({ method, how: 'a number instead of the argument', args: [42] });
    if (typeof first === 'object' && first !== null) {
      calls.push({ method, how: 'an unknown key', args: [{ ...first, evil: true }] });
      calls.push({ method, how: 'a prototype key', args: [JSON.parse('{"__proto__": {"x": 1}}')] });
    }
  }
  for (const name of pathTricks) {
    calls.push({
      method: 'readAutomaticBackup',
      how: `the file name ${JSON.stringify(name)}`,
      args: [name],
    });
    calls.push({
      method: 'saveFile',
      how: `the suggested name ${JSON.stringify(name)}`,
      args: [{ ...(validArguments.saveFile[0] as object), suggestedName: name }],
    });
    calls.push({
      method: 'saveFiles',
      how: `a file named ${JSON.stringify(name)}`,
      args: [{ title: 'Salva', archiveName: 'schede.zip', files: [{ name, bytes }] }],
    });
    calls.push({
      method: 'openDocument',
      how: `a document named ${JSON.stringify(name)}`,
      args: [{ name, bytes }],
    });
    calls.push({
      method: 'printToPdf',
      how: `the PDF name ${JSON.stringify(name)}`,
      args: [{ title: 'Stampa', suggestedName: name }],
    });
  }
  return calls;
}

describe('every IPC handler at the boundary', () => {
  it('has a valid call for every contract method, which reaches the handler', async () => {
    for (const method of contractMethods) {
      let reached = false;
      const handler = createValidatedHandler(method, () => {
        reached = true;
        return Promise.reject(new Error('stop here'));
      });
      await expect(handler(appPage, validArguments[method])).rejects.toThrow('stop here');
      expect(reached, method).toBe(true);
    }
  });

  it.each(spoiledCalls())('refuses $method with $how and never calls the handler', async (call) => {
    let reached = false;
    const handler = createValidatedHandler(call.method, () => {
      reached = true;
      return Promise.resolve(null);
    });
    await expect(handler(appPage, call.args)).rejects.toThrow();
    expect(reached).toBe(false);
  });

  it('refuses bytes over the size limit without calling the handler', async () => {
    const tooLarge = new Uint8Array(maxFileBytes + 1);
    let reached = false;
    const handler = createValidatedHandler('writeAutomaticBackup', () => {
      reached = true;
      return Promise.reject(new Error('unreachable'));
    });
    await expect(handler(appPage, [{ reason: 'manual', bytes: tooLarge }])).rejects.toThrow(
      /file troppo grande|contratto/,
    );
    expect(reached).toBe(false);
  });
});
