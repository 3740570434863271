import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFilesIntoFolder } from '../../../../main/exchange/writeFilesIntoFolder';

let folder = '';

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'regia-export-folder-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('writing exported workbooks into the chosen folder', () => {
  it('writes every file with its name', async () => {
    const files = [
      { name: 'scheda-Comune-di-Segrate-2026-03-10.xlsx', bytes: new Uint8Array([1, 2, 3]) },
      { name: 'scheda-AFOL-Metropolitana-2026-03-10.xlsx', bytes: new Uint8Array([4]) },
    ];
    expect(await writeFilesIntoFolder(folder, files)).toBe(2);
    expect((await readdir(folder)).sort()).toEqual(files.map((file) => file.name).sort());
    expect([...(await readFile(path.join(folder, files[0]?.name ?? '')))]).toEqual([1, 2, 3]);
  });

  it.each(['../fuori.xlsx', '/etc/regia.xlsx', 'sotto/cartella.xlsx', 'nul\0.xlsx', '..'])(
    'refuses the name %j and writes nothing at all',
    async (name) => {
      const files = [
        { name: 'buono.xlsx', bytes: new Uint8Array([1]) },
        { name, bytes: new Uint8Array([2]) },
      ];
      await expect(writeFilesIntoFolder(folder, files)).rejects.toThrow(/Nome di file non valido/);
      expect(await readdir(folder)).toEqual([]);
    },
  );
});
