import path from 'node:path';
import type { ExportRequest } from '../benchApi';
import type { GroupResult, MeasureGroup } from '../runner/measure';
import { repeat } from '../runner/measure';
import { withCpuProfile } from '../runner/cpuProfile';
import { partnersByActions } from './partners';

/** Partners of the export: the sixty. */
const exportedPartners = 60;

/**
 * Partner workbooks for 60 partners through the exchange feature's export (records read,
 * one workbook each, the zip handed to the browser, the export batches written), beside
 * SheetJS writing the same sheets' cells: both in Chromium, where the export runs.
 */
export const partnerExport: MeasureGroup = {
  name: 'partner workbook export',
  measures: [
    {
      id: 'floor.sheetjs-write.partners-60',
      title: 'floor: SheetJS write of the same 60 workbooks’ cells',
      host: 'chromium',
      unit: 'ms',
      targets: [],
    },
    {
      id: 'export.partners-60',
      title: 'partner workbook export, 60 partners',
      host: 'chromium',
      unit: 'ms',
      targets: [
        { kind: 'ratio', limit: 1.5, text: '≤ 1.5× raw SheetJS write of the same rows' },
        { kind: 'below', limit: 5_000, statistic: 'median', text: '< 5 s' },
      ],
      floor: ['floor.sheetjs-write.partners-60'],
    },
  ],
  run: async (session): Promise<GroupResult> => {
    const page = await session.benchPage();
    // The first partner is the import measure's, which may own 20,000 actions by then.
    const partnerIds = partnersByActions(session).slice(1, 1 + exportedPartners);
    const request: ExportRequest = {
      networkId: session.seed.mainNetworkId,
      partnerIds,
      today: session.today,
    };
    let rows = 0;
    const floor = await repeat(session, 'SheetJS write of 60 workbooks', async () => {
      const timing = await page.evaluate((sent) => {
        if (!globalThis.regiaBench) throw new Error('The bench page did not install its API.');
        return globalThis.regiaBench.sheetjsWritePartners(sent);
      }, request);
      rows = timing.count;
      return timing.ms;
    });
    let files = 0;
    const exported = await repeat(session, 'partner export of 60', async (run) => {
      const profile =
        run === 1 && process.env.REGIA_BENCH_PROFILE === 'export'
          ? path.join(session.root, 'test-results', 'export.cpuprofile')
          : null;
      const timing = await withCpuProfile(page, profile, () =>
        page.evaluate((sent) => {
          if (!globalThis.regiaBench) throw new Error('The bench page did not install its API.');
          return globalThis.regiaBench.exportPartners(sent);
        }, request),
      );
      if (timing.count !== partnerIds.length || timing.batches !== partnerIds.length) {
        throw new Error(
          `The export wrote ${timing.count} workbooks and ${timing.batches} batches for ${partnerIds.length} partners.`,
        );
      }
      files = timing.count;
      return timing.ms;
    });
    return {
      samples: { 'floor.sheetjs-write.partners-60': floor, 'export.partners-60': exported },
      notes: {
        'floor.sheetjs-write.partners-60': `${rows.toLocaleString('en')} rows over 60 workbooks of 6 sheets (headers, instructions, legend and hidden sheet included)`,
        'export.partners-60': `${files} workbooks for the 60 partners owning the most actions after the import's partner, one zip downloaded, 60 export batches written (removed after each run, untimed)`,
      },
    };
  },
};
