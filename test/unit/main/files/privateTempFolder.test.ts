import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAttachment, PrivateTempFolder } from '../../../../main/files';

describe('private folder of opened documents', () => {
  let parent: string;

  beforeEach(async () => {
    parent = await mkdtemp(path.join(tmpdir(), 'regia-temp-test-'));
  });

  afterEach(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it.skipIf(process.platform === 'win32')(
    'is readable by this user only and unpredictably named',
    async () => {
      const first = new PrivateTempFolder(parent);
      const second = new PrivateTempFolder(parent);
      const folder = await first.location();
      expect((await stat(folder)).mode & 0o777).toBe(0o700);
      expect(path.basename(folder)).toMatch(/^regia-.{6}$/);
      expect(await second.location()).not.toBe(folder);
    },
  );

  it('writes two documents of the same name side by side and removes everything at the end', async () => {
    const folder = new PrivateTempFolder(parent);
    const first = await folder.write('verbale.pdf', new Uint8Array([1]));
    const second = await folder.write('verbale.pdf', new Uint8Array([2]));
    expect(first).not.toBe(second);
    expect(await readFile(first)).toEqual(Buffer.from([1]));
    expect(await readFile(second)).toEqual(Buffer.from([2]));

    const location = await folder.location();
    folder.removeNow();
    await expect(stat(location)).rejects.toThrow();
  });

  it('asks before opening a format that can carry macros and writes nothing when declined', async () => {
    const folder = new PrivateTempFolder(parent);
    const asked: string[] = [];
    const opened: string[] = [];
    const opener = (answer: boolean) => ({
      confirmMacros: (name: string) => {
        asked.push(name);
        return Promise.resolve(answer);
      },
      openPath: (filePath: string) => {
        opened.push(filePath);
        return Promise.resolve(true);
      },
    });

    expect(await openAttachment(folder, opener(false), 'bilancio.XLS', new Uint8Array([1]))).toBe(
      false,
    );
    expect(opened).toEqual([]);
    expect(await openAttachment(folder, opener(true), 'delibera.docm', new Uint8Array([1]))).toBe(
      true,
    );
    expect(await openAttachment(folder, opener(false), 'relazione.pdf', new Uint8Array([1]))).toBe(
      true,
    );
    expect(asked).toEqual(['bilancio.XLS', 'delibera.docm']);
    expect(opened.map((filePath) => path.basename(filePath))).toEqual([
      'delibera.docm',
      'relazione.pdf',
    ]);
    await folder.remove();
  });
});
