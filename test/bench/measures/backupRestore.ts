import type { BackupTiming, Timing } from '../benchApi';
import type { GroupResult, MeasureGroup } from '../runner/measure';
import { repeat } from '../runner/measure';
import { summarize } from '../runner/statistics';

const median = (values: readonly number[]): number => summarize(values).median;

/**
 * Backup and restore of the large network in the streaming format: time, the heap's peak growth
 * and the file's size, beside the raw cursor read of every table (the floor of a backup). The
 * restore goes into a database of its own, so the seeded one is never replaced.
 */
export const backupRestore: MeasureGroup = {
  name: 'backup and restore',
  measures: [
    {
      id: 'tables.cursor-read',
      title: 'raw cursor read of every table (floor of a backup)',
      host: 'chromium',
      unit: 'ms',
      targets: [],
    },
    {
      id: 'backup.large',
      title: 'backup of the large network (streaming gzip, on the page)',
      host: 'chromium',
      unit: 'ms',
      targets: [{ kind: 'below', limit: 8_000, statistic: 'median', text: '< 8 s' }],
      floor: ['tables.cursor-read'],
    },
    {
      id: 'backup.large-size',
      title: 'backup file of the large network',
      host: 'chromium',
      unit: 'MB',
      targets: [],
    },
    {
      id: 'backup.large-heap',
      title: 'heap growth at the peak of a backup',
      host: 'chromium',
      unit: 'MB',
      targets: [],
    },
    {
      id: 'restore.large',
      title: 'restore of the large network (read through, upgraded, validated, written)',
      host: 'chromium',
      unit: 'ms',
      targets: [{ kind: 'below', limit: 15_000, statistic: 'median', text: '< 15 s' }],
    },
    {
      id: 'restore.large-heap',
      title: 'heap growth at the peak of a restore',
      host: 'chromium',
      unit: 'MB',
      targets: [],
    },
  ],
  run: async (session): Promise<GroupResult> => {
    const page = await session.benchPage();
    const call = <T>(name: 'backupLarge' | 'restoreLarge' | 'cursorReadEveryTable'): Promise<T> =>
      page.evaluate((method) => {
        if (!globalThis.regiaBench) throw new Error('The bench page did not install its API.');
        return globalThis.regiaBench[method]();
      }, name) as Promise<T>;
    const floors = await repeat(session, 'cursor read of every table', async () => {
      const timing = await call<Timing>('cursorReadEveryTable');
      return timing.ms;
    });
    const backups: BackupTiming[] = [];
    const restores: BackupTiming[] = [];
    // Fewer runs than the other measures: each restore writes the whole network again.
    const runs = Math.min(session.runs, 3);
    const backupSamples = await repeat(
      session,
      'backup',
      async () => {
        const timing = await call<BackupTiming>('backupLarge');
        backups.push(timing);
        return timing.ms;
      },
      runs,
    );
    const restoreSamples = await repeat(
      session,
      'restore',
      async () => {
        const timing = await call<BackupTiming>('restoreLarge');
        restores.push(timing);
        return timing.ms;
      },
      runs,
    );
    const rows = restores.at(-1)?.count ?? 0;
    return {
      samples: {
        'tables.cursor-read': floors,
        'backup.large': backupSamples,
        'backup.large-size': backups.slice(1).map((timing) => timing.sizeMb),
        'backup.large-heap': backups.slice(1).map((timing) => timing.peakMb),
        'restore.large': restoreSamples,
        'restore.large-heap': restores.slice(1).map((timing) => timing.peakMb),
      },
      notes: {
        'restore.large': `${rows.toLocaleString('en')} rows restored; heap growth from performance.memory sampled every 20 ms (coarse); the ratio to the floor: ${(median(backupSamples) / Math.max(1, median(floors))).toFixed(1)}× for the backup`,
      },
    };
  },
};
