import { describe, expect, it } from 'vitest';
import { backupsToRemove, type RetainedBackup } from '../../../../shared/backup';

const day = 24 * 60 * 60 * 1000;
const now = new Date('2026-05-20T12:00:00.000Z');

function backup(
  fileName: string,
  reason: RetainedBackup['reason'],
  ageDays: number,
): RetainedBackup {
  return { fileName, reason, writtenAt: now.getTime() - ageDays * day };
}

describe('backup retention', () => {
  it('removes daily copies older than two weeks but keeps the three newest however old', () => {
    const dailies = Array.from({ length: 20 }, (_, index) => backup(`d${index}`, 'daily', index));
    expect(backupsToRemove(dailies, 'd0', now).sort()).toEqual(
      ['d15', 'd16', 'd17', 'd18', 'd19'].sort(),
    );
    const afterAbsence = [
      backup('new', 'daily', 0),
      ...[40, 41, 42, 43].map((age) => backup(`old${age}`, 'daily', age)),
    ];
    expect(backupsToRemove(afterAbsence, 'new', now)).toEqual(['old42', 'old43']);
  });

  it('keeps the ten newest copies before an import without touching the other kinds', () => {
    const imports = Array.from({ length: 14 }, (_, index) =>
      backup(`i${index}`, 'beforeImport', index / 24),
    );
    const others = [backup('m', 'manual', 400), backup('r', 'beforeRestore', 300)];
    expect(backupsToRemove([...imports, ...others], 'i0', now)).toEqual([
      'i10',
      'i11',
      'i12',
      'i13',
    ]);
  });

  it('never removes manual backups', () => {
    const manual = Array.from({ length: 50 }, (_, index) =>
      backup(`m${index}`, 'manual', index * 10),
    );
    expect(backupsToRemove(manual, 'm0', now)).toEqual([]);
  });

  it('never removes the backup just written, even when others look newer', () => {
    const futureNamed = Array.from({ length: 12 }, (_, index) =>
      // Written "in the future" by a clock set wrong.
      backup(`regia-2099-${index}`, 'beforeImport', -index - 1),
    );
    const written = backup('just-written', 'beforeImport', 0);
    const removed = backupsToRemove([...futureNamed, written], 'just-written', now);
    expect(removed).not.toContain('just-written');
    expect(removed).toHaveLength(3);
  });

  it('keeps every full copy a kept incremental copy builds on, day after day on a fake clock', () => {
    // A full copy each Monday, an incremental copy on every other day against the week's full.
    let kept: RetainedBackup[] = [];
    const start = new Date('2026-03-02T08:00:00.000Z').getTime();
    for (let dayIndex = 0; dayIndex < 60; dayIndex += 1) {
      const today = new Date(start + dayIndex * day);
      const monday = dayIndex - (dayIndex % 7);
      const written: RetainedBackup = {
        fileName: `d${dayIndex}`,
        reason: 'daily',
        writtenAt: today.getTime(),
        ...(dayIndex === monday ? {} : { baseFileName: `d${monday}` }),
      };
      kept = [...kept, written];
      const removed = new Set(backupsToRemove(kept, written.fileName, today));
      kept = kept.filter((backup) => !removed.has(backup.fileName));
      const names = new Set(kept.map((backup) => backup.fileName));
      for (const backup of kept) {
        if (backup.baseFileName)
          expect(names, `${backup.fileName} on day ${dayIndex}`).toContain(backup.baseFileName);
      }
      // Two weeks of copies stay restorable; nothing older than three weeks stays.
      for (let back = 0; back <= Math.min(dayIndex, 14); back += 1) {
        expect(names).toContain(`d${dayIndex - back}`);
      }
      expect(kept.every((backup) => today.getTime() - backup.writtenAt <= 21 * day)).toBe(true);
    }
  });

  it("keeps a base past its own kind's limit while a newer copy needs it", () => {
    const imports = Array.from({ length: 12 }, (_, index) =>
      backup(`i${index}`, 'beforeImport', index / 24),
    );
    const delta = { ...backup('delta', 'daily', 0), baseFileName: 'i11' };
    const removed = backupsToRemove([...imports, delta], 'delta', now);
    expect(removed).toEqual(['i10']);
  });

  it('removes an incremental copy whose base is gone, never the one just written', () => {
    const orphan = { ...backup('orphan', 'daily', 2), baseFileName: 'gone' };
    const written = { ...backup('new', 'daily', 0), baseFileName: 'also-gone' };
    expect(backupsToRemove([orphan, written], 'new', now)).toEqual(['orphan']);
  });
});
