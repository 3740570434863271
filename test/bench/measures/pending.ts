import type { MeasureGroup } from '../runner/measure';

/**
 * Measures whose features are being built: each prints its target (and, for the import, its
 * floor) now. When a feature lands, its group file replaces the entry here in measures/index.ts.
 */
export const pendingGroups: MeasureGroup[] = [
  {
    name: 'meeting view',
    pending: 'meeting view not built yet',
    measures: [
      {
        id: 'meeting.open',
        title: 'open a meeting of 40 items and 60 members',
        host: 'chromium',
        unit: 'ms',
        targets: [],
      },
    ],
  },
  {
    name: 'minutes',
    pending: 'minutes DOCX not built yet',
    measures: [
      {
        id: 'minutes.docx',
        title: 'minutes DOCX of the 40-item meeting',
        host: 'node',
        unit: 'ms',
        targets: [],
      },
    ],
  },
  {
    name: 'partner export',
    pending: 'partner workbook export not built yet',
    measures: [
      {
        id: 'export.partners-60',
        title: 'partner workbook export, 60 partners',
        host: 'node',
        unit: 'ms',
        targets: [
          { kind: 'ratio', limit: 1.5, text: '≤ 1.5× raw SheetJS write of the same rows' },
          { kind: 'below', limit: 5_000, statistic: 'median', text: '< 5 s' },
        ],
      },
    ],
  },
  {
    name: 'workbook import',
    pending: 'workbook import (parse, merge, apply) not built yet',
    measures: [
      {
        id: 'import.workbook-20000',
        title: 'import of the 20,000-row workbook: parse, merge, apply',
        host: 'node',
        unit: 'ms',
        targets: [{ kind: 'ratio', limit: 1.5, text: '≤ 1.5× raw parse + raw write' }],
        floor: ['floor.sheetjs-read.node', 'floor.idb-put'],
      },
    ],
  },
  {
    name: 'network map',
    pending: 'network map (2,000 nodes, 10,000 edges) not built yet',
    measures: [
      {
        id: 'map.layout',
        title: 'map of 2,000 nodes / 10,000 edges: layout settled',
        host: 'chromium',
        unit: 'ms',
        targets: [{ kind: 'below', limit: 3_000, statistic: 'median', text: '< 3 s' }],
      },
      {
        id: 'map.first-frame',
        title: 'map: first frame',
        host: 'chromium',
        unit: 'ms',
        targets: [],
      },
      {
        id: 'map.pan-frame',
        title: 'map: frame time while panning',
        host: 'chromium',
        unit: 'ms',
        targets: [{ kind: 'below', limit: 16.7, statistic: 'p95', text: '≤ 16.7 ms p95 (60 fps)' }],
      },
    ],
  },
];
