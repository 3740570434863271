import { describe, expect, it } from 'vitest';
import type { AutomaticBackup, BackupReason } from '../../../../../shared/contract';
import { SafetyCopy } from '../../../../../renderer/features/backup/safetyCopy';

/** A host that keeps its backups in a list and counts the full copies it writes. */
function fakeHost(clock: () => Date, existing: AutomaticBackup[] = []) {
  const backups = [...existing];
  let release: (() => void) | null = null;
  const host = {
    written: [] as BackupReason[],
    holdWrites: false,
    listBackups: () => Promise.resolve([...backups]),
    writeBackup: async (reason: BackupReason): Promise<AutomaticBackup> => {
      if (host.holdWrites) await new Promise<void>((resolve) => (release = resolve));
      host.written.push(reason);
      const backup = {
        fileName: `b${backups.length}`,
        reason,
        createdAt: clock().toISOString(),
        sizeBytes: 1,
      };
      backups.push(backup);
      return backup;
    },
    release: () => release?.(),
  };
  return host;
}

describe('safety copy before an import', () => {
  it('writes one full copy for a whole day of imports', async () => {
    let now = new Date(2026, 4, 20, 9, 0);
    const host = fakeHost(() => now);
    const copy = new SafetyCopy(host, () => now);

    const outcomes = [];
    for (let index = 0; index < 60; index += 1) {
      now = new Date(2026, 4, 20, 9, index);
      outcomes.push(await copy.beforeImport());
    }

    expect(host.written).toEqual(['beforeImport']);
    expect(outcomes.filter((outcome) => outcome === 'existing')).toHaveLength(59);
  });

  it('writes a new copy on the next day', async () => {
    let now = new Date(2026, 4, 20, 17, 0);
    const host = fakeHost(() => now);
    const copy = new SafetyCopy(host, () => now);
    await copy.beforeImport();
    now = new Date(2026, 4, 21, 8, 30);
    expect(await copy.beforeImport()).toBe('written');
    expect(host.written).toEqual(['beforeImport', 'beforeImport']);
  });

  it('counts the day’s automatic backup but not a copy taken before a restore', async () => {
    const now = new Date(2026, 4, 20, 12, 0);
    const beforeRestore = {
      fileName: 'r',
      reason: 'beforeRestore' as const,
      createdAt: now.toISOString(),
      sizeBytes: 1,
    };
    const daily = { ...beforeRestore, fileName: 'd', reason: 'daily' as const };
    expect(
      await new SafetyCopy(
        fakeHost(() => now, [daily]),
        () => now,
      ).beforeImport(),
    ).toBe('existing');
    expect(
      await new SafetyCopy(
        fakeHost(() => now, [beforeRestore]),
        () => now,
      ).beforeImport(),
    ).toBe('written');
  });

  it('waits for the daily backup being written instead of writing a second one', async () => {
    const now = new Date(2026, 4, 20, 9, 0);
    const host = fakeHost(() => now);
    host.holdWrites = true;
    const copy = new SafetyCopy(host, () => now);
    const daily = copy.dailyIfDue();
    await Promise.resolve();
    await Promise.resolve();
    const beforeImport = copy.beforeImport();
    host.release();
    await daily;
    expect(await beforeImport).toBe('awaited');
    expect(host.written).toEqual(['daily']);
  });
});
