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
  renderPdf: [],
  openDocument: [{ name: 'relazione.pdf', bytes }],
  openEmailDraft: [{ name: 'convocazione-seduta-6-2026.eml', bytes }],
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
      method: 'openEmailDraft',
      how: `the e-mail draft name ${JSON.stringify(name)}`,
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

let bytesOverLimit: Uint8Array | null = null;

/** One buffer a byte over the limit, made once (it is half a gigabyte) and only when needed. */
function tooManyBytes(): Uint8Array {
  bytesOverLimit ??= new Uint8Array(maxFileBytes + 1);
  return bytesOverLimit;
}

/** Half the limit and a byte: two of these together are over it, each alone is not. */
function overHalfTheLimit(): Uint8Array {
  return tooManyBytes().subarray(0, maxFileBytes / 2 + 1);
}

const longText = 'x'.repeat(100_000);
const longName = `${'a'.repeat(300)}.xlsx`;
const filter = { name: 'Excel', extensions: ['xlsx'] };

type Oversized = { method: ContractMethod; how: string; args: () => unknown[] };

/** Every field a renderer could fill without bound, filled past its limit, one at a time. */
const oversizedCalls: Oversized[] = [
  { method: 'openFile', how: 'a very long title', args: () => [{ title: longText, filters: [] }] },
  {
    method: 'openFile',
    how: 'too many filters',
    args: () => [{ title: 'Apri', filters: Array.from({ length: 11 }, () => filter) }],
  },
  {
    method: 'openFile',
    how: 'a filter with a very long name',
    args: () => [{ title: 'Apri', filters: [{ ...filter, name: longText }] }],
  },
  {
    method: 'openFile',
    how: 'a filter with a hundred thousand extensions',
    args: () => [
      {
        title: 'Apri',
        filters: [{ ...filter, extensions: Array.from({ length: 100_000 }, () => 'xlsx') }],
      },
    ],
  },
  {
    method: 'saveFile',
    how: 'bytes over the size limit',
    args: () => [{ ...(validArguments.saveFile[0] as object), bytes: tooManyBytes() }],
  },
  {
    method: 'saveFile',
    how: 'a very long title',
    args: () => [{ ...(validArguments.saveFile[0] as object), title: longText }],
  },
  {
    method: 'saveFile',
    how: 'a file name over 255 characters',
    args: () => [{ ...(validArguments.saveFile[0] as object), suggestedName: longName }],
  },
  {
    method: 'writeAutomaticBackup',
    how: 'bytes over the size limit',
    args: () => [{ reason: 'manual', bytes: tooManyBytes() }],
  },
  {
    method: 'readAutomaticBackup',
    how: 'a file name over 255 characters',
    args: () => [`${'a'.repeat(300)}.regia`],
  },
  {
    method: 'openExternal',
    how: 'a link over 2,000 characters',
    args: () => [{ url: `https://www.afolmet.it/${'a'.repeat(3_000)}` }],
  },
  { method: 'openSpreadsheet', how: 'a very long title', args: () => [{ title: longText }] },
  {
    method: 'saveFiles',
    how: 'one file over the size limit',
    args: () => [
      {
        title: 'Salva',
        archiveName: 'schede.zip',
        files: [{ name: 'a.xlsx', bytes: tooManyBytes() }],
      },
    ],
  },
  {
    method: 'saveFiles',
    how: 'files together over the size limit',
    args: () => [
      {
        title: 'Salva',
        archiveName: 'schede.zip',
        files: [
          { name: 'a.xlsx', bytes: overHalfTheLimit() },
          { name: 'b.xlsx', bytes: overHalfTheLimit() },
        ],
      },
    ],
  },
  {
    method: 'saveFiles',
    how: 'more than 500 files',
    args: () => [
      {
        title: 'Salva',
        archiveName: 'schede.zip',
        files: Array.from({ length: 501 }, (_, index) => ({ name: `${index}.xlsx`, bytes })),
      },
    ],
  },
  {
    method: 'saveFiles',
    how: 'a very long title',
    args: () => [
      { title: longText, archiveName: 'schede.zip', files: [{ name: 'a.xlsx', bytes }] },
    ],
  },
  {
    method: 'saveFiles',
    how: 'an archive name over 255 characters',
    args: () => [{ title: 'Salva', archiveName: longName, files: [{ name: 'a.xlsx', bytes }] }],
  },
  {
    method: 'printToPdf',
    how: 'a very long title',
    args: () => [{ title: longText, suggestedName: 'verbale.pdf' }],
  },
  {
    method: 'printToPdf',
    how: 'a PDF name over 255 characters',
    args: () => [{ title: 'Stampa', suggestedName: `${'a'.repeat(300)}.pdf` }],
  },
  {
    method: 'openDocument',
    how: 'bytes over the size limit',
    args: () => [{ name: 'relazione.pdf', bytes: tooManyBytes() }],
  },
  {
    method: 'openDocument',
    how: 'a document name over 255 characters',
    args: () => [{ name: `${'a'.repeat(300)}.pdf`, bytes }],
  },
  {
    method: 'openEmailDraft',
    how: 'bytes over the size limit',
    args: () => [{ name: 'convocazione.eml', bytes: tooManyBytes() }],
  },
  {
    method: 'openEmailDraft',
    how: 'a file that is not an e-mail draft',
    args: () => [{ name: 'convocazione.exe', bytes }],
  },
];

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

  it('feeds an oversized payload to every method that takes one', () => {
    const takingPayload = contractMethods.filter((method) => validArguments[method].length > 0);
    const covered = new Set(oversizedCalls.map((call) => call.method));
    expect(takingPayload.filter((method) => !covered.has(method))).toEqual([]);
  });

  it.each(oversizedCalls)('refuses $method with $how and never calls the handler', async (call) => {
    let reached = false;
    const handler = createValidatedHandler(call.method, () => {
      reached = true;
      return Promise.reject(new Error('unreachable'));
    });
    await expect(handler(appPage, call.args())).rejects.toThrow(
      `Richiesta non valida per "${call.method}"`,
    );
    expect(reached).toBe(false);
  });
});
