import type { MeasureGroup } from '../runner/measure';

/**
 * Measures whose features are being built: each prints its target (and, for an import, its
 * floor) now. When a feature lands, its group file replaces the entry here in measures/index.ts.
 */
export const pendingGroups: MeasureGroup[] = [
  {
    name: 'returns day',
    measures: [
      {
        id: 'returns.day-60',
        title: 'returns day: 60 partner workbooks of ~80 changed rows imported back to back',
        host: 'chromium',
        unit: 'ms',
        targets: [{ kind: 'below', limit: 60_000, statistic: 'median', text: '< 60 s in all' }],
      },
    ],
    pending:
      'not measured yet; the safety copy it would include is one full backup a day (backup.large), not one per import',
  },
];
