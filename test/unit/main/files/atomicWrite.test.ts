import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../../main/files/atomicWrite';

describe('writeFileAtomically', () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'regia-atomic-'));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('writes the bytes and leaves no temporary file behind', async () => {
    const target = path.join(folder, 'dati.regia');
    const bytes = new Uint8Array([1, 2, 3, 250, 251]);

    await writeFileAtomically(target, bytes);

    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
    expect(await readdir(folder)).toEqual(['dati.regia']);
  });

  it('replaces the content of an existing file', async () => {
    const target = path.join(folder, 'dati.regia');
    await writeFile(target, 'vecchio contenuto molto più lungo del nuovo');

    await writeFileAtomically(target, new TextEncoder().encode('nuovo'));

    expect(await readFile(target, 'utf8')).toBe('nuovo');
    expect(await readdir(folder)).toEqual(['dati.regia']);
  });

  it('leaves the previous file intact and removes the temporary file when writing fails', async () => {
    const target = path.join(folder, 'dati.regia');
    await writeFile(target, 'contenuto precedente');
    const failure = new Error('il disco si è staccato a metà');

    const writing = writeFileAtomically(target, async (file) => {
      await file.write(new TextEncoder().encode('metà del nuovo contenuto'));
      throw failure;
    });

    await expect(writing).rejects.toBe(failure);
    expect(await readFile(target, 'utf8')).toBe('contenuto precedente');
    expect(await readdir(folder)).toEqual(['dati.regia']);
  });

  it('fails without creating anything when the folder does not exist', async () => {
    const target = path.join(folder, 'manca', 'dati.regia');

    await expect(writeFileAtomically(target, new Uint8Array([1]))).rejects.toThrow(/ENOENT/);
    expect(await readdir(folder)).toEqual([]);
  });
});
