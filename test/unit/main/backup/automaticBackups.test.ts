import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  automaticBackupName,
  listAutomaticBackups,
  parseAutomaticBackupName,
  readAutomaticBackup,
  writeAutomaticBackup,
} from '../../../../main/backup/automaticBackups';
import { BackupWriter, joinChunks } from '../../../../shared/backup';

const start = Date.UTC(2025, 2, 14, 9, 30, 0, 0);
const minute = 60_000;

describe('automatic backups', () => {
  let root: string;
  let folder: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'regia-backups-'));
    folder = path.join(root, 'backups');
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('names a backup after its UTC time and reason and reads that name back', () => {
    const createdAt = new Date(Date.UTC(2025, 0, 5, 7, 8, 9, 45));

    const fileName = automaticBackupName('beforeImport', createdAt);

    expect(fileName).toBe('regia-20250105-070809-045-beforeImport.regia');
    expect(parseAutomaticBackupName(fileName)).toEqual({
      reason: 'beforeImport',
      createdAt: '2025-01-05T07:08:09.045Z',
    });
  });

  it('writes a backup into a new folder and describes it', async () => {
    const bytes = new Uint8Array([10, 20, 30]);

    const backup = await writeAutomaticBackup(folder, { reason: 'daily', bytes }, new Date(start));

    expect(backup).toEqual({
      fileName: 'regia-20250314-093000-000-daily.regia',
      reason: 'daily',
      createdAt: '2025-03-14T09:30:00.000Z',
      sizeBytes: 3,
    });
    expect(await readAutomaticBackup(folder, backup.fileName)).toEqual(bytes);
    expect(await readdir(folder)).toEqual([backup.fileName]);
  });

  it('keeps two weeks of daily copies, the last ten before an import and before a restore, and every manual one', async () => {
    const day = 24 * 60 * minute;
    let clock = start;
    const write = (reason: 'daily' | 'beforeImport' | 'beforeRestore' | 'manual') =>
      writeAutomaticBackup(folder, { reason, bytes: new Uint8Array([1]) }, new Date(clock));
    for (let dayIndex = 0; dayIndex < 20; dayIndex += 1) {
      clock = start + dayIndex * day;
      await write('daily');
      for (let importIndex = 0; importIndex < 3; importIndex += 1) {
        clock += minute;
        await write('beforeImport');
      }
      if (dayIndex % 4 === 0) {
        clock += minute;
        await write('beforeRestore');
        await write('manual');
      }
    }

    const backups = await listAutomaticBackups(folder);
    const ofKind = (reason: string) => backups.filter((backup) => backup.reason === reason);

    // "Now" is a few minutes into day 19: days 6 to 19 are within fourteen days.
    expect(ofKind('daily').map((backup) => backup.createdAt.slice(0, 10))).toEqual(
      Array.from({ length: 14 }, (_, index) =>
        new Date(start + (19 - index) * day).toISOString().slice(0, 10),
      ),
    );
    expect(ofKind('beforeImport')).toHaveLength(10);
    expect(ofKind('beforeImport')[0]?.createdAt).toBe(new Date(clock).toISOString());
    expect(ofKind('beforeRestore')).toHaveLength(5);
    expect(ofKind('manual')).toHaveLength(5);
    const times = backups.map((backup) => backup.createdAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('orders backups by when they were written, so a future-dated name never evicts the new one', async () => {
    await mkdir(folder);
    const written = new Date(start - 60 * minute);
    for (let index = 0; index < 10; index += 1) {
      // Copies named by a clock that ran years ahead, written an hour ago.
      const name = `regia-2099010${index}-000000-000-beforeImport.regia`;
      await writeFile(path.join(folder, name), 'x');
      await utimes(path.join(folder, name), written, written);
    }

    const backup = await writeAutomaticBackup(
      folder,
      { reason: 'beforeImport', bytes: new Uint8Array([7]) },
      new Date(start),
    );

    const backups = await listAutomaticBackups(folder);
    expect(backups[0]?.fileName).toBe(backup.fileName);
    expect(backups).toHaveLength(10);
    expect(await readAutomaticBackup(folder, backup.fileName)).toEqual(new Uint8Array([7]));
  });

  it('does not overwrite a backup written in the same millisecond', async () => {
    const now = new Date(start);

    const first = await writeAutomaticBackup(
      folder,
      { reason: 'manual', bytes: new Uint8Array([1]) },
      now,
    );
    const second = await writeAutomaticBackup(
      folder,
      { reason: 'manual', bytes: new Uint8Array([2]) },
      now,
    );

    expect(second.fileName).not.toBe(first.fileName);
    expect(await readAutomaticBackup(folder, first.fileName)).toEqual(new Uint8Array([1]));
    expect(await readAutomaticBackup(folder, second.fileName)).toEqual(new Uint8Array([2]));
  });

  it('ignores files and folders whose names are not automatic backups', async () => {
    await mkdir(folder);
    await writeFile(path.join(folder, 'appunti.txt'), 'x');
    await writeFile(path.join(folder, 'regia-20250314-093000-000-unknown.regia'), 'x');
    await writeFile(path.join(folder, 'regia-20250231-093000-000-daily.regia'), 'x');
    await mkdir(path.join(folder, 'regia-20250314-093000-000-daily.regia'));
    await writeFile(path.join(folder, 'regia-20250314-100000-000-manual.regia'), 'abcd');

    const backups = await listAutomaticBackups(folder);

    expect(backups).toEqual([
      {
        fileName: 'regia-20250314-100000-000-manual.regia',
        reason: 'manual',
        createdAt: '2025-03-14T10:00:00.000Z',
        sizeBytes: 4,
      },
    ]);
  });

  it('lists nothing when no backup was ever written', async () => {
    expect(await listAutomaticBackups(folder)).toEqual([]);
  });

  it.each([
    ['a parent path', '../x'],
    ['a parent path that ends like a backup', '../regia-20250314-093000-000-daily.regia'],
    ['an absolute path', '/etc/passwd'],
    ['an absolute path to a backup', path.join(tmpdir(), 'regia-20250314-093000-000-daily.regia')],
    ['a name with another pattern', 'backup.regia'],
    ['a name with an unknown reason', 'regia-20250314-093000-000-other.regia'],
  ])('refuses to read %s', async (_description, fileName) => {
    await writeAutomaticBackup(
      folder,
      { reason: 'daily', bytes: new Uint8Array([1]) },
      new Date(start),
    );
    // Files the traversal would reach, so that only the name check can make the read fail.
    await writeFile(path.join(root, 'x'), 'segreto');
    await writeFile(path.join(root, 'regia-20250314-093000-000-daily.regia'), 'segreto');

    await expect(readAutomaticBackup(folder, fileName)).rejects.toThrow(
      `Nome di backup automatico non valido: ${fileName}`,
    );
  });

  it('names an incremental copy after its base, lists it with it, and keeps that base while it is kept', async () => {
    const base = await writeAutomaticBackup(
      folder,
      { reason: 'beforeImport', bytes: copyBytes() },
      new Date(start),
    );
    const incremental = await writeAutomaticBackup(
      folder,
      { reason: 'daily', bytes: copyBytes(base.fileName) },
      new Date(start + minute),
    );
    expect(incremental.fileName).toBe(
      'regia-20250314-093100-000-daily-on-20250314-093000-000-beforeImport.regia',
    );
    expect(incremental.baseFileName).toBe(base.fileName);
    expect(parseAutomaticBackupName(incremental.fileName)).toEqual({
      reason: 'daily',
      createdAt: '2025-03-14T09:31:00.000Z',
      baseFileName: base.fileName,
    });
    // Ten more copies before an import would push the base out of its kind's ten.
    for (let index = 2; index < 12; index += 1) {
      await writeAutomaticBackup(
        folder,
        { reason: 'beforeImport', bytes: copyBytes() },
        new Date(start + index * minute),
      );
    }
    const listed = await listAutomaticBackups(folder);
    expect(listed.map((backup) => backup.fileName)).toContain(base.fileName);
    expect(listed.find((backup) => backup.fileName === incremental.fileName)?.baseFileName).toBe(
      base.fileName,
    );
    expect(listed.filter((backup) => backup.reason === 'beforeImport')).toHaveLength(11);
  });
});

/** The bytes of a small copy: full, or incremental on the named base. */
function copyBytes(baseFileName?: string): Uint8Array<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  const createdAt = new Date(start).toISOString();
  const writer = new BackupWriter(
    {
      createdAt,
      appVersion: '0.1.0',
      schemaVersion: 6,
      rowCounts: {},
      ...(baseFileName
        ? {
            base: { fileName: baseFileName, createdAt, checksum: '0'.repeat(16), since: createdAt },
          }
        : {}),
    },
    (chunk) => chunks.push(chunk),
  );
  writer.finish();
  return joinChunks(chunks);
}
