import type { BackupTiming, Timing } from '../benchApi';
import type { GroupResult, MeasureGroup } from '../runner/measure';
import { withCpuProfile, profileFile } from '../runner/cpuProfile';
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
      id: 'tables.paged-read',
      title: 'read of every table by primary key, one getAll per 5,000 rows (the other floor)',
      host: 'chromium',
      unit: 'ms',
      targets: [],
    },
    {
      id: 'tables.raw-put',
      title:
        'raw put of every row into an empty copy of the schema, one transaction (floor of a restore)',
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
      floor: ['tables.paged-read'],
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
      floor: ['tables.raw-put'],
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
    type Method =
      | 'backupLarge'
      | 'restoreLarge'
      | 'cursorReadEveryTable'
      | 'pagedReadEveryTable'
      | 'rawPutEveryTable';
    const call = <T>(name: Method): Promise<T> =>
      page.evaluate((method) => {
        if (!globalThis.regiaBench) throw new Error('The bench page did not install its API.');
        return globalThis.regiaBench[method]();
      }, name) as Promise<T>;
    const floor = (label: string, method: Method): Promise<number[]> =>
      repeat(session, label, async () => (await call<Timing>(method)).ms);
    const backups: BackupTiming[] = [];
    const restores: BackupTiming[] = [];
    // Fewer runs than the other measures: each restore writes the whole network again.
    const runs = Math.min(session.runs, 3);
    // REGIA_BENCH_PROFILE=backup.large,restore.large writes the first measured run's CPU profile.
    const profiled = <T>(id: string, run: number, method: Method): Promise<T> =>
      withCpuProfile(page, profileFile(session.root, id, run), () => call<T>(method));
    const backupSamples = await repeat(
      session,
      'backup',
      async (run) => {
        const timing = await profiled<BackupTiming>('backup.large', run, 'backupLarge');
        backups.push(timing);
        return timing.ms;
      },
      runs,
    );
    const restoreSamples = await repeat(
      session,
      'restore',
      async (run) => {
        const timing = await profiled<BackupTiming>('restore.large', run, 'restoreLarge');
        restores.push(timing);
        return timing.ms;
      },
      runs,
    );
    // The floors after the measures they bound: on a loaded machine the backup's figures come first.
    const floors = await floor('cursor read of every table', 'cursorReadEveryTable');
    const pagedFloors = await floor('paged read of every table', 'pagedReadEveryTable');
    const putFloors = await repeat(
      session,
      'raw put of every row',
      async () => (await call<Timing>('rawPutEveryTable')).ms,
      runs,
    );
    const rows = restores.at(-1)?.count ?? 0;
    const ratio = (samples: number[], floorSamples: number[]): string =>
      `${(median(samples) / Math.max(1, median(floorSamples))).toFixed(1)}×`;
    return {
      samples: {
        'tables.cursor-read': floors,
        'tables.paged-read': pagedFloors,
        'tables.raw-put': putFloors,
        'backup.large': backupSamples,
        'backup.large-size': backups.slice(1).map((timing) => timing.sizeMb),
        'backup.large-heap': backups.slice(1).map((timing) => timing.peakMb),
        'restore.large': restoreSamples,
        'restore.large-heap': restores.slice(1).map((timing) => timing.peakMb),
      },
      notes: {
        'tables.paged-read': `${ratio(pagedFloors, floors)} the cursor read`,
        'backup.large': `${ratio(backupSamples, pagedFloors)} the paged read, ${ratio(backupSamples, floors)} the cursor read`,
        'restore.large': `${rows.toLocaleString('en')} rows restored; heap growth from performance.memory sampled every 20 ms (coarse); ${ratio(restoreSamples, putFloors)} the raw put of every row`,
      },
    };
  },
};
