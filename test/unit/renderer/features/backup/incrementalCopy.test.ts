import { describe, expect, it } from 'vitest';
import { BackupWriter, backupChecksum, joinChunks } from '../../../../../shared/backup';
import type { AutomaticBackup } from '../../../../../shared/contract';
import type { IncrementalBase, IncrementalOutcome } from '../../../../../renderer/db/backupDelta';
import { currentSchemaVersion } from '../../../../../renderer/db/schema';
import { nextCopy, type CopyHost } from '../../../../../renderer/features/backup/incrementalCopy';

const now = new Date('2026-05-20T08:00:00.000Z');
const daysAgo = (days: number): string => new Date(now.getTime() - days * 86_400_000).toISOString();

function fullBytes(createdAt: string, schemaVersion = currentSchemaVersion): Uint8Array {
  const chunks: Uint8Array[] = [];
  const writer = new BackupWriter(
    { createdAt, appVersion: '0.1.0', schemaVersion, rowCounts: { networks: 1, actions: 9 } },
    (chunk) => chunks.push(chunk),
  );
  writer.finish();
  return joinChunks(chunks);
}

/** A host holding the given copies, recording what it was asked to write. */
function host(copies: (AutomaticBackup & { bytes: Uint8Array })[], outcome?: IncrementalOutcome) {
  const asked: IncrementalBase[] = [];
  let fullCopies = 0;
  const copyHost: CopyHost = {
    listBackups: () => Promise.resolve(copies.map(({ bytes: _bytes, ...backup }) => backup)),
    readBackup: (fileName) => {
      const copy = copies.find((candidate) => candidate.fileName === fileName);
      return copy ? Promise.resolve(copy.bytes) : Promise.reject(new Error('gone'));
    },
    writeIncremental: (base) => {
      asked.push(base);
      return Promise.resolve(
        outcome ?? { kind: 'incremental', bytes: new Uint8Array([7]), changedRows: 1 },
      );
    },
    writeFull: () => {
      fullCopies += 1;
      return Promise.resolve(new Uint8Array([1]));
    },
  };
  return { copyHost, asked, fullCopies: () => fullCopies };
}

function copy(fileName: string, createdAt: string, bytes: Uint8Array, baseFileName?: string) {
  return {
    fileName,
    reason: 'daily' as const,
    createdAt,
    sizeBytes: bytes.byteLength,
    bytes,
    ...(baseFileName ? { baseFileName } : {}),
  };
}

describe('the next automatic copy', () => {
  it('is incremental on the newest full copy of the last week, named by date and checksum', async () => {
    const older = fullBytes(daysAgo(5));
    const newer = fullBytes(daysAgo(2));
    const { copyHost, asked, fullCopies } = host([
      copy('old', daysAgo(5), older),
      copy('new', daysAgo(2), newer),
      copy('delta', daysAgo(1), new Uint8Array([9]), 'new'),
    ]);
    expect(await nextCopy(copyHost, now)).toEqual({
      kind: 'incremental',
      bytes: new Uint8Array([7]),
    });
    expect(asked).toEqual([
      { fileName: 'new', createdAt: daysAgo(2), checksum: backupChecksum(newer), totalRows: 10 },
    ]);
    expect(fullCopies()).toBe(0);
  });

  it('is full when the newest full copy is a week old, of an older schema, or unreadable', async () => {
    for (const copies of [
      [copy('old', daysAgo(7), fullBytes(daysAgo(7)))],
      [copy('v5', daysAgo(1), fullBytes(daysAgo(1), currentSchemaVersion - 1))],
      [copy('broken', daysAgo(1), new Uint8Array([1, 2, 3]))],
      [],
    ]) {
      const { copyHost, asked, fullCopies } = host(copies);
      expect((await nextCopy(copyHost, now)).kind).toBe('full');
      expect(asked).toEqual([]);
      expect(fullCopies()).toBe(1);
    }
  });

  it('is full when the incremental copy fails', async () => {
    const { copyHost, fullCopies } = host([copy('new', daysAgo(1), fullBytes(daysAgo(1)))]);
    copyHost.writeIncremental = () => Promise.reject(new Error('QuotaExceededError'));
    expect(await nextCopy(copyHost, now)).toEqual({ kind: 'full', bytes: new Uint8Array([1]) });
    expect(fullCopies()).toBe(1);
  });

  it('is full when the database says only a full copy is exact', async () => {
    const { copyHost, fullCopies } = host([copy('new', daysAgo(1), fullBytes(daysAgo(1)))], {
      kind: 'full',
      why: 'erasure',
    });
    expect(await nextCopy(copyHost, now)).toEqual({ kind: 'full', bytes: new Uint8Array([1]) });
    expect(fullCopies()).toBe(1);
  });
});
