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
});
