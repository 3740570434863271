import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Buffer } from 'node:buffer';
import type { ImportTiming } from '../benchApi';
import type { GroupResult, MeasureGroup } from '../runner/measure';
import { repeat } from '../runner/measure';
import { summarize } from '../runner/statistics';
import { partnersByActions } from './partners';
import { withCpuProfile } from '../runner/cpuProfile';

/** Rows of the returned workbook: the partner workbook of the issue. */
const importRows = 20_000;

/**
 * Measured imports after the warm-up, at most: one import writes some 80,000 records (the
 * 20,000 actions with their thirteen indexes, as many timeline entries, an audit entry for
 * each), which takes most of a minute on 2 shared cores; five would double the whole bench.
 */
const maxImportRuns = 2;

const ms = (values: readonly number[]): string =>
  `${Math.round(summarize(values).median).toLocaleString('en')} ms`;

/**
 * Re-import of a 20,000-row partner workbook through the exchange feature (read in the
 * spreadsheet worker, merged with the export's base and Regia's records, applied in one
 * transaction), beside SheetJS reading the very same file plus the raw IndexedDB write of
 * 20,000 actions (floor.idb-put, taken by the Chromium floors in the same run).
 */
export const partnerImport: MeasureGroup = {
  name: 'partner workbook import',
  measures: [
    {
      id: 'floor.sheetjs-read.import',
      title: 'floor: SheetJS read + sheet_to_json of the returned 20,000-row workbook',
      host: 'chromium',
      unit: 'ms',
      targets: [],
    },
    {
      id: 'import.workbook-20000',
      title: 'import of the 20,000-row partner workbook: parse, merge, apply',
      host: 'chromium',
      unit: 'ms',
      // Issue 20: within 2× of the SheetJS read plus the raw put of the 20,000 actions.
      targets: [{ kind: 'ratio', limit: 2, text: '≤ 2× raw parse + raw write' }],
      floor: ['floor.sheetjs-read.import', 'floor.idb-put'],
    },
    {
      id: 'floor.idb-put.import-records',
      title: 'floor: raw IndexedDB put of the records one import writes, into the same stores',
      host: 'chromium',
      unit: 'ms',
      targets: [],
    },
    {
      id: 'import.apply-20000',
      title: 'apply of the 20,000-row import alone (one transaction, audited)',
      host: 'chromium',
      unit: 'ms',
      targets: [],
      floor: ['floor.idb-put.import-records'],
    },
  ],
  run: async (session): Promise<GroupResult> => {
    const page = await session.benchPage();
    const [partnerId] = partnersByActions(session);
    if (partnerId === undefined) throw new Error('The main network has no partner with actions.');
    session.log(`import: exporting ${importRows.toLocaleString('en')} actions for one partner…`);
    const prepared = await page.evaluate(
      (request) => {
        if (!globalThis.regiaBench) throw new Error('The bench page did not install its API.');
        return globalThis.regiaBench.preparePartnerReturn(request);
      },
      {
        networkId: session.seed.mainNetworkId,
        partnerId,
        rows: importRows,
        today: session.today,
      },
    );
    const bytes = Buffer.from(prepared.base64, 'base64');
    // Beside the run's other workbooks, in the folder of this run's port.
    const file = path.join(
      path.dirname(session.workbooks.partner.path),
      `partner-return-${importRows}.xlsx`,
    );
    writeFileSync(file, bytes);
    session.log(
      `import: wrote ${path.relative(session.root, file)} (${(bytes.byteLength / 1e6).toFixed(1)} MB)`,
    );
    let floorRows = 0;
    const floor = await repeat(session, 'SheetJS read of the returned workbook', async () => {
      const timing = await page.evaluate(() => {
        if (!globalThis.regiaBench) throw new Error('The bench page did not install its API.');
        return globalThis.regiaBench.sheetjsReadWorkbook('partner-return');
      });
      floorRows = timing.count;
      return timing.ms;
    });
    const runs: ImportTiming[] = [];
    const total = await repeat(
      session,
      'partner workbook import',
      async (run) => {
        const timing = await withCpuProfile(
          page,
          run === 0 && process.env.REGIA_BENCH_PROFILE === 'import'
            ? path.join(path.dirname(file), 'import.cpuprofile')
            : null,
          () =>
            page.evaluate(() => {
              if (!globalThis.regiaBench)
                throw new Error('The bench page did not install its API.');
              return globalThis.regiaBench.importPartnerReturn();
            }),
        );
        if (run === 0 && process.env.REGIA_BENCH_PROFILE === 'import')
          session.log(`import: CPU profile of the warm-up written beside the workbooks`);
        if (timing.actions !== prepared.rows) {
          throw new Error(
            `The import updated ${timing.actions} actions; the partner changed ${prepared.rows}.`,
          );
        }
        if (run > 0) runs.push(timing);
        return timing.ms;
      },
      Math.min(session.runs, maxImportRuns),
    );
    let rawRecords = 0;
    const rawWrite = await repeat(
      session,
      'raw put of the records the import wrote',
      async () => {
        const timing = await page.evaluate(() => {
          if (!globalThis.regiaBench) throw new Error('The bench page did not install its API.');
          return globalThis.regiaBench.rawWriteOfLastImport();
        });
        rawRecords = timing.count;
        return timing.ms;
      },
      Math.min(session.runs, maxImportRuns),
    );
    const last = runs.at(-1);
    const counts = last
      ? Object.entries(last.counts)
          .filter(([, count]) => count > 0)
          .map(([outcome, count]) => `${count.toLocaleString('en')} ${outcome}`)
          .join(', ')
      : '';
    return {
      samples: {
        'floor.sheetjs-read.import': floor,
        'import.workbook-20000': total,
        'floor.idb-put.import-records': rawWrite,
        'import.apply-20000': runs.map((run) => run.applyMs),
      },
      notes: {
        'floor.idb-put.import-records': `${rawRecords.toLocaleString('en')} records (the updated actions, their timeline entries, the batch, an audit entry per write) put into the app's own stores and indexes, strict durability`,
        'floor.sheetjs-read.import': `${floorRows.toLocaleString('en')} rows over all sheets of ${(bytes.byteLength / 1e6).toFixed(1)} MB`,
        'import.workbook-20000': `medians: read in the worker ${ms(runs.map((run) => run.parseMs))}, merge ${ms(runs.map((run) => run.mergeMs))}, apply ${ms(runs.map((run) => run.applyMs))}; ${prepared.rows.toLocaleString('en')} actions updated, each with a timeline entry (review: ${counts}); the automatic backup the page writes before applying is not included`,
      },
    };
  },
};
